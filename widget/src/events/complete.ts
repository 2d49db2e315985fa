import { publicEvent } from './create.ts'

/** The to-do list is shown after the last answer. Counts only, no answers. */
export interface MdvCompleteDetail {
  journey: string
  tasks: number
}
export type MdvCompleteEvent = CustomEvent<MdvCompleteDetail>
export const completeEvent = (detail: MdvCompleteDetail): MdvCompleteEvent => publicEvent('mdv:complete', detail)

declare global {
  interface GlobalEventHandlersEventMap {
    'mdv:complete': MdvCompleteEvent
  }
}
