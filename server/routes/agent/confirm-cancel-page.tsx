/**
 * The second step of « Annulé »: cancelling is final and gives the place back, so the
 * agent confirms on a page of its own (no script: the console's CSP allows none).
 * @module
 */
import { describeParis } from '../../callbacks/paris-time.ts'
import type { StoredCallback } from '../../storage/storage.ts'
import { Layout } from '../../views/layout.tsx'
import { BackFields, backUrl, type Back, type ViewContext } from './view-context.tsx'

export function ConfirmCancelPage({ callback, context, back }: { callback: StoredCallback; context: Pick<ViewContext, 'journeyTitle'>; back: Back }) {
  return (
    <Layout title={`Annuler le rappel ${callback.reference}`} site="agent" signedIn>
      <h1>Annuler le rappel {callback.reference} ?</h1>
      <div class="notice notice--warning">
        <p>
          Rappel de <strong>{callback.name ?? 'l’usager'}</strong> le {describeParis(callback.start)} ({context.journeyTitle(callback.journey)}).
        </p>
        <p>L’annulation est définitive : le rappel ne pourra plus être marqué « Appelé », et sa place sera libérée pour un autre usager.</p>
      </div>
      <form method="post" action={`/agent/rappels/${callback.reference}/statut`} class="form-row">
        <input type="hidden" name="status" value="cancelled" />
        <input type="hidden" name="confirm" value="oui" />
        <BackFields back={back} />
        <button class="button" type="submit">
          Oui, annuler le rappel
        </button>
        <a class="button button--secondary" href={backUrl(back, callback.reference, false)}>
          Non, revenir
        </a>
      </form>
    </Layout>
  )
}
