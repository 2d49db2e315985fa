/**
 * Live reload for the editors' preview: the pages load `/dev/reload.js` (same origin,
 * so the strict CSP holds), which listens to `/dev/events` (Server-Sent Events) and
 * reloads the page when the journeys change or the server restarts.
 * @module
 */
import { Hono } from 'hono'
import { streamSSE } from 'hono/streaming'

/**
 * The page knows the generation it was built for (`data-generation` on its script tag):
 * the first event tells the current one, so a save made while the page was loading, or a
 * restarted server, reloads it too.
 */
const CLIENT_SCRIPT = `const script = document.currentScript ?? document.querySelector('script[data-generation]')
const built = script?.dataset.generation
const events = new EventSource('/dev/events')
events.addEventListener('generation', (event) => {
  if (event.data !== built) location.reload()
})
`

export interface LiveReload {
  routes: Hono
  /** Tells every open page that the journeys changed. */
  notify(generation: number): void
}

export function liveReload(initialGeneration: number): LiveReload {
  let generation = initialGeneration
  const listeners = new Set<(generation: number) => void>()
  const routes = new Hono()

  routes.get('/dev/reload.js', (c) => c.body(CLIENT_SCRIPT, 200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store' }))
  routes.get('/dev/events', (c) =>
    streamSSE(c, async (stream) => {
      const send = (value: number) => stream.writeSSE({ event: 'generation', data: String(value) })
      listeners.add(send)
      stream.onAbort(() => {
        listeners.delete(send)
      })
      await send(generation)
      // Hold the connection open; a comment line now and then keeps proxies from closing it.
      while (!stream.aborted) {
        await stream.sleep(15_000)
        if (!stream.aborted) await stream.write(': keep-alive\n\n')
      }
    }),
  )

  return {
    routes,
    notify(next) {
      generation = next
      for (const send of listeners) send(next)
    },
  }
}
