/**
 * Chunk: the browser's Back and Forward between questions (controllers/history-controller.ts),
 * downloaded once the first question is painted: nobody goes back before answering.
 * @module
 */
// The element itself (already running): what this chunk shares with it stays in its chunks.
import '../../index.ts'
import type { CSSResult } from 'lit'

export { HistoryController } from '../../controllers/history-controller.ts'
export const styles: readonly CSSResult[] = []
