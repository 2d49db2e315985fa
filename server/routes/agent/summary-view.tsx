/**
 * What the usager agreed to share, on the callback's card: their answers as a definition
 * list (question → answer) and the démarches of their plan, or the text older widgets
 * sent, or why there is nothing.
 * @module
 */
import { dayInWords } from '../../agent/day.ts'
import { isTextSummary, type StoredCallback, type StructuredSummary } from '../../storage/storage.ts'

type SummaryTask = StructuredSummary['tasks'][number]

/** The badge beside a démarche that is not a plain to-do. */
function taskMark(task: SummaryTask): string | null {
  if (task.kind === 'advice') return 'Si besoin'
  if (task.kind === 'automatic') return 'Automatique'
  return task.mandatory ? null : 'Conseillé'
}

function TaskItem({ task }: { task: SummaryTask }) {
  const mark = taskMark(task)
  return (
    <li>
      {mark ? <span class={`badge badge--${task.kind ?? 'todo'}`}>{mark}</span> : null} <strong>{task.title}</strong>
      <span class="hint">
        {task.due ? `Avant le ${dayInWords(task.due)}` : null}
        {task.due && task.period ? ' · ' : null}
        {task.period}
      </span>
    </li>
  )
}

function Structured({ summary }: { summary: StructuredSummary }) {
  return (
    <>
      {summary.answers.length ? (
        <dl>
          {summary.answers.map((a) => (
            <>
              <dt>{a.label}</dt>
              <dd>{a.answer}</dd>
            </>
          ))}
        </dl>
      ) : (
        <p>Aucune réponse enregistrée.</p>
      )}
      {summary.tasks.length ? (
        <>
          <h4 class="summary__title">
            Son plan : {summary.tasks.length} démarche{summary.tasks.length > 1 ? 's' : ''}
          </h4>
          <ul class="summary__tasks">
            {summary.tasks.map((t) => (
              <TaskItem task={t} />
            ))}
          </ul>
        </>
      ) : null}
    </>
  )
}

export function SummaryView({ callback }: { callback: StoredCallback }) {
  const summary = callback.summary
  if (summary) {
    return (
      <details class="summary" open>
        <summary>Ce que l’usager a déjà indiqué</summary>
        {isTextSummary(summary) ? <p class="comment">{summary.text}</p> : <Structured summary={summary} />}
      </details>
    )
  }
  // The card's status line says who cancelled and that the answers were erased.
  if (callback.cancelledBy === 'usager') return null
  return <p class="hint">L’usager n’a pas partagé ses réponses : demandez-lui sa situation.</p>
}
