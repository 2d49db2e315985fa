/**
 * Fiches whose titles share words with a démarche's title, for « Vouliez-vous dire … ? »
 * when the editor's fiche id does not exist: « Déclarer le décès » finds F909
 * « Déclaration de décès » whatever the digits typed. Words are compared by their first
 * letters without accents (« déclarer » and « déclaration » meet), weighted by rarity
 * across the index (« décès » counts more than « demande »).
 * @module
 */

/** Words that say nothing of a fiche's subject. */
const STOP_WORDS = new Set(
  'les des une aux par pour sur dans avec sans son ses leur leurs vos votre vous est sont qui que quoi quel quelle quels quelles comment faut peut cas lors dont entre apres avant tout tous toute toutes'.split(' '),
)
const STEM_LENGTH = 6

/** Distinct word stems of a title: lowercase, no accents, at least 3 letters, stop words left out. */
export function titleStems(title: string): string[] {
  const words = title
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length >= 3 && !STOP_WORDS.has(w))
  return [...new Set(words.map((w) => w.slice(0, STEM_LENGTH)))]
}

export interface TitleIndex {
  /** stem → ids of the fiches whose title has it */
  postings: Map<string, string[]>
  stems: Map<string, number>
  size: number
}

export function buildTitleIndex(titles: Iterable<[id: string, title: string]>): TitleIndex {
  const postings = new Map<string, string[]>()
  const stems = new Map<string, number>()
  let size = 0
  for (const [id, title] of titles) {
    const own = titleStems(title)
    stems.set(id, own.length)
    size += 1
    for (const stem of own) postings.set(stem, [...(postings.get(stem) ?? []), id])
  }
  return { postings, stems, size }
}

/**
 * The fiches best matching `title`, best first: the rarer the shared words, the better, a
 * shorter title winning a tie. A title of two words or more must share two of them, so a
 * single common word (« enfant ») does not suggest a fiche off the subject.
 */
export function fichesByTitle(index: TitleIndex, title: string, options: { limit?: number; accept?: (id: string) => boolean } = {}): string[] {
  const wanted = titleStems(title)
  const scores = new Map<string, { score: number; shared: number }>()
  for (const stem of wanted) {
    const ids = index.postings.get(stem)
    if (!ids) continue
    const weight = Math.log(index.size / ids.length)
    for (const id of ids) {
      if (options.accept && !options.accept(id)) continue
      const entry = scores.get(id) ?? { score: 0, shared: 0 }
      entry.score += weight
      entry.shared += 1
      scores.set(id, entry)
    }
  }
  const needed = Math.min(2, wanted.length)
  return [...scores]
    .filter(([, s]) => s.shared >= needed)
    .map(([id, s]) => ({ id, rank: s.score / (1 + 0.15 * (index.stems.get(id) ?? 0)) }))
    .sort((a, b) => b.rank - a.rank || (a.id < b.id ? -1 : 1))
    .slice(0, options.limit ?? 2)
    .map((s) => s.id)
}
