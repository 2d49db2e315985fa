/**
 * Every sentence of the widget's own interface, typed so that a missing English
 * string is a compile error. Journey content (questions, démarches) stays as written.
 * @module
 */
import type { AnswerProblem, PlanTask } from '../../../engine/runtime/index.ts'

export type Locale = 'fr' | 'en'

/** Problems the widget finds before the engine can check a value (a half-typed date). */
export type InputProblem = AnswerProblem | { code: 'date-incomplete' } | { code: 'year-format' }

export interface QuestionKind {
  type: string
  options?: { value: string; label: string }[]
}

/** The words of the question screen and what surrounds it: in the first question's download. */
export interface QuestionWords {
  locale: Locale
  /** BCP 47 tag for Intl formatters. */
  intl: string
  /** " :" in French (with a no-break space), ":" in English. */
  colon: string

  loading: string
  errorTitle: string
  unknownJourney(id: string): string
  unreachable: string
  invalidJourney: string
  discardedOtherVersion: string
  discardedUnreadable: string
  resumed: string

  step(step: number, total: number): string
  continue: string
  back: string
  restart: string
  restartConfirm: string
  restartYes: string
  cancel: string
  errorSummaryTitle: string
  errorPrefix: string
  yes: string
  no: string
  day: string
  month: string
  year: string
  dateHint: string
  chooseCountry: string
  /** When the widget has no server to search communes: the INSEE code is typed. */
  communeCodeHint: string
  /** Shown and announced while the exit page loads (the widget is blanked). */
  quickExitLoading: string
  /** « Nous avons repris vos réponses » when they were kept in the tab only. */
  resumedInTab: string
  // --- end of sensitive journeys ---
  reusedIntro: string
  modifyAnswer(question: string): string
  problem(problem: InputProblem, question: QuestionKind): string
  restoredFromLink: string
  restoredOlderLink: string
  forget: string
  forgetConfirm: string
  forgetYes: string
  forgotten: string
  restartForgetShared: string
  dontKnow: string
  taskDone(title: string): string
  taskUndone(title: string): string
  planReady(count: number): string

  // Parts loaded on demand: plan, call-back, feedback (engineer "bundle", issue 11).
  /** While a part of the widget downloads (a slow connection). */
  partLoading: string
  /** A part could not be downloaded. */
  partFailed: string
  partRetry: string
}

/** The words of the commune picker, the quick exit and the reused answers: in their chunks (English: with the question's). */
export interface ExtraWords {
  communeHint: string
  communeListLabel: string
  communeSearching: string
  communeFound(count: number): string
  communeNone: string
  communeUnavailable: string
  communeChosen(label: string): string
  /** Sensitive journeys (violences…): nothing kept, and a way out. */
  sensitiveNotice: string
  quickExit: string
  /** Read after « Quitter ce site » by screen readers (visually hidden). */
  quickExitShortcut: string
  /** Announced as Shift is pressed: « Shift, appuyez encore 2 fois pour quitter. » */
  quickExitPressMore(remaining: number): string
  quickExitExpired: string
  alreadyAnswered: string
  modify: string
}

/** The words of the plan, the call-back, the feedback, the post-call question: downloaded with them. */
export interface PlanWords {
  /** After a link that opens in a new tab (visually hidden). */
  newTab: string
  /** Next to « Imprimer » and « Ajouter à mon agenda » on sensitive journeys. */
  sensitiveCaution: string

  planTitle: string
  planIntro(count: number, mandatory: number): string
  /** « Liste établie le 3 décembre 2026 pour votre situation. » */
  planDated(date: string): string
  /** The plan's header: how many to do, if needed, done for you, maybe. */
  planCounts(counts: { todo: number; advice: number; automatic: number; maybe: number }): string
  statusTodo: string
  statusDone: string
  /** A due date relative to today: « aujourd'hui », « dans 13 jours », « dépassé depuis 3 jours »… `date` is the day written out. */
  dueRelative(days: number, date: string): string
  startsRelative(date: string): string
  firstBadge: string
  overdueGroup: string
  askDone: string
  yesDone: string
  notDoneYet: string
  maybeTitle: string
  maybeIntro: string
  maybeDecides(conditions: string[]): string
  adviceTitle: string
  adviceIntro: string
  automaticTitle: string
  automaticIntro: string
  automaticLine(organisation: string): string
  callbackCardTitle: string
  callbackCardText: string
  callbackCardButton: string
  printPdf: string
  keepLink: string
  keepLinkIntro: string
  linkLabel: string
  copyLink: string
  linkCopied: string
  copyFailed: string
  emailLink: string
  emailSubject(title: string): string
  emailBody(url: string): string
  officialReferences: string
  letterModel: string
  onlineService: string
  form: string
  summaryToggle(count: number): string
  planEmpty: string
  mandatory: string
  recommended: string
  dueBefore(date: string): string
  /** A démarche that cannot be done before a date: « À partir du 24 décembre 2026 ». */
  startsOn(date: string): string
  /** A deadline rule in words: "14 days after “Date of death”", "within 3 months". */
  deadlineRule(rule: NonNullable<PlanTask['rule']>): string
  overdue(date: string): string
  contact: string
  phone: string
  website: string
  fiche: string
  documents: string
  why: string
  whyBecause: string
  whyAlways: string
  markDone: string
  doneCount(done: number, total: number): string
  addToCalendar: string
  calendarHint(count: number): string
  print: string
  actionsTitle: string
  summaryTitle: string

  callbackTitle: string
  callbackIntro: string
  openCallback: string
  slotsLoading: string
  slotsError: string
  noSlots: string
  callbackFormTitle: string
  chooseDay: string
  chooseSlot: string
  slotRequired: string
  phoneLabel: string
  phoneHint: string
  phoneRequired: string
  phoneInvalid: string
  nameLabel: string
  consentLabel: string
  consentRequired: string
  recapTitle: string
  recapSlot: string
  recapPhone: string
  recapName: string
  recapSummary: string
  confirmBooking: string
  booking: string
  slotFull: string
  bookingError: string
  confirmedTitle: string
  confirmedText(when: string): string
  reference: string
  cancelBooking: string
  cancelled: string
  cancelError: string
  callbackClose: string
  slotWhen(day: string, start: string, end: string): string

  // Callback flow and post-call satisfaction (engineer "callback", issues 11 and 12).
  /** « 9 h 30 » / "9:30 am", Paris time. */
  clockTime(hour: number, minute: number): string
  /** « 9 h – 9 h 30 » / "9:00 – 9:30 am". */
  clockRange(start: readonly [number, number], end: readonly [number, number]): string
  /** The legend of a day's times: « Heures disponibles le jeudi 26 novembre ». */
  slotsOfDay(day: string): string
  shareLabel: string
  shareHint: string
  callerTitle: string
  /** « Un conseiller Services Publics + vous appellera [le jeudi…, entre 9 h et 9 h 30,] depuis le 01 23 45 67 89. » */
  callerLine(caller: string | null, number: string | null, hidden: boolean, when?: string): string
  voicemailNone: string
  voicemailLeaves: string
  safetyTitle: string
  /** Before the number's tip: when to call, whose phone. */
  safetyTips: readonly [string, string]
  /** Said unless the centre already calls from a hidden number. */
  safetyMayBeHidden: string
  safetySomeoneElse: string
  recapConsent: string
  recapShared: string
  recapNotShared: string
  noteTitle: string
  cancelCode: string
  cancelElsewhere: string
  sharedConfirmed: string
  notSharedConfirmed: string
  addCallToCalendar: string
  calendarCaution: string
  cancelConfirm(when: string): string
  cancelYes: string
  cancelNo: string
  cancelling: string
  cancelTooLate: string
  cancelledByCentre: string
  satisfactionTitle: string
  satisfactionIntro: string
  satisfactionLow: string
  satisfactionHigh: string
  satisfactionComment: string
  satisfactionCommentHint(max: number): string
  satisfactionSend: string
  satisfactionLater: string
  satisfactionThanks: string
  satisfactionDismissed: string
  satisfactionError: string

  feedbackTitle: string
  ratingLabels: readonly [string, string, string, string, string]
  commentLabel: string
  commentHint: string
  sendFeedback: string
  feedbackThanks: string
  feedbackError: string
  ratingRequired: string
  commentTooLong(max: number): string

  // « Je donne mon avis » of the Services Publics + observatory (jdma attribute).
  jdmaIntro: string
  jdmaAlt: string
  newWindow: string
}

export type Translations = QuestionWords & ExtraWords & PlanWords
