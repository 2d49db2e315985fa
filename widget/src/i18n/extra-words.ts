/**
 * Imported by the commune picker, the quick exit and the reused answers' summary: their
 * French words come in their chunks, not in the first question's (English has them with
 * the question's words, see index.ts).
 * @module
 */
import { frExtra } from './fr-extra.ts'
import { addWords } from './index.ts'

addWords('extra', frExtra)
