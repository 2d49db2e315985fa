/**
 * Types for `@socialgouv/jours-feries` (CommonJS, untyped): `module.exports = getJoursFeries`.
 * The returned dates are local-time midnights (`new Date(year, month, day)`), keyed by French name.
 */
declare module '@socialgouv/jours-feries' {
  function getJoursFeries(year: number, options?: { alsace?: boolean }): Record<string, Date>
  export default getJoursFeries
}
