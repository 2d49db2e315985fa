/**
 * ISO 3166-1 alpha-2 codes of countries and territories, as one string to keep the
 * bundle small. Names come from the browser (`Intl.DisplayNames`) in the interface
 * language, so no translated list is shipped. French overseas departments and
 * collectivities are left out: they are France for a "country" question.
 * @module
 */
const CODES =
  'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BM BN BO BQ BR BS BT BV BW BY BZ ' +
  'CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR ' +
  'GA GB GD GE GG GH GI GL GM GN GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP ' +
  'KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MG MH MK ML MM MN MO MP MR MS MT MU ' +
  'MV MW MX MY MZ NA NE NF NG NI NL NO NP NR NU NZ OM PA PE PG PH PK PL PN PR PS PT PW PY QA RS RU RW SA SB SC SD ' +
  'SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ ' +
  'VA VC VE VG VI VN VU WS XK YE ZA ZM ZW'

export const COUNTRY_CODES: readonly string[] = CODES.split(' ')

/** Countries sorted by their name in the given language. */
export function sortedCountries(name: (code: string) => string, locale: string): { code: string; name: string }[] {
  const collator = new Intl.Collator(locale)
  return COUNTRY_CODES.map((code) => ({ code, name: name(code) })).sort((a, b) => collator.compare(a.name, b.name))
}
