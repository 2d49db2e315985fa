/**
 * Search by reference, on every list: the usager on the phone reads it out.
 * @module
 */
export function SearchForm({ value = '' }: { value?: string }) {
  return (
    <form method="get" action="/agent/recherche" class="form-row" role="search" aria-label="Rechercher un rappel">
      <div>
        <label for="reference">
          Référence du rappel
          <span class="hint">Par exemple MDV-7KQ2-X9PD : majuscules et tirets facultatifs.</span>
        </label>
        <input id="reference" name="reference" type="text" value={value} autocomplete="off" spellcheck={false} maxlength={40} required />
      </div>
      <button class="button button--secondary" type="submit">
        Rechercher
      </button>
    </form>
  )
}
