/**
 * French words of the question screen and what surrounds it (notices, « Recommencer »,
 * the chunks' loading boxes): the only words in the first question's download.
 * The plan's words are in fr-plan.ts.
 * @module
 */
import type { InputProblem, QuestionKind, QuestionWords } from './types.ts'

const plural = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`
const CHOICE_TYPES = new Set(['single', 'boolean', 'country'])

function problem(p: InputProblem, q: QuestionKind): string {
  switch (p.code) {
    case 'required':
      if (q.type === 'multiple') return 'Cochez au moins une réponse.'
      if (q.type === 'country') return 'Choisissez un pays dans la liste.'
      if (CHOICE_TYPES.has(q.type)) return 'Choisissez une réponse.'
      if (q.type === 'date') return 'Indiquez une date : jour, mois et année.'
      return 'Ce champ est obligatoire : indiquez une réponse.'
    case 'not-an-option':
      return 'Choisissez une des réponses proposées.'
    case 'exclusive-option': {
      const label = q.options?.find((o) => o.value === p.option)?.label ?? p.option
      return `La réponse « ${label} » ne peut pas être cochée avec une autre réponse.`
    }
    case 'date-incomplete':
      return 'La date doit comporter un jour, un mois et une année.'
    case 'year-format':
      return "L'année doit comporter 4 chiffres, par exemple 1980."
    case 'not-a-date':
      return "Cette date n'existe pas. Indiquez une date réelle, par exemple 27 3 2026."
    case 'date-too-early':
      return `La date doit être le ${formatFr(p.min)} ou après.`
    case 'date-too-late':
      return `La date doit être le ${formatFr(p.max)} ou avant.`
    case 'not-a-number':
      return 'Indiquez un nombre en chiffres, par exemple 12.'
    case 'not-an-integer':
      return 'Indiquez un nombre entier, sans virgule.'
    case 'number-too-small':
      return `Indiquez un nombre supérieur ou égal à ${p.min}.`
    case 'number-too-large':
      return `Indiquez un nombre inférieur ou égal à ${p.max}.`
    case 'text-too-long':
      return `Votre réponse doit faire ${p.maxLength} caractères au maximum.`
    case 'not-a-country':
      return 'Choisissez un pays dans la liste.'
    case 'not-a-commune':
      return 'Choisissez la commune dans la liste (tapez le début de son nom ou son code postal), ou indiquez son code INSEE : 5 caractères, par exemple 75056 pour Paris.'
  }
}

const FR_DATE = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
function formatFr(iso: string): string {
  return FR_DATE.format(new Date(`${iso}T00:00:00Z`))
}

export const frQuestion: QuestionWords = {
  locale: 'fr',
  intl: 'fr-FR',
  colon: '\u00a0:',

  loading: 'Chargement du parcours…',
  errorTitle: 'Le parcours ne peut pas être affiché',
  unknownJourney: (id) => `Le parcours « ${id} » est introuvable. Vérifiez l'adresse de la page ou réessayez plus tard.`,
  unreachable: "Le service est momentanément injoignable. Vérifiez votre connexion à internet puis rechargez la page.",
  invalidJourney: "Le parcours reçu est illisible. Réessayez plus tard : l'équipe du site a été prévenue si le problème continue.",
  discardedOtherVersion: 'Ce parcours a été mis à jour depuis votre dernière visite : vos réponses précédentes ont été effacées. Merci de répondre à nouveau.',
  discardedUnreadable: "Vos réponses enregistrées dans ce navigateur n'ont pas pu être relues : le parcours recommence au début.",
  resumed: 'Nous avons repris vos réponses enregistrées dans ce navigateur.',

  step: (step, total) => `Étape ${step} sur ${total}`,
  continue: 'Continuer',
  back: 'Retour',
  restart: 'Recommencer',
  restartConfirm: 'Effacer toutes vos réponses et recommencer le parcours ?',
  restartYes: 'Oui, recommencer',
  cancel: 'Annuler',
  errorSummaryTitle: 'Il y a un problème',
  errorPrefix: 'Erreur :',
  yes: 'Oui',
  no: 'Non',
  day: 'Jour',
  month: 'Mois',
  year: 'Année',
  dateHint: 'Par exemple : 27 3 2026.',
  chooseCountry: 'Choisissez un pays',
  communeCodeHint: 'Le code INSEE de la commune, 5 caractères (par exemple 75056 pour Paris, 2A004 pour Ajaccio).',
  quickExitLoading: 'Chargement.',
  resumedInTab: 'Nous avons repris vos réponses gardées dans cet onglet.',
  reusedIntro: 'Vous avez déjà répondu à ces questions sur ce site :',
  modifyAnswer: (q) => `Modifier la réponse : ${q}`,
  problem,
  restoredFromLink: 'Nous avons retrouvé votre liste à partir de votre lien.',
  restoredOlderLink:
    'Ce lien vient d’une version précédente du parcours : nous avons repris les réponses qui s’appliquent encore. Répondez aux questions nouvelles ou modifiées.',
  forget: 'Effacer mes réponses sur cet appareil',
  forgetConfirm: 'Effacer toutes les réponses et les démarches cochées que ce site garde dans ce navigateur, pour tous les parcours ?',
  forgetYes: 'Oui, tout effacer',
  forgotten: 'Vos réponses ont été effacées de cet appareil.',
  restartForgetShared: 'Oublier aussi les réponses partagées avec les autres parcours (date de naissance, situation…)',
  dontKnow: 'Je ne sais pas',
  taskDone: (title) => `Démarche cochée comme faite : ${title}`,
  taskUndone: (title) => `Démarche à faire : ${title}`,
  planReady: (count) => `Votre liste est prête : ${plural(count, 'démarche', 'démarches')}.`,

  // Parts loaded on demand: plan, call-back, feedback (engineer "bundle", issue 11).
  partLoading: 'Chargement…',
  partFailed: "Cette partie du service n'a pas pu être chargée. Vérifiez votre connexion à internet puis réessayez : vos réponses sont conservées.",
  partRetry: 'Réessayer',
}
