/**
 * Editors' words for a refused answer, in `mdv plan --answers` and in scenario files:
 * the question, the value given, and what would have been accepted (the option values,
 * or the expected format). The widget words the same problems for usagers elsewhere.
 * @module
 */
import type { IsoDate } from '../dates/iso-date.ts'
import type { CompiledJourney, CompiledQuestion } from '../journey/types.ts'
import { checkAnswer, type AnswerProblem } from '../runtime/answers.ts'
import { didYouMean } from '../text/did-you-mean.ts'

/** How a value given by the editor reads in a message: JSON for anything but plain text. */
function shown(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value) ?? String(value)
}

function optionValues(question: CompiledQuestion): string[] {
  return question.options?.map((o) => o.value) ?? []
}

/** What a question of this type expects, said once for every message. */
function expected(question: CompiledQuestion): string {
  switch (question.type) {
    case 'single':
      return `valeurs permises : ${optionValues(question).join(', ')}`
    case 'multiple':
      return `une liste d'au moins une de ces valeurs : ${optionValues(question).join(', ')}`
    case 'boolean':
      return 'true ou false (sans guillemets)'
    case 'date':
      return 'une date AAAA-MM-JJ, par exemple 2026-03-12'
    case 'number':
      return question.integer ? 'un nombre entier, sans guillemets' : 'un nombre, sans guillemets'
    case 'text':
      return 'un texte non vide'
    case 'country':
      return 'un code pays ISO en deux majuscules, par exemple ES'
    case 'commune':
      return 'un code commune INSEE à 5 caractères, par exemple 75056'
  }
}

/** Ends a message with a period, unless it already ends with a question (« Vouliez-vous dire … ? »). */
export function asSentence(message: string): string {
  return /[?!.]$/.test(message) ? message : `${message}.`
}

/** One plain French sentence for a refused answer (no trailing period: see asSentence). */
export function describeAnswerProblem(question: CompiledQuestion, value: unknown, problem: AnswerProblem | { code: 'unknown-commune' }): string {
  const id = question.id
  const given = `« ${shown(value)} »`
  switch (problem.code) {
    case 'not-an-option': {
      const values = optionValues(question)
      const wrong = Array.isArray(value) ? value.find((v) => typeof v !== 'string' || !values.includes(v)) : value
      if (Array.isArray(value) && wrong === undefined) return `valeur en double dans ${given} pour « ${id} » : chaque valeur une seule fois`
      if (question.type === 'multiple' && !Array.isArray(value)) return `« ${id} » attend une liste entre crochets, par exemple [${values[0] ?? ''}] ; ${expected(question)}`
      const suggestion = typeof wrong === 'string' ? didYouMean(wrong, values) : undefined
      return `Valeur inconnue « ${shown(wrong)} » pour « ${id} » : ${values.join(', ')}${suggestion ? `. Vouliez-vous dire « ${suggestion} » ?` : ''}`
    }
    case 'exclusive-option':
      return `« ${problem.option} » ne se coche pas avec d'autres réponses pour « ${id} » (réponse exclusive)`
    case 'required':
      if (value === null) return `« ${id} » n'accepte pas « Je ne sais pas » (null) : ajoutez optional: true à la question, ou donnez ${expected(question)}`
      return `réponse ${given} refusée pour « ${id} » : ${expected(question)}`
    case 'not-a-date':
      return `${given} n'est pas une date pour « ${id} » : ${expected(question)}`
    case 'date-too-early':
      return `la date ${given} est avant le ${problem.min}, la plus ancienne permise pour « ${id} »`
    case 'date-too-late':
      return `la date ${given} est après le ${problem.max}, la plus récente permise pour « ${id} »`
    case 'not-a-number':
      return `${given} n'est pas un nombre pour « ${id} » : ${expected(question)}`
    case 'not-an-integer':
      return `${given} n'est pas un nombre entier pour « ${id} »`
    case 'number-too-small':
      return `${given} est plus petit que ${problem.min}, le minimum pour « ${id} »`
    case 'number-too-large':
      return `${given} est plus grand que ${problem.max}, le maximum pour « ${id} »`
    case 'text-too-long':
      return `le texte pour « ${id} » dépasse ${problem.maxLength} caractères`
    case 'not-a-country':
      return `${given} n'est pas un code pays pour « ${id} » : ${expected(question)}`
    case 'not-a-commune':
      return `${given} n'est pas un code commune pour « ${id} » : ${expected(question)}`
    case 'unknown-commune':
      return `aucune commune n'a le code INSEE ${given} (réponse à « ${id} »)`
  }
}

export interface AnswerFileProblem {
  /** The question id concerned (the key in the answers). */
  question: string
  message: string
}

/**
 * Every problem of an answers object given as a whole (`mdv plan --answers`): a key that
 * is not a question of the journey, or a value the question refuses. Questions not
 * answered are fine here: the plan is built from what is known.
 */
export function checkAnswersFile(journey: CompiledJourney, answers: Record<string, unknown>, today: IsoDate): AnswerFileProblem[] {
  const byId = new Map(journey.questions.map((q) => [q.id, q]))
  const problems: AnswerFileProblem[] = []
  for (const [id, value] of Object.entries(answers)) {
    const question = byId.get(id)
    if (!question) {
      const suggestion = didYouMean(id, byId.keys())
      problems.push({ question: id, message: `« ${id} » n'est pas une question du parcours « ${journey.id} »${suggestion ? `. Vouliez-vous dire « ${suggestion} » ?` : ''}` })
      continue
    }
    const problem = checkAnswer(question, value, today)
    if (problem) problems.push({ question: id, message: describeAnswerProblem(question, value, problem) })
  }
  return problems
}
