/**
 * A compiled journey as an XState v5 machine: one state per question, then the plan.
 *
 * `setup()` is the table of contents: the guards and actions below are everything
 * the machine does. Routing is computed by pure functions (navigation.ts) and a
 * transient `route` state moves to the question they chose, so adding a question
 * adds one state and one routing transition, never a quadratic web of arrows.
 * @module
 */
import { assertEvent, assign, setup } from 'xstate'
import { todayInParis, type IsoDate } from '../dates/iso-date.ts'
import type { AnswerValue } from '../expressions/ast.ts'
import type { CompiledJourney } from '../journey/types.ts'
import { answerChanged, applicableQuestions, checkAnswer, pruneAnswers, type Answers } from './answers.ts'
import { nextQuestion, type Mode } from './navigation.ts'

export interface JourneyContext {
  journeyId: string
  version: number
  today: IsoDate
  answers: Answers
  /** The question on screen; null on the plan. */
  current: string | null
  /** Questions shown before the current one, for "Retour". */
  history: string[]
  mode: Mode
  /** Answers reused from other journeys of the site (shared questions). */
  reused: Answers
}

export type JourneyEvent =
  | { type: 'ANSWER'; value: AnswerValue }
  | { type: 'BACK' }
  | { type: 'EDIT'; question: string }
  | { type: 'RESTART' }
  | { type: 'SET_TODAY'; today: IsoDate }

export interface JourneyInput {
  today?: IsoDate
  /** Answers to shared questions given in other journeys. */
  reused?: Answers
}

/** The transient state that sends the usager to the question chosen by navigation.ts. */
const ROUTE = 'mdv-route'
/** Question ids start with a letter, so this key can never collide with one. */
const ROUTE_KEY = '_route'
const PLAN = 'mdv-plan'
const GROUP_SIZE = 32
const stateId = (question: string) => `mdv-q-${question}`

export function createJourneyMachine(journey: CompiledJourney) {
  const questionIds = journey.questions.map((q) => q.id)
  const questionById = new Map(journey.questions.map((q) => [q.id, q]))
  const groups: string[][] = []
  for (let i = 0; i < questionIds.length; i += GROUP_SIZE) groups.push(questionIds.slice(i, i + GROUP_SIZE))
  const groupOf = new Map(questionIds.map((id, i) => [id, Math.floor(i / GROUP_SIZE)]))
  const reusedIds = (context: JourneyContext) => new Set(Object.keys(context.reused))

  const start = (today: IsoDate, reused: Answers): Pick<JourneyContext, 'answers' | 'current' | 'history' | 'mode'> => {
    const answers = pruneAnswers(journey, reused, today)
    return { answers, current: nextQuestion(journey, answers, today, null, 'sequence', new Set(Object.keys(reused))), history: [], mode: 'sequence' }
  }

  return setup({
    types: {
      context: {} as JourneyContext,
      events: {} as JourneyEvent,
      input: {} as JourneyInput,
    },
    guards: {
      isCurrent: ({ context }, params: { question: string }) => context.current === params.question,
      isCurrentInGroup: ({ context }, params: { group: number }) => context.current !== null && groupOf.get(context.current) === params.group,
      isValidAnswer: ({ context, event }) => {
        assertEvent(event, 'ANSWER')
        const question = context.current ? questionById.get(context.current) : undefined
        return question !== undefined && checkAnswer(question, event.value, context.today) === undefined
      },
      canGoBack: ({ context }) => context.history.length > 0,
      isEditable: ({ context, event }) => {
        assertEvent(event, 'EDIT')
        return (
          context.answers[event.question] !== undefined &&
          applicableQuestions(journey, context.answers, context.today).some((q) => q.id === event.question)
        )
      },
    },
    actions: {
      recordAnswer: assign(({ context, event }) => {
        assertEvent(event, 'ANSWER')
        const current = context.current!
        const given = { ...context.answers, [current]: event.value }
        answerChanged(journey, context.answers, given, current, context.today)
        const answers = pruneAnswers(journey, given, context.today)
        const next = nextQuestion(journey, answers, context.today, current, context.mode, reusedIds(context))
        return {
          answers,
          current: next,
          history: [...context.history, current],
          mode: next === null ? ('sequence' as const) : context.mode,
        }
      }),
      goBack: assign(({ context }) => {
        const applicable = new Set(applicableQuestions(journey, context.answers, context.today).map((q) => q.id))
        const history = [...context.history]
        let previous: string | undefined
        while (history.length && !applicable.has((previous = history.pop()!))) previous = undefined
        return previous ? { current: previous, history, mode: 'sequence' as const } : {}
      }),
      startEdit: assign(({ context, event }) => {
        assertEvent(event, 'EDIT')
        return {
          current: event.question,
          history: context.current ? [...context.history, context.current] : context.history,
          mode: 'edit' as const,
        }
      }),
      restart: assign(({ context }) => start(context.today, context.reused)),
      setToday: assign(({ context, event }) => {
        assertEvent(event, 'SET_TODAY')
        const answers = pruneAnswers(journey, context.answers, event.today)
        const stillAsked = context.current === null || applicableQuestions(journey, answers, event.today).some((q) => q.id === context.current)
        return {
          today: event.today,
          answers,
          current: stillAsked ? context.current : nextQuestion(journey, answers, event.today, null, 'edit', reusedIds(context)),
        }
      }),
    },
  }).createMachine({
    id: `journey:${journey.id}`,
    context: ({ input }) => {
      const today = input.today ?? todayInParis()
      const reused = input.reused ?? {}
      return { journeyId: journey.id, version: journey.version, today, reused, ...start(today, reused) }
    },
    initial: 'ask',
    on: {
      BACK: { guard: 'canGoBack', actions: 'goBack', target: `#${ROUTE}` },
      EDIT: { guard: 'isEditable', actions: 'startEdit', target: `#${ROUTE}` },
      RESTART: { actions: 'restart', target: `#${ROUTE}` },
      SET_TODAY: { actions: 'setToday', target: `#${ROUTE}` },
    },
    states: {
      ask: {
        initial: ROUTE_KEY,
        states: {
          // Two-level routing: first the group of questions, then the question, so choosing
          // among 1,000 questions evaluates about 60 guards, not 1,000. It lives inside `ask`
          // so that moving between questions never exits `ask` itself (XState scans the
          // children of every state it exits).
          [ROUTE_KEY]: {
            id: ROUTE,
            initial: 'group',
            states: {
              group: {
                always: [
                  ...groups.map((_, g) => ({ guard: { type: 'isCurrentInGroup' as const, params: { group: g } }, target: `g${g}` })),
                  { target: `#${PLAN}` },
                ],
              },
              ...Object.fromEntries(
                groups.map((ids, g) => [
                  `g${g}`,
                  { always: ids.map((id) => ({ guard: { type: 'isCurrent' as const, params: { question: id } }, target: `#${stateId(id)}` })) },
                ]),
              ),
            },
          },
          ...Object.fromEntries(
            questionIds.map((id) => [id, { id: stateId(id), on: { ANSWER: { guard: 'isValidAnswer', actions: 'recordAnswer', target: `#${ROUTE}` } } }]),
          ),
        },
      },
      plan: { id: PLAN },
    },
  })
}

export type JourneyMachine = ReturnType<typeof createJourneyMachine>
