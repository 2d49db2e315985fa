/**
 * A condition in the editors' and reviewers' words: questions by their short label, options
 * by their label, operators in French (« « Lieu du décès » : À domicile ou À l'hôpital et
 * « Mort violente » : non »). For the journey map and `mdv graph`, where ids would make a
 * reviewer open the YAML to understand.
 * @module
 */
import type { Expr } from '../expressions/ast.ts'
import type { CompiledQuestion } from '../journey/types.ts'
import { formatAnswer } from '../runtime/format-answer.ts'

export type QuestionsById = ReadonlyMap<string, CompiledQuestion>

const UNIT_WORDS: Record<string, [string, string]> = { days: ['jour', 'jours'], weeks: ['semaine', 'semaines'], months: ['mois', 'mois'], years: ['an', 'ans'] }
const ORDER_WORDS: Record<string, string> = { '<': '<', '<=': '≤', '>': '>', '>=': '≥' }
const FUNCTION_WORDS: Record<string, (arg: string) => string> = {
  age: (a) => `âge selon ${a}`,
  days_since: (a) => `jours depuis ${a}`,
  count: (a) => `nombre de choix à ${a}`,
  answered: (a) => `${a} répondue`,
  departement: (a) => `département de ${a}`,
  outre_mer: (a) => `${a} en outre-mer`,
  eee: (a) => `${a} dans l’Espace économique européen`,
  date: (a) => `date ${a}`,
}

/** « Lieu du décès », quoted; an id no question has stays as it is (the checker reports it). */
function questionWords(id: string, questions: QuestionsById): string {
  const q = questions.get(id)
  return q ? `« ${q.short ?? q.label} »` : id
}

/** An option's label when `value` is one of the question's options. */
function valueWords(value: string | number | boolean, question: CompiledQuestion | undefined): string {
  if (typeof value === 'boolean') return value ? 'oui' : 'non'
  if (typeof value === 'number') return String(value)
  const option = question?.options?.find((o) => o.value === value)
  if (option) return option.label
  if (question?.type === 'country') return formatAnswer(question, value)
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : `« ${value} »`
}

/** The question a side of a comparison reads, so the other side's values get its option labels. */
function questionOf(e: Expr, questions: QuestionsById): CompiledQuestion | undefined {
  return e.kind === 'ref' ? questions.get(e.name) : undefined
}


export function conditionWords(expr: Expr, questions: QuestionsById): string {
  const words = (e: Expr, context?: CompiledQuestion): string => {
    switch (e.kind) {
      case 'literal':
        return valueWords(e.value, context)
      case 'duration': {
        const [one, many] = UNIT_WORDS[e.unit]!
        return `${e.amount} ${Math.abs(e.amount) > 1 ? many : one}`
      }
      case 'today':
        return 'aujourd’hui'
      case 'ref': {
        const q = questions.get(e.name)
        return q?.type === 'boolean' ? `${questionWords(e.name, questions)} : oui` : questionWords(e.name, questions)
      }
      case 'list': {
        const items = e.items.map((item) => words(item, context))
        return items.length > 1 ? `${items.slice(0, -1).join(', ')} ou ${items.at(-1)}` : (items[0] ?? '')
      }
      case 'not': {
        const inner = e.operand
        if (inner.kind === 'ref' && questions.get(inner.name)?.type === 'boolean') return `${questionWords(inner.name, questions)} : non`
        if (inner.kind === 'in' && inner.right.kind === 'ref') return `${questionWords(inner.right.name, questions)} sans ${words(inner.left, questionOf(inner.right, questions))}`
        if (inner.kind === 'call' && inner.fn === 'answered') return `${words(inner.args[0]!)} sans réponse`
        return `non (${words(inner)})`
      }
      case 'negate':
        return `-${words(e.operand)}`
      case 'logical': {
        // A list's « A, B ou C » inside an « et » is bracketed too, so its « ou » is not read as the condition's.
        const listed = (child: Expr) => child.kind === 'in' && child.right.kind === 'list' && child.right.items.length > 1 && e.op === 'and'
        const side = (child: Expr) => ((child.kind === 'logical' && child.op !== e.op) || listed(child) ? `(${words(child)})` : words(child))
        return `${side(e.left)} ${e.op === 'and' ? 'et' : 'ou'} ${side(e.right)}`
      }
      case 'compare': {
        // `mort_violente == true` reads « Mort violente : oui », `lien == "conjoint"` « Lien : Conjoint ».
        const left = questionOf(e.left, questions)
        const right = questionOf(e.right, questions)
        const subject = e.left.kind === 'ref' ? questionWords(e.left.name, questions) : words(e.left, right)
        const object = words(e.right, left)
        if (e.op === '==') return `${subject} : ${object}`
        if (e.op === '!=') return `${subject} : autre que ${object}`
        return `${subject} ${ORDER_WORDS[e.op]} ${object}`
      }
      case 'in': {
        const list = questionOf(e.right, questions)
        if (e.right.kind === 'ref') return `${questionWords(e.right.name, questions)} comprend ${words(e.left, list)}`
        const subject = e.left.kind === 'ref' ? questionWords(e.left.name, questions) : words(e.left)
        return `${subject} : ${words(e.right, questionOf(e.left, questions))}`
      }
      case 'arith':
        return `${words(e.left)} ${e.op} ${words(e.right)}`
      case 'call': {
        const arg = e.args[0]
        const argWords = arg ? (arg.kind === 'ref' ? questionWords(arg.name, questions) : words(arg)) : ''
        return (FUNCTION_WORDS[e.fn] ?? ((a: string) => `${e.fn}(${a})`))(argWords)
      }
    }
  }
  return words(expr)
}

/** Cut at a word boundary under `max` characters, with « … »: edge labels stay readable. */
export function shorten(text: string, max = 60): string {
  if (text.length <= max) return text
  const cut = text.slice(0, max - 1)
  const space = cut.lastIndexOf(' ')
  return (space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:(«]+$/, '') + '…'
}
