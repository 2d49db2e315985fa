/**
 * French words of the plan, the call-back, the feedback and the post-call question:
 * downloaded with those parts (see plan-words.ts), never with the first question.
 * @module
 */
import { describeDeadline } from '../../../engine/plan/deadline.ts'
import type { PlanWords } from './types.ts'

const plural = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`

export const frPlan: PlanWords = {
  newTab: ' (nouvel onglet)',
  sensitiveCaution:
    "Attention : une liste imprimée ou un rendez-vous dans l'agenda peut être vu par d'autres personnes (un agenda est souvent synchronisé avec un téléphone ou un ordinateur partagé).",

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
  addToCalendar: 'Ajouter à mon agenda',
  calendarHint: (count) => `Fichier .ics, ${plural(count, 'démarche datée', 'démarches datées')}`,
  print: 'Imprimer la liste',
  actionsTitle: 'Garder votre liste',
  summaryTitle: 'Vos réponses',

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
  clockRange: (start, end) => `${frPlan.clockTime(...start)} – ${frPlan.clockTime(...end)}`,
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

  // « Je donne mon avis » of the Services Publics + observatory (jdma attribute).
  jdmaIntro: 'Aidez-nous à améliorer ce service : donnez votre avis, cela prend 2 minutes.',
  jdmaAlt: 'Je donne mon avis',
  newWindow: 'nouvelle fenêtre',
}
