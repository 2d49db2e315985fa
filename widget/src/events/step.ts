import { publicEvent } from './create.ts'

/** A question is shown. Carries the question's id, never an answer. */
export interface MdvStepDetail {
  journey: string
  question: string
  step: number
  total: number
}
export type MdvStepEvent = CustomEvent<MdvStepDetail>
export const stepEvent = (detail: MdvStepDetail): MdvStepEvent => publicEvent('mdv:step', detail)

declare global {
  interface GlobalEventHandlersEventMap {
    'mdv:step': MdvStepEvent
  }
}
