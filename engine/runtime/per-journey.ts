/**
 * Lookup tables derived once per compiled journey (indexes, reference lists), kept as
 * long as the journey object lives.
 * @module
 */
import type { CompiledJourney } from '../journey/types.ts'

export function perJourney<T>(derive: (journey: CompiledJourney) => T): (journey: CompiledJourney) => T {
  const cache = new WeakMap<CompiledJourney, T>()
  return (journey) => {
    if (!cache.has(journey)) cache.set(journey, derive(journey))
    return cache.get(journey)!
  }
}
