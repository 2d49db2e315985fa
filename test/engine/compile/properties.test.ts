/**
 * Bad input only ever produces diagnostics: random and mutated YAML, and journeys with
 * random conditions, never make the compiler throw.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { BASE_JOURNEY, compile, SHARED_YAML } from '../helpers.ts'

function expectDiagnosticsOnly(yaml: string) {
  let result: ReturnType<typeof compile> | undefined
  expect(() => (result = compile(yaml, { shared: SHARED_YAML }))).not.toThrow()
  for (const d of result!.diagnostics) {
    expect(d.line).toBeGreaterThanOrEqual(1)
    expect(d.column).toBeGreaterThanOrEqual(1)
    expect(d.message.length).toBeGreaterThan(0)
  }
  return result!
}

const mutation = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 8 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom(':', '-', '  ', '\n', '"', '[', '{', '#', '&a', '*a', '!!', '|')) }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
)

function apply(text: string, m: fc.Arbitrary<unknown> extends never ? never : { kind: string; at: number; length?: number; text?: string }): string {
  const at = m.at % (text.length + 1)
  if (m.kind === 'delete') return text.slice(0, at) + text.slice(at + (m.length ?? 1))
  if (m.kind === 'insert') return text.slice(0, at) + m.text + text.slice(at)
  return text.slice(0, at) + text.slice(at, at + (m.length ?? 1)) + text.slice(at)
}

describe('the compiler never throws on bad input', () => {
  it('survives arbitrary text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 400 }), (text) => void expectDiagnosticsOnly(text)), { numRuns: 300 })
  })

  it('survives arbitrary JSON-like values written as YAML', () => {
    fc.assert(fc.property(fc.jsonValue({ maxDepth: 4 }), (value) => void expectDiagnosticsOnly(JSON.stringify(value))), { numRuns: 300 })
  })

  it('survives mutations of a valid journey', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (mutations) => {
        let text = BASE_JOURNEY
        for (const m of mutations) text = apply(text, m)
        expectDiagnosticsOnly(text)
      }),
      { numRuns: 400 },
    )
  })

  it('survives random conditions in a valid journey', () => {
    const token = fc.constantFrom('lieu', 'lien', 'age', 'date_deces', '"france"', '"conjoint"', '55', 'today', '6 months', '==', '!=', '<', '>=', 'and', 'or', 'not', 'in', '(', ')', '[', ']', ',', 'age(', 'date("2024-07-12")', '+', '-', '.', '=', "'", 'true')
    fc.assert(
      fc.property(fc.array(token, { minLength: 1, maxLength: 9 }), (tokens) => {
        const condition = tokens.join(' ').replace(/'/g, "''")
        expectDiagnosticsOnly(BASE_JOURNEY.replace(`when: lieu == "france"`, `when: '${condition}'`))
      }),
      { numRuns: 400 },
    )
  })

  it('reports an alias to an unknown anchor as a YAML error (found by the property above)', () => {
    const result = expectDiagnosticsOnly('*!')
    expect(result.diagnostics.map((d) => d.code)).toEqual(['yaml-syntax'])
  })

  it('a valid journey stays valid (the property tests start from something that compiles)', () => {
    expect(expectDiagnosticsOnly(BASE_JOURNEY).journey).toBeDefined()
  })
})
