/**
 * English words of the plan, the call-back, the feedback and the post-call question: a
 * chunk downloaded on English pages once those parts are.
 * @module
 */
import type { PlanTask } from '../../../engine/runtime/index.ts'
import type { DeadlineUnit } from '../../../engine/plan/deadline.ts'
import type { PlanWords } from './types.ts'

const plural = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`

const EN_DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
const formatEn = (iso: string) => EN_DATE.format(new Date(`${iso}T00:00:00Z`))

/** French deadline units in English; "jours ouvrables" and "jours ouvrés" keep their French meaning. */
const UNITS: Record<DeadlineUnit, [string, string]> = {
  jours: ['day', 'days'],
  jours_ouvrables: ['working day (Monday to Saturday)', 'working days (Monday to Saturday)'],
  jours_ouvres: ['business day (Monday to Friday)', 'business days (Monday to Friday)'],
  semaines: ['week', 'weeks'],
  mois: ['month', 'months'],
  ans: ['year', 'years'],
}

function deadlineRule(rule: NonNullable<PlanTask['rule']>): string {
  if ('before' in rule) return `by ${formatEn(rule.before)}`
  if (rule.label) return rule.label // the editor's words, in French like the rest of the content
  const n = Math.abs(rule.add)
  const duration = `${n} ${UNITS[rule.unit][n === 1 ? 0 : 1]}`
  if (rule.from === 'today') {
    if (rule.add === 0) return 'today'
    return rule.add > 0 ? `within ${duration}` : `${duration} ago`
  }
  const anchor = rule.anchor ? `“${rule.anchor}”` : 'the date you gave'
  const postponed = !rule.nextWorkingDay
    ? ''
    : rule.add < 0
      ? ', brought forward to the previous business day if that is a Saturday, a Sunday or a public holiday'
      : ', moved to the next business day if that is a Saturday, a Sunday or a public holiday'
  if (rule.add === 0) return `by ${anchor}${postponed}`
  return `${duration} ${rule.add > 0 ? 'after' : 'before'} ${anchor}${postponed}`
}

export const enPlan: PlanWords = {
  newTab: ' (new tab)',
  sensitiveCaution:
    'Careful: a printed list or an appointment in a calendar can be seen by other people (a calendar is often synchronised with a shared phone or computer).',

  planTitle: 'Your to-do list',
  planIntro: (count, mandatory) => `${plural(count, 'step', 'steps')} for your situation, ${mandatory} of them required.`,
  planEmpty: 'No procedure matches your situation.',
  planDated: (date) => `List made on ${date} for your situation.`,
  planCounts: ({ todo, advice, automatic, maybe }) =>
    [
      `${todo} to do`,
      maybe ? `${maybe} maybe` : '',
      advice ? `${advice} if needed` : '',
      automatic ? `${automatic} done for you` : '',
    ]
      .filter(Boolean)
      .join(' · '),
  statusTodo: 'To do',
  statusDone: 'Done',
  dueRelative: (days, date) =>
    days < -1 ? `${-days} days overdue`
    : days === -1 ? 'overdue since yesterday'
    : days === 0 ? 'today'
    : days === 1 ? 'tomorrow'
    : days < 14 ? `in ${days} days`
    : `by ${date}`,
  startsRelative: (date) => `not before ${date}`,
  firstBadge: 'Do this first',
  overdueGroup: 'Overdue: do it as soon as possible',
  askDone: 'Have you already done it?',
  yesDone: 'Yes, it is done',
  notDoneYet: 'Not done yet',
  maybeTitle: 'Maybe, depending on your situation',
  maybeIntro: 'You answered “I don’t know” to some questions: these procedures may concern you.',
  maybeDecides: (conditions) => `It concerns you ${conditions.join(', and ')}.`,
  adviceTitle: 'If needed',
  adviceIntro: 'Only if your situation requires it.',
  automaticTitle: 'Nothing to do: it is automatic',
  automaticIntro: 'You have nothing to do: these bodies are informed or act on their own.',
  automaticLine: (organisation) => `Nothing to do: ${organisation} takes care of it.`,
  callbackCardTitle: 'Need help with these procedures?',
  callbackCardText: 'An adviser can call you back for free, at a time of your choice.',
  callbackCardButton: 'Ask an adviser to call me back',
  printPdf: 'Print or save as PDF',
  keepLink: 'Find my list later',
  keepLinkIntro:
    'This link holds your answers after the # sign: they are sent to no server. Keep it to yourself: anyone who opens it sees your list.',
  linkLabel: 'Link to your list',
  copyLink: 'Copy the link',
  linkCopied: 'Link copied.',
  copyFailed: 'Copying did not work: select the link and copy it.',
  emailLink: 'Email me this link',
  emailSubject: (title) => `My to-do list: ${title}`,
  emailBody: (url) => `To find my to-do list again, open this link:\n${url}`,
  officialReferences: 'Official information',
  letterModel: 'Letter template',
  onlineService: 'Online service',
  form: 'Form',
  summaryToggle: (count) => `Your answers (${count}): see or change`,
  mandatory: 'Required',
  recommended: 'Recommended',
  dueBefore: (date) => `Due by ${date}`,
  startsOn: (date) => `Not before ${date}`,
  deadlineRule,
  overdue: (date) => `Past due (${date}): do it as soon as possible`,
  contact: 'Who to contact',
  phone: 'Phone',
  website: 'Website',
  fiche: 'Official guidance',
  documents: 'Documents to bring',
  why: 'Why this step?',
  whyBecause: 'You said:',
  whyAlways: 'This step applies to every situation in this journey.',
  markDone: 'Done',
  doneCount: (done, total) => `${done} of ${total} done`,
  addToCalendar: 'Add to my calendar',
  calendarHint: (count) => `.ics file, ${plural(count, 'dated step', 'dated steps')}`,
  print: 'Print the list',
  actionsTitle: 'Keep your list',
  summaryTitle: 'Your answers',

  callbackTitle: 'Get a call back from an adviser',
  callbackIntro: 'An adviser can call you, free of charge, to help you with these steps.',
  openCallback: 'Get a call back from an adviser',
  slotsLoading: 'Looking for available times…',
  slotsError: 'Available times cannot be loaded right now. Please try again later.',
  noSlots: 'No time is available at the moment. Please try again in a few days.',
  callbackFormTitle: 'Your call-back request',
  chooseDay: 'Day of the call',
  chooseSlot: 'Time of the call',
  slotRequired: 'Choose a time for the call.',
  phoneLabel: 'Your phone number',
  phoneHint: 'A French number, overseas territories included. For example: 06 12 34 56 78 or +262 692 12 34 56.',
  phoneRequired: 'Enter your phone number.',
  phoneInvalid: 'This phone number is not valid. Enter 10 digits like 06 12 34 56 78, or with the code like +33 6 12 34 56 78 or +590 690 12 34 56.',
  nameLabel: 'Your name (optional)',
  consentLabel: 'I agree to be called at this number, at the chosen time.',
  consentRequired: 'Tick the box to give your consent, otherwise the call cannot be booked.',
  recapTitle: 'Check your call-back request',
  recapSlot: 'Appointment',
  recapPhone: 'Number',
  recapName: 'Name',
  recapSummary: 'Answers shared with the adviser',
  confirmBooking: 'Confirm the appointment',
  booking: 'Booking…',
  slotFull: 'This time has just been fully booked. Please choose another one.',
  bookingError: 'The booking failed. Check your connection and try again.',
  confirmedTitle: 'Your appointment is confirmed',
  confirmedText: (when) => `An adviser will call you ${when}.`,
  reference: 'Reference',
  cancelBooking: 'Cancel the appointment',
  cancelled: 'Your appointment has been cancelled.',
  cancelError: 'The cancellation failed. Please try again or call the service.',
  callbackClose: 'Close',
  slotWhen: (day, start, end) => `on ${day}, between ${start} and ${end}`,

  // Callback flow and post-call satisfaction (engineer "callback", issues 11 and 12).
  clockTime: (hour, minute) => `${hour % 12 || 12}:${String(minute).padStart(2, '0')}\u00a0${hour < 12 ? 'am' : 'pm'}`,
  // "9:00 – 9:30 am"; am/pm twice only when the range crosses noon.
  clockRange: (start, end) =>
    `${(start[0] < 12) === (end[0] < 12) ? enPlan.clockTime(...start).replace(/\u00a0[ap]m$/, '') : enPlan.clockTime(...start)} – ${enPlan.clockTime(...end)}`,
  slotsOfDay: (day) => `Available times on ${day}`,
  shareLabel: 'I agree that the adviser sees the summary of my answers (optional).',
  shareHint:
    'The adviser will then know your situation before calling. Without your consent, the adviser only sees the name of the journey and will ask you the questions on the phone.',
  callerTitle: 'Who will call you',
  callerLine: (caller, number, hidden, when) => {
    const from = hidden ? 'from a hidden number' : number ? `from ${number.replace(/ /g, '\u00a0')}` : ''
    return `${caller ?? 'An adviser'} will call you${[when, from].filter(Boolean).map((p) => ` ${p}`).join(',')}.`
  },
  voicemailNone: 'The adviser does not leave a voicemail message.',
  voicemailLeaves: 'If you do not answer, the adviser may leave a voicemail message.',
  safetyTitle: 'For your safety',
  safetyTips: [
    'Choose a time when you can talk without being overheard, somewhere safe.',
    'If you can, give the number of a phone that only you use.',
  ],
  safetyMayBeHidden: 'The call may also show as a hidden or unknown number.',
  safetySomeoneElse: 'If someone else answers, or if you cannot talk freely, you can hang up and ask for another call later.',
  recapConsent: 'Consent to be called',
  recapShared: 'Shared with the adviser:',
  recapNotShared: 'Not shared: the adviser will only see the name of the journey.',
  noteTitle: 'Write these down',
  cancelCode: 'Cancellation code',
  cancelElsewhere: 'To cancel from another device, enter the reference and the code on the page',
  sharedConfirmed: 'The adviser will see the summary of your answers.',
  notSharedConfirmed: 'The adviser will only see the name of the journey.',
  addCallToCalendar: 'Add this appointment to my calendar',
  calendarCaution: 'Caution: an appointment added to a calendar can be seen by other people who use this device or account.',
  cancelConfirm: (when) => `Cancel the appointment ${when}? The time will be offered to someone else.`,
  cancelYes: 'Yes, cancel',
  cancelNo: 'No, keep it',
  cancelling: 'Cancelling…',
  cancelTooLate: 'This appointment has started or already taken place: it can no longer be cancelled.',
  cancelledByCentre: 'Your appointment was cancelled by the service. You can ask for another call.',
  satisfactionTitle: 'Did this call help you?',
  satisfactionIntro: 'An adviser called you back. Your answer helps the service improve.',
  satisfactionLow: 'Not at all',
  satisfactionHigh: 'Very much',
  satisfactionComment: 'A comment (optional)',
  satisfactionCommentHint: (max) => `${max} characters at most. Do not include personal information (name, number, address…).`,
  satisfactionSend: 'Send',
  satisfactionLater: 'Not now',
  satisfactionThanks: 'Thank you for your answer.',
  satisfactionDismissed: 'All right: you will not be asked this again.',
  satisfactionError: 'Your answer could not be sent. Please try again later.',

  feedbackTitle: 'Was this service helpful?',
  ratingLabels: ['1 — Not helpful at all', '2 — Slightly helpful', '3 — Moderately helpful', '4 — Helpful', '5 — Very helpful'],
  commentLabel: 'Your comment (optional)',
  commentHint: 'Do not include personal information (name, number, address…).',
  sendFeedback: 'Send my feedback',
  feedbackThanks: 'Thank you for your feedback: it helps us improve this service.',
  feedbackError: 'Your feedback could not be sent. Please try again later.',
  ratingRequired: 'Choose a rating from 1 to 5.',
  commentTooLong: (max) => `Your comment must be ${max} characters or fewer.`,

  // « Je donne mon avis » of the Services Publics + observatory (jdma attribute): the button's picture is in French.
  jdmaIntro: 'Help us improve this service: give your opinion, it takes 2 minutes (in French).',
  jdmaAlt: 'Je donne mon avis (give my opinion)',
  newWindow: 'new window',
}
