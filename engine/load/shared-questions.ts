/**
 * Questions shared between journeys (`journeys/_shared/*.yaml`), so that an usager
 * answers "date de naissance" once for every journey of a site.
 * @module
 */
import type { Diagnostic } from '../diagnostics.ts'
import type { SourceQuestion } from '../journey/types.ts'
import { checkSchema } from './schema-check.ts'
import { YamlSource } from './yaml-source.ts'

export interface SharedQuestion {
  question: SourceQuestion
  source: YamlSource
  path: (string | number)[]
}

export interface SharedQuestions {
  byId: Map<string, SharedQuestion>
  diagnostics: Diagnostic[]
}

export function loadSharedQuestions(files: ReadonlyArray<{ file: string; text: string }>): SharedQuestions {
  const byId = new Map<string, SharedQuestion>()
  const diagnostics: Diagnostic[] = []
  for (const { file, text } of files) {
    const source = new YamlSource(file, text)
    diagnostics.push(...source.syntaxDiagnostics)
    if (source.syntaxDiagnostics.length) continue
    const schemaProblems = checkSchema(source, 'shared')
    diagnostics.push(...schemaProblems)
    if (schemaProblems.length) continue
    const questions = (source.data as { questions: SourceQuestion[] }).questions
    questions.forEach((question, index) => {
      const path = ['questions', index]
      const existing = byId.get(question.id)
      if (existing) {
        diagnostics.push(
          source.diagnostic([...path, 'id'], 'duplicate-id', `La question partagée « ${question.id} » est déjà définie dans ${existing.source.file}.`),
        )
        return
      }
      byId.set(question.id, { question, source, path })
    })
  }
  return { byId, diagnostics }
}
