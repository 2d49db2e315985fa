import type { Answers } from '../../engine/runtime/index.ts'

/** One answer as the engine stores it (the runtime barrel does not re-export the AST's name). */
export type AnswerValue = Answers[string]
