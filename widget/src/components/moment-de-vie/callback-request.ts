/**
 * « Être rappelé » pressed in the plan: bring the call-back section into view, open its
 * form and move focus into it.
 * @module
 */
export function openCallback(root: ParentNode): void {
  const callback = root.querySelector<HTMLElement>('mdv-callback')
  if (!callback) return
  callback.scrollIntoView({ block: 'start' })
  // The section's own « Être rappelé » button: once booked, the first button would be « Annuler le rendez-vous ».
  const button = callback.querySelector<HTMLButtonElement>('button[data-mdv-open-callback]')
  if (button && !callback.querySelector('form')) button.click()
  void (callback as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete?.then(() =>
    (callback.querySelector<HTMLElement>('[data-mdv-heading], h2, h3, legend') ?? button)?.focus?.(),
  )
}
