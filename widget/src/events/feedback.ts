import { publicEvent } from './create.ts'

/** Feedback was sent. The rating only: the free comment may hold personal data. */
export interface MdvFeedbackDetail {
  journey: string
  rating: number
}
export type MdvFeedbackEvent = CustomEvent<MdvFeedbackDetail>
export const feedbackEvent = (detail: MdvFeedbackDetail): MdvFeedbackEvent => publicEvent('mdv:feedback', detail)

declare global {
  interface GlobalEventHandlersEventMap {
    'mdv:feedback': MdvFeedbackEvent
  }
}
