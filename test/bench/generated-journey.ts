/**
 * A generated 1,000-question journey with a condition on every question and 500
 * tasks, expressed both in our YAML and as a SurveyJS model, for the benchmarks.
 * @module
 */

export interface GeneratedQuestion {
  id: string
  kind: 'single' | 'boolean' | 'number'
  /** The answer the benchmark gives (keeps every question asked). */
  answer: string | boolean | number
}

export function generatedQuestions(count: number): GeneratedQuestion[] {
  return Array.from({ length: count }, (_, i) => {
    const kind = (['single', 'boolean', 'number'] as const)[i % 3]!
    return { id: `q${i}`, kind, answer: kind === 'single' ? 'a' : kind === 'boolean' ? false : 10 }
  })
}

/** Our condition on question i, true for the benchmark's answers. */
function conditionOn(previous: GeneratedQuestion): { ours: string; surveyjs: string } {
  switch (previous.kind) {
    case 'single':
      return { ours: `${previous.id} != "c"`, surveyjs: `{${previous.id}} != 'c'` }
    case 'boolean':
      return { ours: `not ${previous.id}`, surveyjs: `{${previous.id}} = false` }
    case 'number':
      return { ours: `${previous.id} < 90`, surveyjs: `{${previous.id}} < 90` }
  }
}

export function generatedJourneyYaml(questionCount = 1000, taskCount = 500): string {
  const questions = generatedQuestions(questionCount)
  const lines = [
    'id: generated',
    'title: Parcours généré',
    'description: Parcours de 1 000 questions pour les mesures.',
    'version: 1',
    'reviewed: 2026-11-01',
    'sources: [F16507]',
    'questions:',
  ]
  questions.forEach((q, i) => {
    lines.push(`  - id: ${q.id}`, `    type: ${q.kind}`, `    label: Question ${i} ?`)
    if (q.kind === 'single') lines.push('    options:', '      - { value: a, label: A }', '      - { value: b, label: B }', '      - { value: c, label: C }')
    if (q.kind === 'number') lines.push('    min: 0', '    max: 100')
    const previous = questions[i - 1] ?? questions[questionCount - 1]!
    if (i > 0) lines.push(`    when: '${conditionOn(previous).ours.replace(/'/g, "''")}'`)
    else lines.push('    help: Première question.')
  })
  lines.push('tasks:')
  for (let k = 0; k < taskCount; k++) {
    const q = questions[(k * 2) % questionCount]!
    lines.push(
      `  - id: t${k}`,
      `    title: Démarche ${k}`,
      `    when: '${conditionOn(q).ours.replace(/'/g, "''")}'`,
      '    organisation: { name: Organisme }',
      `    deadline: { from: today, add: ${(k % 60) + 1}, unit: jours }`,
    )
  }
  return lines.join('\n') + '\n'
}

/** The same questionnaire as a SurveyJS JSON model (visibleIf for our `when`). */
export function generatedSurveyJson(questionCount = 1000): object {
  const questions = generatedQuestions(questionCount)
  return {
    pages: [
      {
        name: 'page1',
        elements: questions.map((q, i) => {
          const base: Record<string, unknown> = { name: q.id, title: `Question ${i} ?` }
          if (i > 0) base.visibleIf = conditionOn(questions[i - 1]!).surveyjs
          if (q.kind === 'single') return { ...base, type: 'radiogroup', choices: ['a', 'b', 'c'] }
          if (q.kind === 'boolean') return { ...base, type: 'boolean' }
          return { ...base, type: 'text', inputType: 'number', min: 0, max: 100 }
        }),
      },
    ],
  }
}
