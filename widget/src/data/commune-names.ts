/**
 * Names of the communes the usager picked, so that the summary of answers says
 * "Lyon (69)" rather than the INSEE code the answer holds. Filled by the picker.
 * @module
 */
import type { Commune } from '../api/client.ts'

const names = new Map<string, string>()

export function communeLabel(commune: Commune): string {
  return `${commune.nom} (${commune.departement})`
}

export function rememberCommune(commune: Commune): void {
  names.set(commune.code, communeLabel(commune))
}

/** "Lyon (69)" when known, else the code itself. */
export function communeName(code: string): string {
  return names.get(code) ?? code
}
