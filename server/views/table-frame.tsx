/**
 * A table that may be wider than a phone: it scrolls in its own frame, which keyboard
 * users can focus and screen readers announce by the table's caption.
 * @module
 */
import type { Child } from 'hono/jsx'

export function TableFrame({ id, caption, children }: { id: string; caption: string; children?: Child }) {
  return (
    <div class="table-wrap" tabindex={0} role="region" aria-labelledby={`${id}-caption`}>
      <table>
        <caption id={`${id}-caption`}>{caption}</caption>
        {children}
      </table>
    </div>
  )
}
