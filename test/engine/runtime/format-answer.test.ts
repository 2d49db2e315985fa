import { describe, expect, it } from 'vitest'
import type { CompiledQuestion } from '../../../engine/journey/types.ts'
import { formatAnswer } from '../../../engine/runtime/format-answer.ts'

const question = (type: CompiledQuestion['type'], extra: Partial<CompiledQuestion> = {}) => ({ id: 'q', type, label: 'Q ?', ...extra }) as CompiledQuestion

describe('formatAnswer', () => {
  it('says answers in French words: options, yes/no, dates, units, countries', () => {
    const options = [{ value: 'france', label: 'En France' }, { value: 'etranger', label: "À l'étranger" }]
    expect(formatAnswer(question('single', { options }), 'etranger')).toBe("À l'étranger")
    expect(formatAnswer(question('multiple', { options }), ['france', 'etranger'])).toBe("En France, À l'étranger")
    expect(formatAnswer(question('boolean'), false)).toBe('Non')
    expect(formatAnswer(question('date'), '2026-03-01')).toBe('1er mars 2026')
    expect(formatAnswer(question('number', { unit: 'enfants' }), 3)).toBe('3 enfants')
    expect(formatAnswer(question('country'), 'MA')).toBe('Maroc')
    expect(formatAnswer(question('country'), 'US')).toBe('États-Unis')
    // A code Intl does not know stays as it is; a commune stays its INSEE code (names live on the server).
    expect(formatAnswer(question('country'), 'ZZZ')).toBe('ZZZ')
    expect(formatAnswer(question('commune'), '69123')).toBe('69123')
  })
})
