/**
 * « Avis des usagers »: comments on the journeys, and ratings of the calls received.
 * @module
 */
import { dayInWords } from '../../agent/day.ts'
import { describeParis } from '../../callbacks/paris-time.ts'
import type { CallSatisfaction, FeedbackEntry } from '../../storage/storage.ts'
import { Layout } from '../../views/layout.tsx'

function CallRatings({ ratings, journeyTitle, centreName }: { ratings: CallSatisfaction[]; journeyTitle: (id: string) => string; centreName: (id: string) => string }) {
  if (!ratings.length) return <p>Aucun avis récent sur les appels.</p>
  return (
    <div class="table-wrap">
      <table>
        <caption>Derniers avis sur les appels</caption>
        <thead>
          <tr>
            <th scope="col">Jour</th>
            <th scope="col">Parcours</th>
            <th scope="col">Centre</th>
            <th scope="col" class="number">Note</th>
            <th scope="col">Commentaire</th>
          </tr>
        </thead>
        <tbody>
          {ratings.map((r) => (
            <tr>
              <td>{dayInWords(r.day)}</td>
              <td>{journeyTitle(r.journey)}</td>
              <td>{centreName(r.centre)}</td>
              <td class="number">{r.rating} / 5</td>
              <td class="comment">
                {r.comment ?? ''}
                {r.reference ? (
                  <>
                    {r.comment ? ' ' : ''}
                    <a href={`/agent/recherche?reference=${r.reference}`}>{r.reference}</a>
                  </>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

export function FeedbackPage({
  entries,
  ratings,
  journeyTitle,
  centreName,
}: {
  entries: FeedbackEntry[]
  ratings: CallSatisfaction[]
  journeyTitle: (id: string) => string
  centreName: (id: string) => string
}) {
  const withComments = entries.filter((e) => e.comment)
  return (
    <Layout title="Avis des usagers" site="agent" signedIn>
      <h1>Avis des usagers</h1>
      <p>Les commentaires sont effacés à la fin de la durée de conservation ; les notes restent dans les résultats publics.</p>
      <h2>Sur les appels</h2>
      <CallRatings ratings={ratings} journeyTitle={journeyTitle} centreName={centreName} />
      <h2>Sur les parcours</h2>
      {withComments.length ? (
        <div class="table-wrap">
          <table>
            <caption>Derniers commentaires</caption>
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Parcours</th>
                <th scope="col" class="number">Note</th>
                <th scope="col">Commentaire</th>
              </tr>
            </thead>
            <tbody>
              {withComments.map((e) => (
                <tr>
                  <td>{describeParis(e.createdAt)}</td>
                  <td>{journeyTitle(e.journey)}</td>
                  <td class="number">{e.rating} / 5</td>
                  <td class="comment">{e.comment}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>Aucun commentaire récent.</p>
      )}
    </Layout>
  )
}
