import { describe, expect, it } from 'vitest'
import { createLogger, scrub } from '../../server/log.ts'

describe('structured logs', () => {
  const capture = () => {
    const lines: string[] = []
    return { lines, log: createLogger({ level: 'info', write: (line) => lines.push(line), now: () => new Date('2026-11-24T08:00:00Z') }) }
  }

  it('writes one JSON object per line', () => {
    const { lines, log } = capture()
    log.info('request', { method: 'GET', path: '/journeys', status: 200, ms: 1.5 })
    expect(JSON.parse(lines[0]!)).toEqual({ time: '2026-11-24T08:00:00.000Z', level: 'info', msg: 'request', method: 'GET', path: '/journeys', status: 200, ms: 1.5 })
  })

  it('redacts every field that is not on the allow-list', () => {
    const { lines, log } = capture()
    log.info('booking', { journey: 'deces', phone: '+33612345678', name: 'Dominique', answers: { lieu: 'france' }, comment: 'merci' })
    expect(JSON.parse(lines[0]!)).toMatchObject({ journey: 'deces', phone: '[redacted]', name: '[redacted]', answers: '[redacted]', comment: '[redacted]' })
  })

  it('masks digits and quoted values in error messages', () => {
    const { lines, log } = capture()
    const error = Object.assign(new Error('invalid input "06 12 34 56 78" for phone 0612345678'), { code: '22P02' })
    log.error('failed', { error })
    expect(JSON.parse(lines[0]!)).toMatchObject({ error: 'invalid input "…" for phone [digits]', errorName: 'Error', errorCode: '22P02' })
    expect(scrub("value «Dominique» at +262 692 12 34 56")).toBe('value "…" at [digits]')
  })

  it('respects the level', () => {
    const lines: string[] = []
    const log = createLogger({ level: 'warn', write: (line) => lines.push(line) })
    log.info('hidden')
    log.warn('shown')
    expect(lines.map((l) => JSON.parse(l).msg)).toEqual(['shown'])
  })
})
