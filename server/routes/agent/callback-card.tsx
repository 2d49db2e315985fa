/**
 * One callback as the agent works it: who, the number to call, the journey, the centre
 * by its name, its status and who set it, the buttons allowed now, what the usager
 * shared, and their rating of the call.
 * @module
 */
import { allowedActions, ACTION_LABELS, slotStarted } from '../../agent/actions.ts'
import { STATUS_LABELS } from '../../agent/day.ts'
import { describeParis, timeParis } from '../../callbacks/paris-time.ts'
import { formatPhone } from '../../callbacks/phone.ts'
import type { CallSatisfaction, StoredCallback } from '../../storage/storage.ts'
import { SummaryView } from './summary-view.tsx'
import { BackFields, type Back, type ViewContext } from './view-context.tsx'

/** Who set the status and when; for the usager's cancellation, that their answers went with it. */
export function statusLine(callback: StoredCallback): string | null {
  if (callback.cancelledBy === 'usager') {
    const when = callback.cancelledAt ?? callback.statusAt
    return `Annulé par l’usager${when ? ` le ${describeParis(when)}` : ''}${callback.summaryErased ? ' (réponses effacées)' : ''}`
  }
  if (callback.statusBy && callback.statusAt) return `${STATUS_LABELS[callback.status]} par ${callback.statusBy} le ${describeParis(callback.statusAt)}`
  return null
}

/** The usager's name, or why there is none. */
export function displayName(callback: StoredCallback): string {
  return callback.name ?? (callback.cancelledBy === 'usager' ? 'Usager (nom effacé)' : 'Usager (nom non indiqué)')
}

function backQuery(back: Back): string {
  return back.view === 'jour' ? `?back=jour&date=${back.date}` : `?back=${back.view}`
}

function Actions({ callback, back, now }: { callback: StoredCallback; back: Back; now: Date }) {
  const actions = allowedActions(callback, now)
  if (!actions.length) return null
  return (
    <div class="callback__actions" role="group" aria-label={`Marquer le rappel ${callback.reference}`}>
      {actions.map((status) =>
        status === 'cancelled' ? (
          // Cancelling is final and frees the place: a second step asks to confirm. (In a
          // block like the forms, so the flex row does not stretch the link.)
          <div>
            <a class="button button--secondary button--small" href={`/agent/rappels/${callback.reference}/annuler${backQuery(back)}`}>
              {ACTION_LABELS.cancelled}…
            </a>
          </div>
        ) : (
          <form method="post" action={`/agent/rappels/${callback.reference}/statut`}>
            <input type="hidden" name="status" value={status} />
            <BackFields back={back} />
            <button class={status === 'called' ? 'button button--small' : 'button button--secondary button--small'} type="submit">
              {ACTION_LABELS[status]}
            </button>
          </form>
        ),
      )}
      {slotStarted(callback, now) ? null : <span class="hint">« Appelé » et « Injoignable » à partir de {timeParis(callback.start)}.</span>}
    </div>
  )
}

function SatisfactionView({ satisfaction }: { satisfaction: CallSatisfaction }) {
  return (
    <p class="callback__rating">
      <strong>Avis de l’usager sur l’appel : {satisfaction.rating} / 5</strong>
      {satisfaction.comment ? (
        <>
          <br />
          <span class="comment">{satisfaction.comment}</span>
        </>
      ) : null}
    </p>
  )
}

export function CallbackCard({
  callback,
  context,
  back,
  satisfaction,
}: {
  callback: StoredCallback
  context: ViewContext
  back: Back
  satisfaction?: CallSatisfaction | undefined
}) {
  const who = displayName(callback)
  const status = statusLine(callback)
  return (
    <article class="callback" id={callback.reference} aria-labelledby={`${callback.reference}-who`}>
      <div class="callback__head">
        <div>
          <h3 class="callback__who" id={`${callback.reference}-who`}>
            {who} <span class={`badge badge--${callback.status}`}>{STATUS_LABELS[callback.status]}</span>
          </h3>
          <p>
            {callback.phone ? (
              <a class="callback__phone" href={`tel:${callback.phone}`}>
                {formatPhone(callback.phone)}
              </a>
            ) : (
              <span>Numéro effacé (rappel annulé par l’usager)</span>
            )}
            <br />
            {context.journeyTitle(callback.journey)} · référence <strong>{callback.reference}</strong>
            {status ? (
              <>
                <br />
                <span class="hint">{status}</span>
              </>
            ) : null}
          </p>
        </div>
        {context.canWrite ? <Actions callback={callback} back={back} now={context.now} /> : null}
      </div>
      <SummaryView callback={callback} />
      {satisfaction ? <SatisfactionView satisfaction={satisfaction} /> : null}
    </article>
  )
}
