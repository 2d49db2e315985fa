/**
 * Issue 13, editor support: the schemas yaml-language-server reads compile under ajv's
 * strict mode, describe every property in French, and offer snippets.
 */
import Ajv from 'ajv'
import addFormats from 'ajv-formats'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DEFAULT_PERIODS } from '../../../engine/plan/periods.ts'

const SCHEMAS = ['journey', 'shared-questions', 'scenarios', 'callbacks'] as const
/** Keywords read by editors (VS Code, yaml-language-server), not by validation. */
const EDITOR_KEYWORDS = ['markdownDescription', 'markdownEnumDescriptions', 'enumDescriptions', 'defaultSnippets']

const schemaOf = (name: string) => JSON.parse(readFileSync(`engine/schema/${name}.schema.json`, 'utf8')) as Record<string, unknown>

/** Every `properties` entry in a schema, as `path.to.property`, with its sub-schema. */
function propertiesOf(node: unknown, path = ''): [string, Record<string, unknown>][] {
  if (!node || typeof node !== 'object') return []
  const found: [string, Record<string, unknown>][] = []
  for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
    if (key === 'properties' && value && typeof value === 'object') {
      for (const [name, sub] of Object.entries(value as Record<string, unknown>)) {
        if (sub && typeof sub === 'object') found.push([`${path}${name}`, sub as Record<string, unknown>])
        found.push(...propertiesOf(sub, `${path}${name}.`))
      }
    } else if (key !== 'if' && typeof value === 'object') found.push(...propertiesOf(value, path))
  }
  return found
}

describe('the editor schemas', () => {
  it('compile under ajv strict mode', () => {
    const ajv = new Ajv({ strict: true, allErrors: true })
    addFormats(ajv, ['date', 'uri'])
    EDITOR_KEYWORDS.forEach((keyword) => ajv.addKeyword(keyword))
    for (const name of SCHEMAS) ajv.addSchema(schemaOf(name), `${name}.schema.json`)
    for (const name of SCHEMAS) expect(() => ajv.getSchema(`${name}.schema.json`), name).not.toThrow()
  })

  // `if` only tests a value; what the editor sees is the property's own declaration.
  it('describe every property in French', () => {
    const missing: string[] = []
    for (const name of SCHEMAS) {
      for (const [path, sub] of propertiesOf(schemaOf(name))) {
        if (path === '$schema' || path.endsWith('.$schema')) continue
        const described = typeof sub.description === 'string' || typeof sub.markdownDescription === 'string'
        // A `$ref` alone takes its description from the definition it points to.
        if (!described && !(typeof sub.$ref === 'string' && Object.keys(sub).length === 1)) missing.push(`${name}: ${path}`)
      }
    }
    expect(missing.join('\n')).toBe('')
  })

  it('explain each value of every enum with more than one value, and list the periods', () => {
    const unexplained: string[] = []
    for (const name of SCHEMAS) {
      for (const [path, sub] of propertiesOf(schemaOf(name))) {
        const values = sub.enum as unknown[] | undefined
        if (!Array.isArray(values) || values.length < 2) continue
        const explained = sub.markdownEnumDescriptions as unknown[] | undefined
        if (!Array.isArray(explained) || explained.length !== values.length) unexplained.push(`${name}: ${path}`)
      }
    }
    expect(unexplained).toEqual([])
    const period = propertiesOf(schemaOf('journey')).find(([path]) => path === 'period')![1]
    expect(period.examples).toEqual(DEFAULT_PERIODS.map((p) => p.id))
  })

  it('offer snippets for a question, a shared question (use:), a task and a scenario', () => {
    const journey = schemaOf('journey') as { properties: Record<string, { items: { defaultSnippets?: { body: Record<string, unknown> }[] } }> }
    const questionSnippets = journey.properties.questions!.items.defaultSnippets ?? []
    expect(questionSnippets.some((s) => 'type' in s.body && 'options' in s.body)).toBe(true)
    expect(questionSnippets.some((s) => 'use' in s.body)).toBe(true)
    expect(journey.properties.tasks!.items.defaultSnippets?.[0]?.body).toHaveProperty('organisation')
    const scenarios = schemaOf('scenarios') as { properties: Record<string, { items: { defaultSnippets?: { body: Record<string, unknown> }[] } }> }
    expect(scenarios.properties.scenarios!.items.defaultSnippets?.[0]?.body).toHaveProperty('answers')
  })

  it('are named on the first line of every shipped journey, scenario and shared file', () => {
    const files = [...readdirSync('journeys').map((f) => join('journeys', f)), ...readdirSync('journeys/_shared').map((f) => join('journeys/_shared', f))]
    const without = files.filter((f) => /\.ya?ml$/.test(f) && !readFileSync(f, 'utf8').startsWith('# yaml-language-server: $schema='))
    expect(without).toEqual([])
  })
})
