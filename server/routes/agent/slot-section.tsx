/**
 * A slot of a day: its times, its centre by name, and its callbacks' cards.
 * @module
 */
import type { DaySlot } from '../../agent/day.ts'
import { timeParis } from '../../callbacks/paris-time.ts'
import type { CallSatisfaction } from '../../storage/storage.ts'
import { CallbackCard } from './callback-card.tsx'
import type { Back, ViewContext } from './view-context.tsx'

export function SlotSection({
  slot,
  context,
  back,
  ratings,
}: {
  slot: DaySlot
  context: ViewContext
  back: Back
  ratings: ReadonlyMap<string, CallSatisfaction>
}) {
  const id = `slot-${slot.start.getTime()}-${slot.centre}`
  const count = slot.callbacks.length
  return (
    <section class="slot" aria-labelledby={id}>
      <div class="slot__head">
        <h2 id={id}>
          {timeParis(slot.start)} – {timeParis(slot.end)}
        </h2>
        <span>
          {count} rappel{count > 1 ? 's' : ''} · {context.centreName(slot.centre)}
        </span>
      </div>
      {slot.callbacks.map((callback) => (
        <CallbackCard callback={callback} context={context} back={back} satisfaction={ratings.get(callback.reference)} />
      ))}
    </section>
  )
}
