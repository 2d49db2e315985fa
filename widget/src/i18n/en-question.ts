/**
 * English words of the question screen and what surrounds it: a chunk downloaded when a
 * page asks for English (`lang="en"`). The plan's words are in en-plan.ts.
 * @module
 */
import type { ExtraWords, InputProblem, QuestionKind, QuestionWords } from './types.ts'

const plural = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`
const CHOICE_TYPES = new Set(['single', 'boolean', 'country'])

const EN_DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
const formatEn = (iso: string) => EN_DATE.format(new Date(`${iso}T00:00:00Z`))

function problem(p: InputProblem, q: QuestionKind): string {
  switch (p.code) {
    case 'required':
      if (q.type === 'multiple') return 'Select at least one answer.'
      if (q.type === 'country') return 'Choose a country from the list.'
      if (CHOICE_TYPES.has(q.type)) return 'Choose an answer.'
      if (q.type === 'date') return 'Enter a date: day, month and year.'
      return 'This field is required: enter an answer.'
    case 'not-an-option':
      return 'Choose one of the answers offered.'
    case 'exclusive-option': {
      const label = q.options?.find((o) => o.value === p.option)?.label ?? p.option
      return `The answer “${label}” cannot be selected with another answer.`
    }
    case 'date-incomplete':
      return 'The date must include a day, a month and a year.'
    case 'year-format':
      return 'The year must have 4 digits, for example 1980.'
    case 'not-a-date':
      return 'This date does not exist. Enter a real date, for example 27 3 2026.'
    case 'date-too-early':
      return `The date must be on or after ${formatEn(p.min)}.`
    case 'date-too-late':
      return `The date must be on or before ${formatEn(p.max)}.`
    case 'not-a-number':
      return 'Enter a number in digits, for example 12.'
    case 'not-an-integer':
      return 'Enter a whole number.'
    case 'number-too-small':
      return `Enter a number greater than or equal to ${p.min}.`
    case 'number-too-large':
      return `Enter a number less than or equal to ${p.max}.`
    case 'text-too-long':
      return `Your answer must be ${p.maxLength} characters or fewer.`
    case 'not-a-country':
      return 'Choose a country from the list.'
    case 'not-a-commune':
      return 'Choose the commune in the list (type the start of its name or its postcode), or enter its INSEE code: 5 characters, for example 75056 for Paris.'
  }
}

export const enQuestion: QuestionWords = {
  locale: 'en',
  intl: 'en-GB',
  colon: ':',

  loading: 'Loading…',
  errorTitle: 'This service cannot be displayed',
  unknownJourney: (id) => `The journey “${id}” cannot be found. Check the page address or try again later.`,
  unreachable: 'The service cannot be reached right now. Check your internet connection, then reload the page.',
  invalidJourney: 'The journey received cannot be read. Please try again later.',
  discardedOtherVersion: 'This journey has been updated since your last visit: your previous answers were cleared. Please answer again.',
  discardedUnreadable: 'Your answers saved in this browser could not be read: the journey starts again.',
  resumed: 'We restored the answers saved in this browser.',

  step: (step, total) => `Step ${step} of ${total}`,
  continue: 'Continue',
  back: 'Back',
  restart: 'Start again',
  restartConfirm: 'Clear all your answers and start again?',
  restartYes: 'Yes, start again',
  cancel: 'Cancel',
  errorSummaryTitle: 'There is a problem',
  errorPrefix: 'Error:',
  yes: 'Yes',
  no: 'No',
  day: 'Day',
  month: 'Month',
  year: 'Year',
  dateHint: 'For example: 27 3 2026.',
  chooseCountry: 'Choose a country',
  communeCodeHint: 'The INSEE code of the commune, 5 characters (for example 75056 for Paris, 2A004 for Ajaccio).',
  quickExitLoading: 'Loading.',
  resumedInTab: 'We restored the answers kept in this tab.',
  reusedIntro: 'You have already answered these questions on this site:',
  modifyAnswer: (q) => `Change your answer: ${q}`,
  problem,
  restoredFromLink: 'We found your list again from your link.',
  restoredOlderLink: 'This link comes from an earlier version of the journey: we kept the answers that still apply. Please answer the new or changed questions.',
  forget: 'Erase my answers on this device',
  forgetConfirm: 'Erase every answer and ticked procedure this site keeps in this browser, for every journey?',
  forgetYes: 'Yes, erase everything',
  forgotten: 'Your answers have been erased from this device.',
  restartForgetShared: 'Also forget the answers shared with other journeys (date of birth, situation…)',
  dontKnow: 'I don’t know',
  taskDone: (title) => `Marked as done: ${title}`,
  taskUndone: (title) => `Marked as to do: ${title}`,
  planReady: (count) => `Your list is ready: ${plural(count, 'step', 'steps')}.`,

  // Parts loaded on demand: plan, call-back, feedback (engineer "bundle", issue 11).
  partLoading: 'Loading…',
  partFailed: 'This part of the service could not be loaded. Check your internet connection and try again: your answers are kept.',
  partRetry: 'Try again',
}

/** In the same chunk: an English page gets them with the question's words. */
export const enExtra: ExtraWords = {
  communeHint: 'Type the start of the name of the commune or its postcode, then choose it in the list.',
  communeListLabel: 'Communes found',
  communeSearching: 'Searching communes…',
  communeFound: (n) => `${plural(n, 'commune found', 'communes found')}: use the up and down arrows to choose.`,
  communeNone: 'No commune matches: check the spelling or type the postcode.',
  communeUnavailable: 'The commune search is not responding: enter the INSEE code of the commune (5 characters, for example 75056 for Paris).',
  sensitiveNotice:
    'For your safety, your answers are only kept in this tab, until it is closed. "Leave this site" (or pressing Shift 3 times) erases them at once. In danger, call 17 or text 114.',
  quickExit: 'Leave this site',
  quickExitShortcut: ', or press the Shift key 3 times',
  quickExitPressMore: (n) => (n === 1 ? 'Shift, press 1 more time to leave.' : `Shift, press ${n} more times to leave.`),
  quickExitExpired: '"Leave this site" shortcut expired.',
  communeChosen: (label) => `Commune chosen: ${label}`,
  alreadyAnswered: 'already answered',
  modify: 'change',
}
