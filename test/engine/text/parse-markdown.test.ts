/** Editors' Markdown through a CommonMark parser (issue 10, item 7). */
import { describe, expect, it } from 'vitest'
import { parseEditorMarkdown } from '../../../engine/text/parse-markdown.ts'
import { markdownToHtml, type MarkdownProblem } from '../../../engine/text/markdown.ts'
import { compile, JOURNEY_HEAD } from '../helpers.ts'

const parse = (text: string) => {
  const problems: MarkdownProblem[] = []
  return { blocks: parseEditorMarkdown(text, problems), problems }
}

describe('parseEditorMarkdown', () => {
  it('keeps the subset: paragraphs, lists, bold, italic, links', () => {
    const { blocks, problems } = parse('Un **délai** de *6 jours*\nau plus.\n\n- [F909](https://www.service-public.gouv.fr/particuliers/vosdroits/F909)\n- deux')
    expect(problems).toEqual([])
    expect(blocks).toEqual([
      { type: 'paragraph', children: [{ type: 'text', text: 'Un ' }, { type: 'strong', children: [{ type: 'text', text: 'délai' }] }, { type: 'text', text: ' de ' }, { type: 'em', children: [{ type: 'text', text: '6 jours' }] }, { type: 'text', text: ' au plus.' }] },
      { type: 'list', items: [[{ type: 'link', href: 'https://www.service-public.gouv.fr/particuliers/vosdroits/F909', text: 'F909' }], [{ type: 'text', text: 'deux' }]] },
    ])
  })

  it('a link whose URL holds parentheses works', () => {
    const { blocks, problems } = parse('Voir [la page](https://fr.wikipedia.org/wiki/Pacte_civil_de_solidarit%C3%A9_(France)).')
    expect(problems).toEqual([])
    expect(blocks[0]).toEqual({ type: 'paragraph', children: [{ type: 'text', text: 'Voir ' }, { type: 'link', href: 'https://fr.wikipedia.org/wiki/Pacte_civil_de_solidarit%C3%A9_(France)', text: 'la page' }, { type: 'text', text: '.' }] })
  })

  it('numbered lists stay numbered', () => {
    const { blocks, problems } = parse('1. la convention ;\n2. le délai de\n   réflexion.')
    expect(problems).toEqual([])
    expect(blocks).toEqual([{ type: 'list', ordered: true, items: [[{ type: 'text', text: 'la convention ;' }], [{ type: 'text', text: 'le délai de réflexion.' }]] }])
    expect(markdownToHtml(blocks)).toBe('<ol><li>la convention ;</li><li>le délai de réflexion.</li></ol>')
  })

  it.each([
    ['# Titre', /Titre Markdown/, 0],
    ['Texte\n\n```\ncode\n```', /Bloc de code/, 7],
    ['Un `code` ici', /Code/, 3],
    ['![logo](https://example.org/a.png)', /Image/, 0],
    ['Du <b>gras</b>', /HTML/, 3],
    ['> citation', /Citation/, 0],
    ['[lien](http://example.org)', /seules les adresses https/, 0],
    ['[lien](javascript:alert(1))', /seules les adresses https/, 0],
    ['- un\n  - deux', /Liste imbriquée/, 7],
  ])('reports %j with its offset and keeps the text', (text, message, offset) => {
    const { blocks, problems } = parse(text)
    expect(problems.length).toBeGreaterThan(0)
    expect(problems[0]!.message).toMatch(message)
    expect(problems[0]!.offset).toBe(offset)
    // Nothing is lost: the text stays, as plain text the renderers escape.
    expect(blocks.length).toBeGreaterThan(0)
    expect(markdownToHtml(blocks)).not.toMatch(/<(b|img|script|h1|pre|blockquote)\b/)
  })
})

describe('Markdown diagnostics in a journey', () => {
  it('point at file:line:column inside a block description', () => {
    const yaml = `${JOURNEY_HEAD}questions:
  - id: q
    type: boolean
    label: Question ?
tasks:
  - id: t
    title: Faire la démarche
    organisation: { name: Mairie }
    description: |
      Premier paragraphe.

      Voir \`F909\` ici.
`
    const result = compile(yaml)
    const problem = result.diagnostics.find((d) => d.code === 'markdown')!
    const lines = yaml.split('\n')
    const line = lines.findIndex((l) => l.includes('`F909`')) + 1
    expect(problem).toMatchObject({ file: 'journeys/test.yaml', line, column: lines[line - 1]!.indexOf('`') + 1, severity: 'error' })
  })
})
