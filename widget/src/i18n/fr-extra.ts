/**
 * French words of the commune picker, the quick exit of sensitive journeys and the reused
 * answers above a first question: in those chunks (see extra-words.ts), not in the first
 * question's download.
 * @module
 */
import type { ExtraWords } from './types.ts'

const plural = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`

export const frExtra: ExtraWords = {
  communeHint: 'Tapez le début du nom de la commune ou son code postal, puis choisissez-la dans la liste.',
  communeListLabel: 'Communes trouvées',
  communeSearching: 'Recherche des communes…',
  communeFound: (n) => `${plural(n, 'commune trouvée', 'communes trouvées')} : utilisez les flèches haut et bas pour choisir.`,
  communeNone: 'Aucune commune ne correspond : vérifiez l’orthographe ou tapez le code postal.',
  communeUnavailable: 'La recherche de communes ne répond pas : indiquez le code INSEE de la commune (5 caractères, par exemple 75056 pour Paris).',
  sensitiveNotice:
    "Pour votre sécurité, vos réponses ne sont gardées que dans cet onglet, jusqu'à sa fermeture. « Quitter ce site » (ou 3 appuis sur la touche Maj) les efface aussitôt. En cas de danger, appelez le 17 ou envoyez un SMS au 114.",
  quickExit: 'Quitter ce site',
  quickExitShortcut: ', ou appuyez 3 fois sur la touche Maj (Shift)',
  quickExitPressMore: (n) => (n === 1 ? 'Shift, appuyez encore une fois pour quitter.' : `Shift, appuyez encore ${n} fois pour quitter.`),
  quickExitExpired: 'Raccourci « Quitter ce site » annulé.',
  communeChosen: (label) => `Commune choisie : ${label}`,
  alreadyAnswered: 'déjà répondu',
  modify: 'modifier',
}
