import { publicEvent } from './create.ts'

/** The journey is loaded and its first screen is shown. No personal data. */
export interface MdvStartDetail {
  journey: string
  version: number
  /** Answers saved in this browser were restored. */
  resumed: boolean
}
export type MdvStartEvent = CustomEvent<MdvStartDetail>
export const startEvent = (detail: MdvStartDetail): MdvStartEvent => publicEvent('mdv:start', detail)

declare global {
  interface GlobalEventHandlersEventMap {
    'mdv:start': MdvStartEvent
  }
}
