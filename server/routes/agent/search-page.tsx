/**
 * The result of a search by reference: the callback's card, or a plain « not found »
 * (the same for a reference of a centre the agent does not see).
 * @module
 */
import { dayInWords } from '../../agent/day.ts'
import { parisFields } from '../../callbacks/paris-time.ts'
import type { CallSatisfaction, StoredCallback } from '../../storage/storage.ts'
import { Layout } from '../../views/layout.tsx'
import { CallbackCard } from './callback-card.tsx'
import { SearchForm } from './search-form.tsx'
import type { ViewContext } from './view-context.tsx'

export function SearchPage({
  typed,
  callback,
  context,
  satisfaction,
  updated,
}: {
  typed: string
  callback: StoredCallback | null
  context: ViewContext
  satisfaction?: CallSatisfaction | undefined
  updated?: string | undefined
}) {
  const date = callback ? parisFields(callback.start).date : null
  return (
    <Layout title={callback ? `Rappel ${callback.reference}` : 'Recherche d’un rappel'} site="agent" signedIn>
      <p>
        <a href="/agent">← Rappels à venir</a>
      </p>
      <h1>Recherche d’un rappel</h1>
      <SearchForm value={typed} />
      {updated ? (
        <p class="notice" role="status">
          Rappel {updated} mis à jour.
        </p>
      ) : null}
      {callback && date ? (
        <section class="slot" aria-labelledby="resultat">
          <div class="slot__head">
            <h2 id="resultat">
              Rappel du {dayInWords(date)}, {context.centreName(callback.centre)}
            </h2>
            <a href={`/agent?date=${date}#${callback.reference}`}>Voir le jour</a>
          </div>
          <CallbackCard callback={callback} context={context} back={{ view: 'recherche' }} satisfaction={satisfaction} />
        </section>
      ) : typed ? (
        <p class="notice notice--error" role="alert">
          Aucun rappel avec la référence « {typed} ». Vérifiez-la avec l’usager : elle commence par MDV et compte 8 autres caractères.
        </p>
      ) : null}
    </Layout>
  )
}
