/**
 * Problems in the journeys, as the editors' preview shows them: place (file:line:column),
 * message, suggestion, and the line of the file with a caret under the column.
 * @module
 */
import { readFileSync } from 'node:fs'
import type { Diagnostic } from '../../engine/diagnostics.ts'

/** The line of the file the problem is on; nothing when the file cannot be read. */
function sourceLine(file: string, line: number): string | undefined {
  try {
    return readFileSync(file, 'utf8').split(/\r?\n/)[line - 1]
  } catch {
    return undefined
  }
}

function Excerpt({ d }: { d: Diagnostic }) {
  const text = sourceLine(d.file, d.line)
  if (text === undefined) return null
  const caret = ' '.repeat(Math.max(0, d.column - 1)) + '^'
  return (
    <pre class="problem__source">
      <code>
        {`${String(d.line).padStart(4)} | ${text}\n     | ${caret}`}
      </code>
    </pre>
  )
}

export function ProblemList({ problems }: { problems: readonly Diagnostic[] }) {
  return (
    <ol class="problems">
      {problems.map((d) => (
        <li class={`problem problem--${d.severity}`}>
          <p class="problem__place">
            <strong>{d.severity === 'error' ? 'Erreur' : 'Attention'}</strong> — <code>{`${d.file}:${d.line}:${d.column}`}</code>
          </p>
          <p class="problem__message">{d.message}</p>
          {d.suggestion && !d.message.includes(`« ${d.suggestion} »`) ? (
            <p class="problem__suggestion">
              Suggestion : <code>{d.suggestion}</code>
            </p>
          ) : null}
          <Excerpt d={d} />
        </li>
      ))}
    </ol>
  )
}
