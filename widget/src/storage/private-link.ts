/**
 * « Retrouver ma liste plus tard »: the answers travel in the URL fragment (after `#`),
 * which browsers never send to a server, so the link restores the plan on any device
 * without anything stored anywhere. The link names the journey and its version; a link
 * made for an older version restores the answers that are still valid (checked one by
 * one, like any stored answer) and says so.
 * @module
 */
// Not the runtime's index: it would bring the plan builder into the first question's download.
import { checkAnswer } from '../../../engine/runtime/answers.ts'
import type { Answers, CompiledJourney } from '../../../engine/runtime/index.ts'

/** `#mdv=…` — one parameter of the fragment, so a host's own fragment can sit beside it. */
const PARAM = 'mdv'

export interface LinkPayload {
  journey: string
  version: number
  answers: Answers
}

function toBase64Url(text: string): string {
  let binary = ''
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte)
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

function fromBase64Url(data: string): string {
  const binary = atob(data.replace(/-/g, '+').replace(/_/g, '/'))
  return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)))
}

/** The page's URL with the answers in its fragment (any previous `mdv=` replaced). */
export function privateLink(pageUrl: string, journey: CompiledJourney, answers: Readonly<Answers>): string {
  const url = new URL(pageUrl)
  const params = new URLSearchParams(url.hash.slice(1))
  params.set(PARAM, toBase64Url(JSON.stringify({ j: journey.id, v: journey.version, a: answers })))
  url.hash = params.toString()
  return url.href
}

/** What a fragment carries for this journey; `undefined` when nothing (or nothing readable) is there. */
export function readPrivateLink(hash: string, journeyId: string): LinkPayload | undefined {
  const data = new URLSearchParams(hash.replace(/^#/, '')).get(PARAM)
  if (!data || data.length > 20_000) return undefined
  try {
    const parsed = JSON.parse(fromBase64Url(data)) as { j?: unknown; v?: unknown; a?: unknown }
    if (parsed.j !== journeyId || typeof parsed.v !== 'number' || typeof parsed.a !== 'object' || parsed.a === null || Array.isArray(parsed.a)) {
      return undefined
    }
    return { journey: parsed.j, version: parsed.v, answers: parsed.a as Answers }
  } catch {
    // A truncated or hand-edited link is ignored: the journey simply starts.
    return undefined
  }
}

/** The link's answers this version of the journey accepts, and whether anything was left out. */
export function acceptedAnswers(journey: CompiledJourney, payload: LinkPayload, today: string): { answers: Answers; partial: boolean } {
  const answers: Answers = {}
  let partial = payload.version !== journey.version
  for (const [id, value] of Object.entries(payload.answers)) {
    const question = journey.questions.find((q) => q.id === id)
    if (question && checkAnswer(question, value, today) === undefined) answers[id] = value
    else partial = true
  }
  return { answers, partial }
}

/** The fragment without our parameter, for `history.replaceState` once the link is read. */
export function withoutPrivateLink(hash: string): string {
  const params = new URLSearchParams(hash.replace(/^#/, ''))
  params.delete(PARAM)
  const rest = params.toString()
  return rest ? `#${rest}` : ''
}
