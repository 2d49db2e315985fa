/**
 * The OpenAPI document against the real answers: every response below is validated
 * with ajv against the schema the document gives for its path, method and status.
 */
import Ajv2020 from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { booking, createAgent, createTestApp, type TestApp } from './helpers/app.ts'
import { pgliteCase, type OpenedStorage } from './helpers/storages.ts'

interface Operation {
  responses: Record<string, { content?: Record<string, { schema?: object }> }>
}
type Document = { openapi: string; paths: Record<string, Record<string, Operation>> }

describe('OpenAPI document', () => {
  let opened: OpenedStorage
  let t: TestApp
  let doc: Document
  const ajv = new Ajv2020({ allErrors: true, strict: false })
  addFormats(ajv)
  const checked = new Set<string>()

  beforeAll(async () => {
    opened = await pgliteCase.open()
    t = createTestApp(opened.storage, { env: { RATE_LIMIT_BOOKING: '0', RATE_LIMIT_FEEDBACK: '0' } })
    const res = await t.app.request('/api/openapi.json')
    expect(res.status).toBe(200)
    doc = (await res.json()) as Document
    ajv.addSchema(doc, 'openapi.json')
  }, 60_000)
  afterAll(() => opened?.dispose())

  function operationFor(method: string, url: string): { template: string; operation: Operation } {
    const path = new URL(url, 'http://localhost').pathname
    for (const [template, operations] of Object.entries(doc.paths)) {
      const pattern = new RegExp(`^${template.replace(/\./g, '\\.').replace(/\{[^}]+\}/g, '[^/]+')}$`)
      const operation = operations[method.toLowerCase()]
      if (pattern.test(path) && operation && !(template === '/journeys/{id}.json' && path === '/journeys/schema.json')) return { template, operation }
    }
    throw new Error(`${method} ${path} is not in the OpenAPI document`)
  }

  /** Sends the request and validates the answer against the document. */
  async function call(method: string, url: string, body?: unknown, headers: Record<string, string> = {}): Promise<Response> {
    const res = await t.json(method, url, body, headers)
    const { template, operation } = operationFor(method, url)
    const documented = operation.responses[String(res.status)]
    expect(documented, `${method} ${template} → ${res.status} is not documented`).toBeDefined()
    checked.add(`${method} ${template} ${res.status}`)
    const schema = documented!.content?.['application/json']?.schema
    if (schema) {
      const validate = ajv.compile({ $ref: `openapi.json#/paths/${template.replace(/~/g, '~0').replace(/\//g, '~1')}/${method.toLowerCase()}/responses/${res.status}/content/application~1json/schema` })
      const data = await res.clone().json()
      expect(validate(data), `${method} ${template} ${res.status}: ${ajv.errorsText(validate.errors)}\n${JSON.stringify(data)}`).toBe(true)
    } else if (documented!.content) {
      const type = Object.keys(documented!.content)[0]!
      expect(res.headers.get('content-type')).toContain(type)
    }
    return res
  }

  it('is OpenAPI 3.1', () => {
    expect(doc.openapi).toBe('3.1.0')
  })

  it('describes the real answers of every endpoint', async () => {
    const agent = await createAgent(t.storage)
    const readOnly = await createAgent(t.storage, { scopes: ['callbacks:read'] })
    const bearer = { Authorization: `Bearer ${agent}` }

    await call('GET', '/healthz')
    await call('GET', '/journeys')
    await call('GET', '/journeys/rappel-test.json')
    await call('GET', '/journeys/inconnu.json')
    await call('GET', '/journeys/schema.json')

    await call('GET', '/api/callbacks/slots?journey=rappel-test&days=3')
    await call('GET', '/api/callbacks/slots?from=hier')
    await call('GET', '/api/callbacks/slots?journey=sans-rappel')

    const created = await call('POST', '/api/callbacks', booking(), { 'Idempotency-Key': 'openapi-0000-0001' })
    const { reference, cancelToken } = (await created.json()) as { reference: string; cancelToken: string }
    await call('POST', '/api/callbacks', booking(), { 'Idempotency-Key': 'openapi-0000-0001' })
    await call('POST', '/api/callbacks', booking({ start: '2026-11-25T10:30:00+01:00' }), { 'Idempotency-Key': 'openapi-0000-0001' })
    await call('POST', '/api/callbacks', booking({ phone: 'abc', extra: true }))
    await call('POST', '/api/callbacks', booking({ journey: 'inconnu' }))
    await call('POST', '/api/callbacks', booking({ name: 'x'.repeat(40_000) }))
    const full = '2026-11-25T11:00:00+01:00'
    for (let i = 0; i < 3; i++) await call('POST', '/api/callbacks', booking({ start: full }))
    await call('POST', '/api/callbacks', booking({ start: full }))
    const plain = await t.app.request('/api/callbacks', { method: 'POST', body: '{}', headers: { 'Content-Type': 'text/plain' } })
    expect(plain.status).toBe(415)

    await call('GET', `/api/callbacks/${reference}.ics?token=${encodeURIComponent(cancelToken)}`)
    await call('GET', `/api/callbacks/${reference}.ics`)
    await call('GET', `/api/callbacks/${reference}.ics?token=faux`)
    await call('GET', `/api/callbacks/MDV-0000-0000.ics?token=faux`)

    // After the call: its status and the usager's rating (cancel token).
    const rated = (await (await call('POST', '/api/callbacks', booking({ start: '2026-11-25T15:00:00+01:00' }))).json()) as { reference: string; cancelToken: string }
    const ratedToken = { 'X-Cancel-Token': rated.cancelToken }
    await call('GET', `/api/callbacks/${rated.reference}/status`, undefined, ratedToken)
    await call('GET', `/api/callbacks/${rated.reference}/status`)
    await call('GET', '/api/callbacks/MDV-0000-0000/status', undefined, ratedToken)
    await call('POST', `/api/callbacks/${rated.reference}/satisfaction`, { rating: 5 }, ratedToken)
    await t.storage.setCallbackStatus(rated.reference, { status: 'called', by: 'Camille', now: new Date('2026-11-25T14:05:00Z') })
    await call('POST', `/api/callbacks/${rated.reference}/satisfaction`, { rating: 9 }, ratedToken)
    await call('POST', `/api/callbacks/${rated.reference}/satisfaction`, { rating: 5, comment: 'Merci' }, ratedToken)
    await call('POST', `/api/callbacks/${rated.reference}/satisfaction`, { rating: 4 }, ratedToken)
    await call('POST', `/api/callbacks/${rated.reference}/satisfaction`, { rating: 4 }, { 'X-Cancel-Token': 'faux' })
    await call('POST', `/api/callbacks/${rated.reference}/satisfaction`, { rating: 4 })
    await call('GET', `/api/callbacks/${rated.reference}/status`, undefined, ratedToken)

    await call('GET', '/api/agent/callbacks?date=2026-11-25', undefined, bearer)
    await call('GET', '/api/agent/callbacks?date=hier', undefined, bearer)
    await call('GET', '/api/agent/callbacks')
    await call('GET', '/api/agent/callbacks.csv?date=2026-11-25', undefined, bearer)
    await call('GET', `/api/agent/callbacks/${reference}`, undefined, bearer)
    await call('GET', '/api/agent/callbacks/MDV-0000-0000', undefined, bearer)
    await call('PATCH', `/api/agent/callbacks/${reference}`, { status: 'called' }, { Authorization: `Bearer ${readOnly}` })
    await call('PATCH', `/api/agent/callbacks/${reference}`, { status: 'rappelé' }, bearer)
    await call('PATCH', `/api/agent/callbacks/${reference}`, { status: 'unreachable' }, bearer)

    const other = (await (await call('POST', '/api/callbacks', booking({ start: '2026-11-25T14:00:00+01:00' }))).json()) as { reference: string; cancelToken: string }
    await call('DELETE', `/api/callbacks/${other.reference}`, { cancelToken: 'faux' })
    await call('DELETE', `/api/callbacks/${other.reference}`)
    await call('DELETE', `/api/callbacks/${other.reference}`, undefined, { 'X-Cancel-Token': other.cancelToken })
    await call('DELETE', `/api/callbacks/${reference}`, undefined, { 'X-Cancel-Token': cancelToken })
    await call('DELETE', '/api/callbacks/MDV-0000-0000', undefined, { 'X-Cancel-Token': 'x' })
    await call('PATCH', `/api/agent/callbacks/${other.reference}`, { status: 'called' }, bearer)

    await call('POST', '/api/feedback', { journey: 'rappel-test', rating: 5, comment: 'Bien' })
    await call('POST', '/api/feedback', { journey: 'rappel-test', rating: 0 })
    await call('POST', '/api/feedback', { journey: 'inconnu', rating: 3 })
    await call('POST', '/api/events', { journey: 'rappel-test', type: 'abandoned', question: 'lieu' })
    await call('POST', '/api/events', { journey: 'rappel-test', type: 'abandoned' })
    await call('POST', '/api/events', { journey: 'rappel-test', type: 'started', question: 'inconnue' })
    await call('GET', '/api/communes?q=lyon')
    await call('GET', '/api/communes?q=')
    await call('GET', '/api/communes/2A004')
    await call('GET', '/api/communes/99999')
    await call('GET', '/api/results')
    await call('GET', '/api/results?days=1000')

    // Every documented path was exercised at least once.
    const exercised = new Set([...checked].map((key) => key.split(' ').slice(0, 2).join(' ')))
    for (const [template, operations] of Object.entries(doc.paths)) {
      for (const method of Object.keys(operations)) expect(exercised, `${method.toUpperCase()} ${template}`).toContain(`${method.toUpperCase()} ${template}`)
    }
  })
})
