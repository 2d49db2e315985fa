import { describeDeadline } from '../../../engine/plan/deadline.ts'
import type { InputProblem, QuestionKind, Translations } from './types.ts'

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

export const fr: Translations = {
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
  communeHint: 'Tapez le début du nom de la commune ou son code postal, puis choisissez-la dans la liste.',
  communeCodeHint: 'Le code INSEE de la commune, 5 caractères (par exemple 75056 pour Paris, 2A004 pour Ajaccio).',
  communeListLabel: 'Communes trouvées',
  communeSearching: 'Recherche des communes…',
  communeFound: (n) => `${plural(n, 'commune trouvée', 'communes trouvées')} : utilisez les flèches haut et bas pour choisir.`,
  communeNone: 'Aucune commune ne correspond : vérifiez l’orthographe ou tapez le code postal.',
  communeUnavailable: 'La recherche de communes ne répond pas : indiquez le code INSEE de la commune (5 caractères, par exemple 75056 pour Paris).',
  sensitiveNotice:
    "Pour votre sécurité, vos réponses ne sont gardées que dans cet onglet, jusqu'à sa fermeture. « Quitter ce site » (ou 3 appuis sur la touche Maj) les efface aussitôt. En cas de danger, appelez le 17 ou envoyez un SMS au 114.",
  quickExit: 'Quitter ce site',
  // --- Sensitive journeys: quick exit shortcut, new tabs, cautions (engineer "sensitive") ---
  quickExitShortcut: ', ou appuyez 3 fois sur la touche Maj (Shift)',
  quickExitPressMore: (n) => (n === 1 ? 'Shift, appuyez encore une fois pour quitter.' : `Shift, appuyez encore ${n} fois pour quitter.`),
  quickExitExpired: 'Raccourci « Quitter ce site » annulé.',
  quickExitLoading: 'Chargement.',
  newTab: ' (nouvel onglet)',
  sensitiveCaution:
    "Attention : une liste imprimée ou un rendez-vous dans l'agenda peut être vu par d'autres personnes (un agenda est souvent synchronisé avec un téléphone ou un ordinateur partagé).",
  resumedInTab: 'Nous avons repris vos réponses gardées dans cet onglet.',
  // --- end of sensitive journeys ---
  communeChosen: (label) => `Commune choisie : ${label}`,
  reusedIntro: 'Vous avez déjà répondu à ces questions sur ce site :',
  alreadyAnswered: 'déjà répondu',
  modify: 'modifier',
  modifyAnswer: (q) => `Modifier la réponse : ${q}`,
  problem,

  planTitle: 'Vos démarches',
  planIntro: (count, mandatory) =>
    `${plural(count, 'démarche', 'démarches')} pour votre situation, dont ${plural(mandatory, 'obligatoire', 'obligatoires')}.`,
  planEmpty: 'Aucune démarche ne correspond à votre situation.',
  planDated: (date) => `Liste établie le ${date} pour votre situation.`,
  planCounts: ({ todo, advice, automatic, maybe }) =>
    [
      plural(todo, 'démarche à faire', 'démarches à faire'),
      maybe ? `${maybe} peut-être` : '',
      advice ? `${advice} si besoin` : '',
      automatic ? `${plural(automatic, 'faite', 'faites')} pour vous` : '',
    ]
      .filter(Boolean)
      .join(' · '),
  statusTodo: 'À faire',
  statusDone: 'Fait',
  dueRelative: (days, date) =>
    days < -1 ? `dépassé depuis ${-days} jours`
    : days === -1 ? 'dépassé depuis hier'
    : days === 0 ? "aujourd'hui"
    : days === 1 ? 'demain'
    : days < 14 ? `dans ${days} jours`
    : `avant le ${date}`,
  startsRelative: (date) => `à partir du ${date}`,
  firstBadge: 'À faire en premier',
  overdueGroup: 'En retard : à faire dès que possible',
  askDone: "L'avez-vous déjà fait ?",
  yesDone: "Oui, c'est fait",
  notDoneYet: 'Pas encore fait',
  maybeTitle: 'Peut-être, selon votre situation',
  maybeIntro: 'Vous avez répondu « Je ne sais pas » à certaines questions : ces démarches vous concernent peut-être.',
  maybeDecides: (conditions) => `Elle vous concerne ${conditions.join(', et ')}.`,
  adviceTitle: 'Si besoin',
  adviceIntro: "À faire seulement si votre situation l'exige.",
  automaticTitle: "Rien à faire : c'est automatique",
  automaticIntro: 'Vous n’avez rien à faire : ces organismes sont prévenus ou agissent d’eux-mêmes.',
  automaticLine: (organisation) => `Rien à faire : ${organisation} s’en charge.`,
  callbackCardTitle: 'Besoin d’aide pour ces démarches ?',
  callbackCardText: 'Un conseiller peut vous rappeler gratuitement, au moment de votre choix.',
  callbackCardButton: 'Être rappelé par un conseiller',
  printPdf: 'Imprimer ou enregistrer en PDF',
  keepLink: 'Retrouver ma liste plus tard',
  keepLinkIntro:
    'Ce lien contient vos réponses après le signe # : elles ne sont envoyées à aucun serveur. Gardez-le pour vous : toute personne qui l’ouvre voit votre liste.',
  linkLabel: 'Lien vers votre liste',
  copyLink: 'Copier le lien',
  linkCopied: 'Lien copié.',
  copyFailed: 'La copie n’a pas fonctionné : sélectionnez le lien et copiez-le.',
  emailLink: 'M’envoyer ce lien par e-mail',
  emailSubject: (title) => `Ma liste de démarches : ${title}`,
  emailBody: (url) => `Pour retrouver ma liste de démarches, ouvrir ce lien :\n${url}`,
  restoredFromLink: 'Nous avons retrouvé votre liste à partir de votre lien.',
  restoredOlderLink:
    'Ce lien vient d’une version précédente du parcours : nous avons repris les réponses qui s’appliquent encore. Répondez aux questions nouvelles ou modifiées.',
  forget: 'Effacer mes réponses sur cet appareil',
  forgetConfirm: 'Effacer toutes les réponses et les démarches cochées que ce site garde dans ce navigateur, pour tous les parcours ?',
  forgetYes: 'Oui, tout effacer',
  forgotten: 'Vos réponses ont été effacées de cet appareil.',
  restartForgetShared: 'Oublier aussi les réponses partagées avec les autres parcours (date de naissance, situation…)',
  dontKnow: 'Je ne sais pas',
  officialReferences: 'Informations officielles',
  letterModel: 'Modèle de lettre',
  onlineService: 'Service en ligne',
  form: 'Formulaire',
  summaryToggle: (count) => `Vos réponses (${count}) : voir ou modifier`,
  mandatory: 'Obligatoire',
  recommended: 'Conseillé',
  dueBefore: (date) => `À faire avant le ${date}`,
  startsOn: (date) => `À partir du ${date}`,
  deadlineRule: (rule) => describeDeadline(rule, 'anchor' in rule && rule.anchor ? `« ${rule.anchor} »` : undefined),
  overdue: (date) => `Date limite dépassée (${date}) : à faire dès que possible`,
  contact: 'Qui contacter',
  phone: 'Téléphone',
  website: 'Site internet',
  fiche: 'Fiche officielle',
  documents: 'Documents à prévoir',
  why: 'Pourquoi cette démarche ?',
  whyBecause: 'Vous avez indiqué :',
  whyAlways: 'Cette démarche concerne toutes les situations de ce parcours.',
  markDone: "C'est fait",
  doneCount: (done, total) => `${done} sur ${total} ${total > 1 ? 'démarches faites' : 'démarche faite'}`,
  taskDone: (title) => `Démarche cochée comme faite : ${title}`,
  taskUndone: (title) => `Démarche à faire : ${title}`,
  addToCalendar: 'Ajouter à mon agenda',
  calendarHint: (count) => `Fichier .ics, ${plural(count, 'démarche datée', 'démarches datées')}`,
  print: 'Imprimer la liste',
  actionsTitle: 'Garder votre liste',
  summaryTitle: 'Vos réponses',
  planReady: (count) => `Votre liste est prête : ${plural(count, 'démarche', 'démarches')}.`,

  callbackTitle: 'Être rappelé par un conseiller',
  callbackIntro: 'Un conseiller peut vous appeler gratuitement pour vous aider dans ces démarches.',
  openCallback: 'Être rappelé par un conseiller',
  slotsLoading: 'Recherche des créneaux disponibles…',
  slotsError: 'Les créneaux ne peuvent pas être chargés pour le moment. Réessayez plus tard.',
  noSlots: "Aucun créneau n'est disponible pour le moment. Réessayez dans quelques jours.",
  callbackFormTitle: 'Votre demande de rappel',
  chooseDay: 'Jour du rappel',
  chooseSlot: 'Heure du rappel',
  slotRequired: 'Choisissez une heure de rappel.',
  phoneLabel: 'Votre numéro de téléphone',
  phoneHint: 'Un numéro français, y compris en outre-mer. Par exemple : 06 12 34 56 78 ou +262 692 12 34 56.',
  phoneRequired: 'Indiquez votre numéro de téléphone.',
  phoneInvalid:
    "Ce numéro de téléphone n'est pas valide. Indiquez 10 chiffres comme 06 12 34 56 78, ou l'indicatif comme +33 6 12 34 56 78 ou +590 690 12 34 56.",
  nameLabel: 'Votre nom (facultatif)',
  consentLabel: "J'accepte d'être rappelé(e) à ce numéro, sur le créneau choisi.",
  consentRequired: 'Cochez la case pour donner votre accord, sans quoi le rappel ne peut pas être réservé.',
  recapTitle: 'Vérifiez votre demande de rappel',
  recapSlot: 'Rendez-vous',
  recapPhone: 'Numéro',
  recapName: 'Nom',
  recapSummary: 'Réponses transmises au conseiller',
  confirmBooking: 'Confirmer le rendez-vous',
  booking: 'Réservation en cours…',
  slotFull: "Ce créneau vient d'être complet. Choisissez-en un autre.",
  bookingError: "La réservation n'a pas abouti. Vérifiez votre connexion et réessayez.",
  confirmedTitle: 'Votre rendez-vous est confirmé',
  confirmedText: (when) => `Un conseiller vous appellera ${when}.`,
  reference: 'Référence',
  cancelBooking: 'Annuler le rendez-vous',
  cancelled: 'Votre rendez-vous a été annulé.',
  cancelError: "L'annulation n'a pas abouti. Réessayez ou appelez le service.",
  callbackClose: 'Fermer',
  slotWhen: (day, start, end) => `le ${day}, entre ${start} et ${end}`,

  // Callback flow and post-call satisfaction (engineer "callback", issues 11 and 12).
  clockTime: (hour, minute) => (minute ? `${hour}\u00a0h\u00a0${String(minute).padStart(2, '0')}` : `${hour}\u00a0h`),
  clockRange: (start, end) => `${fr.clockTime(...start)} – ${fr.clockTime(...end)}`,
  slotsOfDay: (day) => `Heures disponibles le ${day}`,
  shareLabel: "J'accepte que le conseiller voie le récapitulatif de mes réponses (facultatif).",
  shareHint:
    'Il connaîtra alors votre situation avant de vous appeler. Sans votre accord, il verra seulement le nom du parcours, et vous posera ses questions au téléphone.',
  callerTitle: 'Qui vous appellera',
  callerLine: (caller, number, hidden, when) => {
    const from = hidden ? 'en numéro masqué' : number ? `depuis le ${number.replace(/ /g, '\u00a0')}` : ''
    return `${caller ?? 'Un conseiller'} vous appellera${[when, from].filter(Boolean).map((p) => ` ${p}`).join(',')}.`
  },
  voicemailNone: 'Le conseiller ne laisse pas de message sur le répondeur.',
  voicemailLeaves: 'Si vous ne répondez pas, le conseiller peut laisser un message sur le répondeur.',
  safetyTitle: 'Pour votre sécurité',
  safetyTips: [
    'Choisissez un moment où vous pourrez parler sans être entendu(e), dans un endroit sûr.',
    "Indiquez de préférence le numéro d'un téléphone que vous êtes seul(e) à utiliser.",
  ],
  safetyMayBeHidden: "L'appel peut aussi s'afficher en numéro masqué ou inconnu.",
  safetySomeoneElse:
    "Si quelqu'un d'autre décroche, ou si vous ne pouvez pas parler librement, vous pouvez raccrocher, puis demander un autre rappel.",
  recapConsent: 'Accord pour être rappelé(e)',
  recapShared: 'Transmises au conseiller :',
  recapNotShared: 'Non transmises : le conseiller verra seulement le nom du parcours.',
  noteTitle: 'Notez ces informations',
  cancelCode: "Code d'annulation",
  cancelElsewhere: 'Pour annuler depuis un autre appareil, saisissez la référence et le code sur la page',
  sharedConfirmed: 'Le conseiller verra le récapitulatif de vos réponses.',
  notSharedConfirmed: 'Le conseiller verra seulement le nom du parcours.',
  addCallToCalendar: 'Ajouter ce rendez-vous à mon agenda',
  calendarCaution:
    "Attention : un rendez-vous ajouté à l'agenda peut être vu par les autres personnes qui utilisent cet appareil ou ce compte.",
  cancelConfirm: (when) => `Annuler le rendez-vous ${when} ? Le créneau sera proposé à quelqu'un d'autre.`,
  cancelYes: 'Oui, annuler',
  cancelNo: 'Non, garder',
  cancelling: 'Annulation en cours…',
  cancelTooLate: 'Ce rendez-vous a commencé ou a déjà eu lieu : il ne peut plus être annulé.',
  cancelledByCentre: 'Votre rendez-vous a été annulé par le service. Vous pouvez demander un autre rappel.',
  satisfactionTitle: 'Cet appel vous a-t-il aidé ?',
  satisfactionIntro: 'Un conseiller vous a rappelé. Votre réponse aide le service à s’améliorer.',
  satisfactionLow: 'Pas du tout',
  satisfactionHigh: 'Tout à fait',
  satisfactionComment: 'Un commentaire (facultatif)',
  satisfactionCommentHint: (max) => `${max} caractères au maximum. N'indiquez pas d'informations personnelles (nom, numéro, adresse…).`,
  satisfactionSend: 'Envoyer',
  satisfactionLater: 'Pas maintenant',
  satisfactionThanks: 'Merci pour votre réponse.',
  satisfactionDismissed: 'Entendu : cette question ne vous sera plus posée.',
  satisfactionError: "Votre réponse n'a pas pu être envoyée. Réessayez plus tard.",

  feedbackTitle: 'Cette aide vous a-t-elle été utile ?',
  ratingLabels: ['1 — Pas du tout utile', '2 — Peu utile', '3 — Moyennement utile', '4 — Utile', '5 — Très utile'],
  commentLabel: 'Votre commentaire (facultatif)',
  commentHint: "N'indiquez pas d'informations personnelles (nom, numéro, adresse…).",
  sendFeedback: 'Envoyer mon avis',
  feedbackThanks: 'Merci pour votre avis : il nous aide à améliorer ce service.',
  feedbackError: "Votre avis n'a pas pu être envoyé. Réessayez plus tard.",
  ratingRequired: 'Choisissez une note de 1 à 5.',
  commentTooLong: (max) => `Votre commentaire doit faire ${max} caractères au maximum.`,

  // Parts loaded on demand: plan, call-back, feedback (engineer "bundle", issue 11).
  partLoading: 'Chargement…',
  partFailed: "Cette partie du service n'a pas pu être chargée. Vérifiez votre connexion à internet puis réessayez : vos réponses sont conservées.",
  partRetry: 'Réessayer',

  // « Je donne mon avis » of the Services Publics + observatory (jdma attribute).
  jdmaIntro: 'Aidez-nous à améliorer ce service : donnez votre avis, cela prend 2 minutes.',
  jdmaAlt: 'Je donne mon avis',
  newWindow: 'nouvelle fenêtre',
}
