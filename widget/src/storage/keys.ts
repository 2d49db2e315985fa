/**
 * Storage keys. Journey data is keyed by id and version, so answers saved for an
 * older version of a journey are found, reported and removed instead of misread.
 * @module
 */
import { PREFIX } from './store.ts'

export const journeyPrefix = (id: string) => `${PREFIX}journey:${id}@`
export const sessionKey = (id: string, version: number) => `${journeyPrefix(id)}${version}:answers`
export const doneKey = (id: string, version: number) => `${journeyPrefix(id)}${version}:done`
export const callbackKey = (id: string) => `${PREFIX}callback:${id}`
/** Shared questions are site-wide: one key per question id, whatever the journey. */
export const sharedKey = (question: string) => `${PREFIX}shared:${question}`
