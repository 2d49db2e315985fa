/** Public events bubble and cross shadow roots, so a host can listen on the element or on `document`. */
export function publicEvent<T>(type: string, detail: T): CustomEvent<T> {
  return new CustomEvent(type, { detail, bubbles: true, composed: true })
}
