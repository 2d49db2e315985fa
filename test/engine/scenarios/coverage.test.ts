import { describe, expect, it } from 'vitest'
import { coverageOf, formatPercent } from '../../../engine/scenarios/coverage.ts'
import { compileOk } from '../helpers.ts'

describe('coverageOf', () => {
  const journey = compileOk()
  const questions = journey.questions.map((q) => q.id)
  const tasks = journey.tasks.map((t) => t.id)

  it('is 100 % when every question is asked and every démarche shown', () => {
    const coverage = coverageOf(journey, { asked: new Set(questions), shown: new Set(tasks) })
    expect(coverage).toMatchObject({ notAsked: [], notShown: [], percent: 100 })
  })

  it('names what is missing and takes the lower rate', () => {
    const coverage = coverageOf(journey, { asked: new Set(questions.slice(1)), shown: new Set(tasks) })
    expect(coverage.notAsked).toEqual([questions[0]])
    expect(coverage.questions).toEqual({ reached: questions.length - 1, total: questions.length })
    expect(coverage.percent).toBeCloseTo(((questions.length - 1) / questions.length) * 100)
  })
})

describe('formatPercent', () => {
  it('rounds down, so that an incomplete coverage never reads 100 %', () => {
    expect(formatPercent({ reached: 1999, total: 2000 })).toBe('99.9 %')
    expect(formatPercent({ reached: 20, total: 21 })).toBe('95.2 %')
    expect(formatPercent({ reached: 0, total: 0 })).toBe('100 %')
  })
})
