/**
 * "Vouliez-vous dire … ?" suggestions for editors' typos.
 *
 * Editors mistype question ids, option values and function names; pointing at the
 * closest known word turns a puzzling error into a one-second fix. Runs in Node and in
 * browsers (no Node-only imports).
 * @module
 */

/** Lower case without accents: `Décès` and `deces` are the same word to a reader. */
function fold(word: string): string {
  return word.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
}

/**
 * Optimal string alignment distance (Levenshtein + adjacent transpositions), which
 * counts `lein` → `lien` as one typo rather than two. Gives up early (returns
 * `limit + 1`) once every path exceeds `limit`, so scanning many candidates stays cheap.
 */
export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1
  const width = b.length + 1
  // Three rolling rows: two back is needed for transpositions.
  let before = new Array<number>(width).fill(0)
  let previous = Array.from({ length: width }, (_, j) => j)
  let current = new Array<number>(width).fill(0)
  for (let i = 1; i <= a.length; i++) {
    current[0] = i
    let rowMin = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, before[j - 2]! + 1)
      }
      current[j] = value
      if (value < rowMin) rowMin = value
    }
    if (rowMin > limit) return limit + 1
    ;[before, previous, current] = [previous, current, before]
  }
  return previous[b.length]!
}

/**
 * The candidate closest to `word`, if it is close enough to be a plausible typo:
 * at most one edit per three characters (at least one). Case and accents are ignored
 * when measuring, so `Conjoint` suggests `conjoint`. Returns `undefined` when `word`
 * is itself a candidate (nothing to suggest) or nothing is close.
 */
export function didYouMean(word: string, candidates: Iterable<string>): string | undefined {
  const folded = fold(word)
  const limit = Math.max(1, Math.floor(folded.length / 3))
  let best: string | undefined
  let bestDistance = limit + 1
  for (const candidate of candidates) {
    if (candidate === word) return undefined
    const distance = editDistance(folded, fold(candidate), bestDistance - 1)
    // A one-letter word "at distance 1" from everything is no suggestion at all.
    if (distance < bestDistance && distance < Math.max(folded.length, candidate.length)) {
      best = candidate
      bestDistance = distance
    }
  }
  return best
}
