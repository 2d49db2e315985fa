import { expect } from '@open-wc/testing'
import type { MomentDeVie } from '../../widget/src/index.ts'
import { answer, buttonByText, fill, openAllEntries, submit } from './helpers/answer.ts'
import { axeViolations } from './helpers/axe.ts'
import { installFakeApi, type FakeApi } from './helpers/fake-api.ts'
import { $, cleanup, fixture, mount, settle, waitFor } from './helpers/mount.ts'

async function noViolations(el: MomentDeVie, screen: string, seen: string[]): Promise<void> {
  seen.push(screen)
  const violations = await axeViolations(el)
  expect(violations, `${screen}:\n${violations.join('\n')}`).to.deep.equal([])
}

for (const theme of ['default', 'dsfr']) {
  describe(`axe-core on every screen of a complete journey (${theme} theme)`, function () {
    this.timeout(60_000)
    let api: FakeApi
    const h1 = document.createElement('h1')
    h1.textContent = "Page de l'administration"
    beforeEach(() => {
      api = installFakeApi()
      document.body.prepend(h1)
    })
    afterEach(() => {
      api.restore()
      cleanup()
      h1.remove()
    })

    it('every question type, with and without errors, then the plan, call-back and feedback', async () => {
      const seen: string[] = []
      const attrs = theme === 'dsfr' ? { theme } : {}
      const el = await mount({ src: fixture('all-types'), ...attrs })
      const values = ['1980-07-14', 'seul', true, '2', ['apl'], 'MA', '75056', 'Dupont'] as const
      for (const value of values) {
        const type = ($(el, 'mdv-question') as HTMLElementTagNameMap['mdv-question']).question.type
        await noViolations(el, `question ${type}`, seen)
        await submit(el)
        await noViolations(el, `question ${type} with an error`, seen)
        await answer(el, value as never)
      }
      await noViolations(el, 'plan', seen)
      await openAllEntries(el)
      await noViolations(el, 'plan with every line open', seen)
      ;(el.shadowRoot ?? el).querySelector<HTMLInputElement>('.mdv-entry__done input')!.click()
      await settle(el)
      await noViolations(el, 'plan with a démarche done', seen)
      el.remove()

      const court = await mount({ src: fixture('court'), ...attrs })
      fill(court, 'france')
      await submit(court)
      await answer(court, '2026-11-20')
      buttonByText(court, 'Être rappelé par un conseiller').click()
      await waitFor(() => (court.shadowRoot ?? court).querySelector('#mdv-cb-phone'), 'the call-back form')
      await settle(court)
      await noViolations(court, 'call-back form', seen)
      buttonByText(court, 'Continuer').click()
      await settle(court)
      await noViolations(court, 'call-back form with errors', seen)
      ;($(court, '#mdv-cb-slot-0') as HTMLInputElement).checked = true
      ;($(court, '#mdv-cb-phone') as HTMLInputElement).value = '06 12 34 56 78'
      ;($(court, '#mdv-cb-consent') as HTMLInputElement).checked = true
      buttonByText(court, 'Continuer').click()
      await settle(court)
      await noViolations(court, 'call-back recap', seen)
      buttonByText(court, 'Confirmer le rendez-vous').click()
      await waitFor(() => (court.shadowRoot ?? court).querySelector('.mdv-reference'), 'the confirmation')
      await noViolations(court, 'call-back confirmed', seen)
      buttonByText(court, 'Envoyer mon avis').click()
      await settle(court)
      await noViolations(court, 'feedback with an error', seen)
      ;($(court, '#mdv-fb-rating-5') as HTMLInputElement).checked = true
      buttonByText(court, 'Envoyer mon avis').click()
      await waitFor(() => (court.shadowRoot ?? court).querySelector('[data-mdv-feedback-thanks]'), 'the thanks')
      await noViolations(court, 'feedback sent', seen)
      buttonByText(court, 'Recommencer').click()
      await settle(court)
      await noViolations(court, 'restart confirmation', seen)
      court.remove()

      // Shared answers reused, and the error screen.
      const other = await mount({ src: fixture('autre-parcours'), ...attrs })
      await noViolations(other, 'question with answers reused from another journey', seen)
      other.remove()
      const missing = await mount({ journey: 'inexistant', ...attrs })
      await noViolations(missing, 'unknown journey', seen)
      expect(seen).to.have.length(28)
    })
  })
}
