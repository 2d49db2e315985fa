/**
 * Issue 13: the YAML traps editors fall into, each with one message that says the
 * mistake and the fix, at the line of the mistake; and files not saved in UTF-8.
 */
import { describe, expect, it } from 'vitest'
import { BASE_JOURNEY, compile, SHARED_YAML } from '../helpers.ts'
import { loadSharedQuestions } from '../../../engine/load/shared-questions.ts'

function variant(from: string, to: string): string {
  if (!BASE_JOURNEY.includes(from)) throw new Error(`fragment not found: ${from}`)
  return BASE_JOURNEY.replace(from, to)
}

const lineOf = (yaml: string, text: string) => yaml.split('\n').findIndex((l) => l === text) + 1

function messages(yaml: string) {
  return compile(yaml).diagnostics.map((d) => ({ line: d.line, column: d.column, message: d.message }))
}

/** Each trap: the mistake, the line it is on, and the exact message. */
const TRAPS: { name: string; from: string; to: string; column: number; message: string }[] = [
  {
    name: 'a colon inside an unquoted text',
    from: '    label: Où ?\n',
    to: '    label: Motif : pourquoi ?\n',
    column: 18,
    message: 'Syntaxe YAML : le texte de « label » contient un deux-points suivi d’une espace, que YAML lit comme une nouvelle clé. Mettez tout le texte entre guillemets : label: "Motif : pourquoi ?"',
  },
  {
    name: 'a condition that starts with a quote',
    from: '    when: lieu == "france"\n',
    to: '    when: "france" == lieu\n',
    column: 11,
    message:
      'Syntaxe YAML : la valeur de « when » commence par un guillemet, alors YAML croit qu’elle s’arrête au guillemet fermant et ne comprend pas la suite. Mettez toute la condition entre apostrophes : when: \'"france" == lieu\' (ou écrivez « when: >- » puis la condition à la ligne suivante, indentée).',
  },
  {
    name: 'a missing colon after a key',
    from: '    short: Lieu du décès\n',
    to: '    short Lieu du décès\n',
    column: 10,
    message: 'Syntaxe YAML : il manque les deux-points après « short ». Écrivez « short: » suivi d’une espace, puis la valeur.',
  },
  {
    name: 'a missing colon on the first line',
    from: 'title: Parcours de test\n',
    to: 'title Parcours de test\n',
    column: 6,
    message: 'Syntaxe YAML : il manque les deux-points après « title ». Écrivez « title: » suivi d’une espace, puis la valeur.',
  },
  {
    name: 'a list dash shifted by one space',
    from: '  - id: date_deces\n',
    to: '   - id: date_deces\n',
    column: 4,
    message: 'Syntaxe YAML : ce tiret est décalé de 1 espace(s). Alignez-le sur le tiret de l’élément précédent (ligne 8, colonne 3).',
  },
  {
    name: 'a key indented by one space too many',
    from: '    label: Où ?\n',
    to: '     label: Où ?\n',
    column: 6,
    message: 'Syntaxe YAML : « label » est indentée de 5 espaces, « type » juste au-dessus (ligne 9) de 4. Alignez les clés d’un même élément sur la même colonne.',
  },
  {
    name: 'a tab used for indentation',
    from: '    label: Où ?\n',
    to: '\tlabel: Où ?\n',
    column: 1,
    message:
      'Syntaxe YAML : une tabulation sert ici d’indentation, ce que YAML interdit. Remplacez-la par des espaces (2 par niveau) ; la plupart des éditeurs le font avec « Convertir l’indentation en espaces ».',
  },
]

describe('YAML traps: one cause, one message, at the mistake', () => {
  for (const trap of TRAPS) {
    it(trap.name, () => {
      const yaml = variant(trap.from, trap.to)
      expect(messages(yaml)).toEqual([{ line: lineOf(yaml, trap.to.trimEnd()), column: trap.column, message: trap.message }])
    })
  }

  it('a tab in the shared questions file is one message', () => {
    const shared = loadSharedQuestions([{ file: 'journeys/_shared/usager.yaml', text: SHARED_YAML.replace('    label: Quelle est votre activité ?', '\tlabel: Quelle est votre activité ?') }])
    expect(shared.diagnostics).toHaveLength(1)
    expect(shared.diagnostics[0]).toMatchObject({ file: 'journeys/_shared/usager.yaml', line: 9, column: 1 })
  })

  it('an unknown syntax error still gives a single French message', () => {
    const found = messages(variant('title: Parcours de test', 'title: "Parcours de test'))
    expect(found).toHaveLength(1)
    expect(found[0]!.message).toMatch(/^Syntaxe YAML : /)
  })
})

describe('files not saved in UTF-8', () => {
  it('are an error at the first invalid byte, with how to re-save in UTF-8', () => {
    // What Node's utf8 decoding makes of « Les démarches » saved in Windows-1252.
    const latin1 = Buffer.from(variant('label: Quel lien ?', 'label: Les démarches ?'), 'latin1').toString('utf8')
    const found = messages(latin1)
    expect(found).toHaveLength(1)
    // The first accented letter of the file is the ù of « Où ? » (line 10, column 13).
    expect(latin1.split('\n')[9]).toBe('    label: O\uFFFD ?')
    expect(found[0]).toMatchObject({ line: 10, column: 13 })
    expect(found[0]!.message).toMatch(/^Le fichier n’est pas enregistré en UTF-8/)
    expect(found[0]!.message).toContain('Enregistrer avec l’encodage')
    expect(found[0]!.message).toContain('iconv -f WINDOWS-1252 -t UTF-8')
  })
})
