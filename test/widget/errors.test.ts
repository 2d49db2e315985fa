import { expect } from '@open-wc/testing'
import { installFakeApi, type FakeApi } from './helpers/fake-api.ts'
import { $, cleanup, fixture, mount } from './helpers/mount.ts'

const text = (node: Element) => node.textContent!.replace(/\s+/g, ' ').trim()

describe('bad input never breaks the host page', () => {
  let api: FakeApi
  let uncaught: unknown[]
  const onError = (e: ErrorEvent | PromiseRejectionEvent) => uncaught.push('reason' in e ? e.reason : e.error)
  beforeEach(() => {
    api = installFakeApi()
    uncaught = []
    window.addEventListener('error', onError)
    window.addEventListener('unhandledrejection', onError)
  })
  afterEach(() => {
    window.removeEventListener('error', onError)
    window.removeEventListener('unhandledrejection', onError)
    api.restore()
    cleanup()
    expect(uncaught).to.deep.equal([])
  })

  it('an unknown journey (404 from the widget server)', async () => {
    const el = await mount({ journey: 'parcours-inexistant' })
    const alert = $(el, '[role="alert"]')
    expect(text(alert)).to.include('Le parcours ne peut pas être affiché')
    expect(text(alert)).to.include('Le parcours « parcours-inexistant » est introuvable.')
  })

  it('a journey id that is not an id is not fetched', async () => {
    const el = await mount({ journey: '../../etc/passwd' })
    expect(text($(el, '[role="alert"]'))).to.include('est introuvable')
  })

  it('no journey at all', async () => {
    const el = await mount({})
    expect(text($(el, '[role="alert"]'))).to.include('est introuvable')
  })

  it('an unreachable server', async () => {
    const el = await mount({ src: 'http://127.0.0.1:9/journeys/court.json' })
    expect(text($(el, '[role="alert"]'))).to.include('momentanément injoignable')
  })

  it('a file that is not a compiled journey', async () => {
    const el = await mount({ src: new URL('../../package.json', location.origin + '/test/widget/').href })
    expect(text($(el, '[role="alert"]'))).to.include('illisible')
  })

  it('a server error', async () => {
    const el = await mount({ src: '/api/journeys/error.json' })
    expect(text($(el, '[role="alert"]'))).to.include('introuvable')
  })

  it('a corrupt saved state starts again with a message (see resume tests)', async () => {
    localStorage.setItem('mdv:journey:court@1:answers', 'not json')
    const el = await mount({ src: fixture('court') })
    expect(text($(el, '[part~="notice"]'))).to.include("n'ont pas pu être relues")
  })

  it('storage that throws does not stop the journey', async () => {
    const setItem = Storage.prototype.setItem
    Storage.prototype.setItem = () => {
      throw new DOMException('QuotaExceededError')
    }
    try {
      const el = await mount({ src: fixture('court') })
      expect(text($(el, '[data-mdv-heading]'))).to.equal('Étape 1 sur 2')
    } finally {
      Storage.prototype.setItem = setItem
    }
  })
})
