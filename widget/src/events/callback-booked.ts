import { publicEvent } from './create.ts'

/** A call-back was booked. Neither the phone number, the name nor the reference. */
export interface MdvCallbackBookedDetail {
  journey: string
}
export type MdvCallbackBookedEvent = CustomEvent<MdvCallbackBookedDetail>
export const callbackBookedEvent = (detail: MdvCallbackBookedDetail): MdvCallbackBookedEvent =>
  publicEvent('mdv:callback-booked', detail)

declare global {
  interface GlobalEventHandlersEventMap {
    'mdv:callback-booked': MdvCallbackBookedEvent
  }
}
