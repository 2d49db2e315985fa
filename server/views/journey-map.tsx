/**
 * The journey map of the editors' preview (`/parcours/<id>/carte`): every question with
 * its options and what each answer brings or removes, every démarche with its condition,
 * deadline and period in words, linked both ways. Headings and lists only, no table: it
 * reads on a phone (390 px) and with a screen reader.
 * @module
 */
import type { JourneyMap, MapQuestion, MapTask, TaskLink } from '../../engine/graph/journey-map.ts'

const TYPE_WORDS: Record<MapQuestion['type'], string> = {
  single: 'un seul choix',
  multiple: 'plusieurs choix',
  boolean: 'oui ou non',
  date: 'une date',
  number: 'un nombre',
  text: 'un texte',
  country: 'un pays',
  commune: 'une commune',
}

const questionAnchor = (id: string) => `q-${id}`
const taskAnchor = (id: string) => `d-${id}`

function TaskLinks({ tasks }: { tasks: readonly TaskLink[] }) {
  return (
    <>
      {tasks.map((t, i) => (
        <>
          {i ? ', ' : ''}
          <a href={`#${taskAnchor(t.id)}`}>{t.title}</a>
        </>
      ))}
    </>
  )
}

function QuestionLinks({ questions }: { questions: readonly { id: string; name: string }[] }) {
  return (
    <>
      {questions.map((q, i) => (
        <>
          {i ? ', ' : ''}
          <a href={`#${questionAnchor(q.id)}`}>{q.name}</a>
        </>
      ))}
    </>
  )
}

function Question({ q }: { q: MapQuestion }) {
  return (
    <li id={questionAnchor(q.id)}>
      <h3>{q.name}</h3>
      <p>
        {q.label} <span class="hint">Réponse : {TYPE_WORDS[q.type]}{q.optional ? ', ou « Je ne sais pas »' : ''}.</span>
      </p>
      {q.askedIf ? <p>Posée seulement si {q.askedIf}.</p> : null}
      {q.options.length ? (
        <ul>
          {q.options.map((o) => (
            <li>
              <strong>{o.label}</strong>
              {o.brings.length ? (
                <>
                  {' '}— ajoute : <TaskLinks tasks={o.brings} />
                </>
              ) : null}
              {o.removes.length ? (
                <>
                  {' '}— retire : <TaskLinks tasks={o.removes} />
                </>
              ) : null}
              {o.brings.length || o.removes.length ? '' : ' — ne change aucune démarche à lui seul'}
            </li>
          ))}
        </ul>
      ) : null}
      {q.alsoUsedBy.length ? (
        <p>
          Compte dans la condition de : <TaskLinks tasks={q.alsoUsedBy} />.
        </p>
      ) : null}
      {q.datesOf.length ? (
        <p>
          Date ou délai de : <TaskLinks tasks={q.datesOf} />.
        </p>
      ) : null}
      {q.opens.length ? (
        <p>
          Décide si l’on pose : <QuestionLinks questions={q.opens} />.
        </p>
      ) : null}
    </li>
  )
}

function Task({ t }: { t: MapTask }) {
  return (
    <li id={taskAnchor(t.id)}>
      <h4>{t.title}</h4>
      <ul>
        {t.kindLabel ? <li>Type : {t.kindLabel}</li> : null}
        <li>Condition : {t.condition ?? 'toujours affichée'}</li>
        {t.deadlines.length ? (
          t.deadlines.length === 1 ? (
            <li>Délai : {t.deadlines[0]}</li>
          ) : (
            <li>
              Délai (la première règle qui s’applique) :
              <ol>
                {t.deadlines.map((d) => (
                  <li>{d}</li>
                ))}
              </ol>
            </li>
          )
        ) : (
          <li>Délai : aucun</li>
        )}
        {t.starts.length ? <li>À partir de : {t.starts.join(' ; sinon ')}</li> : null}
        <li>Période : {t.section.label}</li>
        {t.questions.length ? (
          <li>
            Questions : <QuestionLinks questions={t.questions} />
          </li>
        ) : null}
        {t.fiches.length ? (
          <li>
            Fiches :{' '}
            {t.fiches.map((f, i) => (
              <>
                {i ? ', ' : ''}
                <a href={f.url}>
                  {f.id} « {f.title} »
                </a>
              </>
            ))}
          </li>
        ) : null}
      </ul>
    </li>
  )
}

export function JourneyMapView({ map }: { map: JourneyMap }) {
  const taskCount = map.sections.reduce((n, s) => n + s.tasks.length, 0)
  return (
    <>
      <nav class="breadcrumb" aria-label="Vous êtes ici">
        <ol>
          <li>
            <a href="/">Accueil</a>
          </li>
          <li>
            <a href={`/parcours/${map.id}`}>{map.title}</a>
          </li>
          <li aria-current="page">Carte du parcours</li>
        </ol>
      </nav>
      <h1>Carte du parcours « {map.title} »</h1>
      <p class="lead">
        Pour relire le parcours sans le YAML : {map.questions.length} questions et ce que change chaque réponse, {taskCount} démarches avec leur
        condition, leur délai et leur période.
      </p>
      <nav aria-labelledby="sommaire">
        <h2 id="sommaire">Sommaire</h2>
        <ul>
          <li>
            <a href="#questions">Les questions</a>
          </li>
          {map.sections.map((s, i) => (
            <li>
              <a href={`#periode-${i}`}>
                {s.section.label} ({s.tasks.length})
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <section aria-labelledby="questions">
        <h2 id="questions">Les questions, dans l’ordre où elles sont posées</h2>
        <ol>
          {map.questions.map((q) => (
            <Question q={q} />
          ))}
        </ol>
      </section>
      <section aria-labelledby="demarches">
        <h2 id="demarches">Les démarches, par période</h2>
        {map.sections.map((s, i) => (
          <section aria-labelledby={`periode-${i}`}>
            <h3 id={`periode-${i}`}>{s.section.label}</h3>
            <ul>
              {s.tasks.map((t) => (
                <Task t={t} />
              ))}
            </ul>
          </section>
        ))}
      </section>
    </>
  )
}
