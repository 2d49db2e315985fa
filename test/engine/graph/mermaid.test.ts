/**
 * `mdv graph` on the largest shipped journey: démarches grouped by period in subgraphs,
 * edge labels in words and short, the whole condition still given.
 */
import { describe, expect, it } from 'vitest'
import { conditionWords, shorten } from '../../../engine/graph/condition-words.ts'
import { journeyToMermaid, LABEL_LIMIT } from '../../../engine/graph/mermaid.ts'
import { loadJourneys } from '../../../engine/node/journey-files.ts'
import { parse } from '../expressions/helpers.ts'
import { compileOk } from '../helpers.ts'

const { journeys } = loadJourneys('journeys')
const largest = [...journeys.values()].map((j) => j.journey).sort((a, b) => b.tasks.length - a.tasks.length)[0]!
const graph = journeyToMermaid(largest)
const lines = graph.split('\n')
const edgeLabels = [...graph.matchAll(/-\.?->\|"([^"]*)"\|/g)].map((m) => m[1]!)

/** Task node ids declared inside each subgraph. */
function subgraphs(): Map<string, string[]> {
  const found = new Map<string, string[]>()
  let current: string | undefined
  for (const line of lines) {
    const open = /^\s*subgraph (\S+)/.exec(line)
    if (open) found.set((current = open[1]!), [])
    else if (/^\s*end$/.test(line)) current = undefined
    else if (current) {
      const node = /^\s*(t_\w+)[[(]/.exec(line)
      if (node) found.get(current)!.push(node[1]!)
    }
  }
  return found
}

describe(`mdv graph on the largest journey (${largest.id}, ${largest.tasks.length} démarches)`, () => {
  it('puts every démarche in exactly one period subgraph, none hanging off « Vos démarches »', () => {
    const placed = [...subgraphs().values()].flat()
    expect(placed.sort()).toEqual(largest.tasks.map((t) => `t_${t.id}`).sort())
    expect(new Set(placed).size).toBe(placed.length)
    expect(lines.filter((l) => /^\s*plan -->/.test(l)).every((l) => /plan --> s_\d+$/.test(l))).toBe(true)
    expect(subgraphs().size).toBeGreaterThan(1)
  })

  it('has no edge label over the limit, and the whole condition in a comment when cut', () => {
    expect(edgeLabels.length).toBeGreaterThan(largest.tasks.filter((t) => t.when).length - 1)
    for (const text of edgeLabels) expect(text.length).toBeLessThanOrEqual(LABEL_LIMIT)
    const cut = lines.findIndex((l) => /…"\|/.test(l))
    expect(cut).toBeGreaterThan(0)
    expect(lines[cut + 1]).toMatch(/^\s*%% /)
    expect(lines[cut + 1]!.length).toBeGreaterThan(lines[cut]!.length - 40)
  })

  it('writes no question, option or démarche id in its labels', () => {
    const ids = new Set([...largest.questions.flatMap((q) => [q.id, ...(q.options ?? []).map((o) => o.value)]), ...largest.tasks.map((t) => t.id)])
    // Ids that are also plain words of the journey's texts (« Oui ») cannot be told apart.
    const words = new Set(
      [...largest.questions.flatMap((q) => [q.label, q.short ?? '', ...(q.options ?? []).map((o) => o.label)]), ...largest.tasks.map((t) => t.title)]
        .join(' ')
        .toLowerCase()
        .split(/[^\p{L}\p{N}_-]+/u),
    )
    const raw = [...ids].filter((id) => !words.has(id.toLowerCase()))
    for (const text of [...edgeLabels, ...lines.filter((l) => /^\s*%% /.test(l))]) {
      const tokens = new Set(text.split(/[^\p{L}\p{N}_-]+/u))
      expect(raw.filter((id) => tokens.has(id)), text).toEqual([])
    }
  })

  it('gives whole conditions on the arrows with full', () => {
    const full = journeyToMermaid(largest, { full: true })
    expect(full).not.toMatch(/^\s*%% /m)
    expect(full.split('\n').some((l) => /\|".{61,}"\|/.test(l))).toBe(true)
  })
})

describe('conditions in words', () => {
  const journey = compileOk()
  const byId = new Map(journey.questions.map((q) => [q.id, q]))
  it.each([
    ['lieu == "france"', '« Lieu du décès » : En France'],
    ['lieu != "france" and age >= 55', '« Lieu du décès » : autre que En France et « Quel âge avez-vous ? » ≥ 55'],
    ['lien in ["conjoint", "autre"] and lieu == "france"', '(« Quel lien ? » : Conjoint ou Autre) et « Lieu du décès » : En France'],
    ['(lieu == "france" or age < 55) and lien == "conjoint"', '(« Lieu du décès » : En France ou « Quel âge avez-vous ? » < 55) et « Quel lien ? » : Conjoint'],
    ['date_deces < today - 6 months', '« Date du décès » < aujourd’hui - 6 mois'],
  ])('%s → %s', (text, words) => expect(conditionWords(parse(text), byId).replace(/\u202F/g, ' ')).toBe(words))

  it('shortens at a word with « … »', () => {
    expect(shorten('a'.repeat(10), 60)).toBe('a'.repeat(10))
    const cut = shorten('« Lieu du décès » : À domicile (chez la personne ou chez un proche) ou ailleurs', 60)
    expect(cut.length).toBeLessThanOrEqual(60)
    expect(cut).toMatch(/^« Lieu du décès » : À domicile \(chez la personne ou chez…$/)
  })
})
