/**
 * Problems found in editors' files, each with its place (`file:line:column`).
 *
 * Bad input never throws out of the engine: loaders and checks return diagnostics,
 * and the CLI prints them. `code` is stable (tests and tooling match on it);
 * `message` is French, for editors.
 * @module
 */

export type Severity = 'error' | 'warning'

export interface Diagnostic {
  file: string
  line: number
  column: number
  severity: Severity
  code: DiagnosticCode
  message: string
  /** A replacement the editor probably meant (an id, a keyword…). */
  suggestion?: string
}

export type DiagnosticCode =
  | 'yaml-syntax'
  | 'schema'
  | 'unknown-property'
  | 'duplicate-id'
  | 'unknown-shared-question'
  | 'unknown-question'
  | 'unknown-fiche'
  | 'fiche-modified'
  | 'unknown-period'
  | 'unknown-task'
  | 'order-cycle'
  | 'unknown-centre'
  | 'expression-syntax'
  | 'expression-type'
  | 'forward-reference'
  | 'always-true'
  | 'always-false'
  | 'unreachable'
  | 'unused-question'
  | 'markdown'
  | 'file'
  | 'scenario'
  /** Dates or facts that contradict each other (a start after its deadline, a review date in the future). */
  | 'contradiction'

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error')
}

/** `file:line:column message`, the form editors and their tools recognise. */
export function formatDiagnostic(d: Diagnostic): string {
  const label = d.severity === 'error' ? 'erreur' : 'attention'
  const hint = d.suggestion && !d.message.includes(`« ${d.suggestion} »`) ? ` (suggestion : ${d.suggestion})` : ''
  return `${d.file}:${d.line}:${d.column} ${label} : ${d.message}${hint}`
}

export function sortDiagnostics(list: Diagnostic[]): Diagnostic[] {
  return list.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column)
}
