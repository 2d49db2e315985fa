/**
 * Engine figures: compiling a 1,000-question journey, one answer (transition + plan),
 * the same answer in SurveyJS for comparison, and validating every real journey.
 * @module
 */
import { Model } from 'survey-core'
import { compileJourney } from '../../engine/compile/compile-journey.ts'
import { loadSharedQuestions } from '../../engine/load/shared-questions.ts'
import { loadJourneys } from '../../engine/node/journey-files.ts'
import { buildPlan, startSession } from '../../engine/runtime/index.ts'
import { generatedJourneyYaml, generatedQuestions, generatedSurveyJson } from './generated-journey.ts'

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!
}

const round = (n: number) => Math.round(n * 1000) / 1000

export async function run(): Promise<Record<string, number | null>> {
  const yaml = generatedJourneyYaml()
  const shared = loadSharedQuestions([])
  const today = '2026-11-24'

  // Load + validate + compile (with static analysis), median of 7 after a warm-up.
  const compileTimes: number[] = []
  let journey = compileJourney('journeys/generated.yaml', yaml, { shared, today }).journey
  for (let i = 0; i < 7; i++) {
    const started = performance.now()
    journey = compileJourney('journeys/generated.yaml', yaml, { shared, today }).journey
    compileTimes.push(performance.now() - started)
  }
  if (!journey) throw new Error('the generated journey does not compile')

  // One answer transition plus plan recomputation, over the whole journey.
  const questions = generatedQuestions(1000)
  const answers = new Map(questions.map((q) => [q.id, q.answer]))
  const answerTimes: number[] = []
  for (let round_ = 0; round_ < 2; round_++) {
    const { actor } = startSession(journey, { today })
    while (!actor.getSnapshot().matches('plan')) {
      const id = actor.getSnapshot().context.current!
      const started = performance.now()
      actor.send({ type: 'ANSWER', value: answers.get(id)! })
      buildPlan(journey, actor.getSnapshot().context.answers, today)
      if (round_ === 1) answerTimes.push(performance.now() - started)
    }
    if (round_ === 1 && answerTimes.length !== 1000) throw new Error(`expected 1000 answers, got ${answerTimes.length}`)
  }

  // SurveyJS: the same questionnaire, one setValue with its visibleIf re-evaluation.
  // One pass (each answer costs SurveyJS tens of milliseconds); the first 50 warm it up.
  const surveyTimes: number[] = []
  const survey = new Model(generatedSurveyJson())
  questions.forEach((q, i) => {
    const started = performance.now()
    survey.setValue(q.id, q.answer)
    if (i >= 50) surveyTimes.push(performance.now() - started)
  })
  if (survey.getAllQuestions(true).length !== 1000) throw new Error('SurveyJS did not show every question')

  const validateTimes: number[] = []
  for (let i = 0; i < 3; i++) {
    const started = performance.now()
    const { journeys } = loadJourneys('journeys')
    if (!journeys.size) throw new Error('no journey loaded')
    validateTimes.push(performance.now() - started)
  }

  const ours = percentile(answerTimes, 50)
  const theirs = percentile(surveyTimes, 50)
  return {
    'engine.compile_ms@1000q': round(percentile(compileTimes, 50)),
    'engine.answer_ms_p50@1000q': round(ours),
    'engine.answer_ms_p99@1000q': round(percentile(answerTimes, 99)),
    'peer.surveyjs.answer_ms_p50@1000q': round(theirs),
    'peer.surveyjs.ratio': Math.round((theirs / ours) * 10) / 10,
    'engine.validate_all_ms': round(percentile(validateTimes, 50)),
  }
}
