/**
 * The server uses the isomorphic rule shared with the widget (engine/phone/french-phone.ts).
 * @module
 */
export { formatPhone, nationalPhone, normalisePhone, type PhoneResult } from '../../engine/phone/french-phone.ts'
