import { describe, expect, it } from 'vitest'
import { startSession, viewOf, saveSnapshot } from '../../../engine/runtime/index.ts'
import { compileOk, SHARED_YAML, BASE_JOURNEY } from '../helpers.ts'

const journey = compileOk()
const today = '2026-03-10'

function answerAll(values: Record<string, unknown>, options: Parameters<typeof startSession>[1] = {}) {
  const { actor } = startSession(journey, { today, ...options })
  for (const [, value] of Object.entries(values)) actor.send({ type: 'ANSWER', value: value as never })
  return actor
}

describe('journey machine: one state per question, then the plan', () => {
  it('asks questions in order and skips those whose condition is false', () => {
    const { actor } = startSession(journey, { today })
    const asked: string[] = []
    const answers: Record<string, unknown> = { lieu: 'france', date_deces: '2026-03-06', lien: 'autre' }
    while (!actor.getSnapshot().matches('plan')) {
      const current = actor.getSnapshot().context.current!
      asked.push(current)
      expect(actor.getSnapshot().value).toEqual({ ask: current })
      actor.send({ type: 'ANSWER', value: answers[current] as never })
    }
    expect(asked).toEqual(['lieu', 'date_deces', 'lien'])
  })

  it('asks the conditional question when its condition holds', () => {
    const actor = answerAll({ lieu: 'france', date_deces: '2026-03-06', lien: 'conjoint' })
    expect(actor.getSnapshot().context.current).toBe('age')
  })

  it('ignores invalid answers (the guard refuses them)', () => {
    const { actor } = startSession(journey, { today })
    actor.send({ type: 'ANSWER', value: 'mars' })
    expect(actor.getSnapshot().context.current).toBe('lieu')
    actor.send({ type: 'ANSWER', value: 'france' })
    actor.send({ type: 'ANSWER', value: '2026-03-11' }) // after max: today
    expect(actor.getSnapshot().context.current).toBe('date_deces')
  })

  it('goes back to the previous question and keeps its answer', () => {
    const actor = answerAll({ lieu: 'france', date_deces: '2026-03-06' })
    actor.send({ type: 'BACK' })
    expect(actor.getSnapshot().context.current).toBe('date_deces')
    expect(actor.getSnapshot().context.answers.date_deces).toBe('2026-03-06')
    actor.send({ type: 'BACK' })
    actor.send({ type: 'BACK' }) // nothing before the first question: ignored
    expect(actor.getSnapshot().context.current).toBe('lieu')
  })

  it('editing an earlier answer keeps later answers that still apply and drops unreachable ones', () => {
    const actor = answerAll({ lieu: 'france', date_deces: '2026-03-06', lien: 'conjoint', age: 60 })
    expect(actor.getSnapshot().matches('plan')).toBe(true)

    // Changing "lieu" keeps everything else: back to the plan at once.
    actor.send({ type: 'EDIT', question: 'lieu' })
    expect(actor.getSnapshot().context.current).toBe('lieu')
    actor.send({ type: 'ANSWER', value: 'etranger' })
    expect(actor.getSnapshot().matches('plan')).toBe(true)
    expect(actor.getSnapshot().context.answers).toEqual({ lieu: 'etranger', date_deces: '2026-03-06', lien: 'conjoint', age: 60 })

    // Changing "lien" makes "age" unreachable: its answer is dropped.
    actor.send({ type: 'EDIT', question: 'lien' })
    actor.send({ type: 'ANSWER', value: 'autre' })
    expect(actor.getSnapshot().matches('plan')).toBe(true)
    expect(actor.getSnapshot().context.answers).not.toHaveProperty('age')

    // Back to "conjoint": the newly reachable question is asked, then the plan again.
    actor.send({ type: 'EDIT', question: 'lien' })
    actor.send({ type: 'ANSWER', value: 'conjoint' })
    expect(actor.getSnapshot().context.current).toBe('age')
    actor.send({ type: 'ANSWER', value: 40 })
    expect(actor.getSnapshot().matches('plan')).toBe(true)
  })

  it('refuses to edit a question that is not answered or does not apply', () => {
    const actor = answerAll({ lieu: 'france', date_deces: '2026-03-06', lien: 'autre' })
    actor.send({ type: 'EDIT', question: 'age' })
    expect(actor.getSnapshot().matches('plan')).toBe(true)
    actor.send({ type: 'EDIT', question: 'nope' })
    expect(actor.getSnapshot().matches('plan')).toBe(true)
  })

  it('restarts from the first question with no answers', () => {
    const actor = answerAll({ lieu: 'france', date_deces: '2026-03-06' })
    actor.send({ type: 'RESTART' })
    expect(actor.getSnapshot().context).toMatchObject({ current: 'lieu', answers: {}, history: [] })
  })

  it('reuses answers to shared questions and does not ask them again', () => {
    const yaml = BASE_JOURNEY.replace('questions:\n', 'questions:\n  - use: date_naissance\n').replace(
      'when: lien == "conjoint" and age >= 55',
      'when: lien == "conjoint" and age(date_naissance) >= 55',
    )
    const withShared = compileOk(yaml, { shared: SHARED_YAML })
    const { actor } = startSession(withShared, { today, reused: { date_naissance: '1960-01-01' } })
    expect(actor.getSnapshot().context.current).toBe('lieu')
    expect(actor.getSnapshot().context.answers.date_naissance).toBe('1960-01-01')
    // It can still be changed from the summary.
    actor.send({ type: 'ANSWER', value: 'france' })
    actor.send({ type: 'EDIT', question: 'date_naissance' })
    expect(actor.getSnapshot().context.current).toBe('date_naissance')
  })

  it('counts steps honestly: conditional questions whose condition is false are not counted', () => {
    const { actor } = startSession(journey, { today })
    expect(viewOf(journey, actor.getSnapshot())).toMatchObject({ question: 'lieu', step: 1, total: 4 })
    actor.send({ type: 'ANSWER', value: 'france' })
    actor.send({ type: 'ANSWER', value: '2026-03-06' })
    actor.send({ type: 'ANSWER', value: 'autre' })
    // "age" no longer applies.
    const view = viewOf(journey, actor.getSnapshot())
    expect(view.question).toBeNull()
    expect(view.plan?.tasks.map((t) => t.id)).toEqual(['declarer', 'succession'])
  })
})

describe('saved sessions', () => {
  it('resumes where the usager left', () => {
    const actor = answerAll({ lieu: 'france', date_deces: '2026-03-06' })
    const saved = JSON.parse(JSON.stringify(saveSnapshot(actor)))
    const resumed = startSession(journey, { today, saved })
    expect(resumed.discarded).toBeUndefined()
    expect(resumed.actor.getSnapshot().context.current).toBe('lien')
    resumed.actor.send({ type: 'ANSWER', value: 'autre' })
    expect(resumed.actor.getSnapshot().matches('plan')).toBe(true)
  })

  it('restarts cleanly with a snapshot from an older journey version', () => {
    const actor = answerAll({ lieu: 'france' })
    const saved = JSON.parse(JSON.stringify(saveSnapshot(actor)))
    const newer = { ...journey, version: journey.version + 1 }
    const resumed = startSession(newer, { today, saved })
    expect(resumed.discarded).toBe('other-version')
    expect(resumed.actor.getSnapshot().context).toMatchObject({ current: 'lieu', answers: {} })
  })

  it('restarts cleanly with a corrupt snapshot', () => {
    const actor = answerAll({ lieu: 'france' })
    const saved = JSON.parse(JSON.stringify(saveSnapshot(actor)))
    for (const corrupt of [
      'garbage',
      { context: null },
      { ...saved, context: { ...saved.context, answers: { lieu: 'mars' } } },
      { ...saved, context: { ...saved.context, current: 'inconnue' } },
      { ...saved, value: { ask: 'inconnue' } },
    ]) {
      const resumed = startSession(journey, { today, saved: corrupt })
      expect(resumed.discarded).toBe('unreadable')
      expect(resumed.actor.getSnapshot().context.current).toBe('lieu')
    }
  })

  it('re-evaluates conditions relative to today when resumed on a later day', () => {
    const yaml = BASE_JOURNEY.replace('    when: lien == "conjoint"\n', '    when: lien == "conjoint" and date_deces >= today - 1 months\n')
    const recent = compileOk(yaml)
    const { actor } = startSession(recent, { today })
    for (const value of ['france', '2026-03-06', 'conjoint']) actor.send({ type: 'ANSWER', value })
    expect(actor.getSnapshot().context.current).toBe('age')
    const saved = JSON.parse(JSON.stringify(saveSnapshot(actor)))
    const later = startSession(recent, { today: '2026-05-10', saved })
    expect(later.actor.getSnapshot().context.today).toBe('2026-05-10')
    expect(later.actor.getSnapshot().matches('plan')).toBe(true)
  })
})
