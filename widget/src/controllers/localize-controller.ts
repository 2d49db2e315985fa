/**
 * Gives a component the translations of its locale and re-renders it when the
 * locale changes. The host exposes `locale`; the public element derives it from `lang`.
 * A locale that is not in widget.js (English) is downloaded first: `ready` tells the host
 * whether to wait, and the host renders again once it is there.
 * @module
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit'
import { hasTranslations, loadTranslations, translations, type Locale, type Translations } from '../i18n/index.ts'

export interface LocalizedHost extends ReactiveControllerHost {
  locale: Locale
}

export class LocalizeController implements ReactiveController {
  constructor(private readonly host: LocalizedHost) {
    host.addController(this)
  }

  /** Locales whose download failed since the host was connected: shown in French, not asked for again on every render. */
  private readonly failed = new Set<Locale>()
  private readonly loading = new Map<Locale, Promise<unknown>>()

  /** The question screen's words of the host's locale are there (always for French), or could not be downloaded (then French). */
  get ready(): boolean {
    return hasTranslations(this.host.locale, 'question') || this.failed.has(this.host.locale)
  }

  /** Every word needed so far is there (the plan's too once its chunk is), or could not be downloaded. */
  get complete(): boolean {
    return hasTranslations(this.host.locale) || this.failed.has(this.host.locale)
  }

  get t(): Translations {
    const locale = this.host.locale
    if (!this.complete) this.load(locale)
    return translations(locale)
  }

  hostConnected(): void {
    this.failed.clear()
    if (!this.complete) this.load(this.host.locale)
  }

  /** The downloads under way, for a host's `updateComplete`. */
  get pending(): Promise<unknown>[] {
    return [...this.loading.values()]
  }

  private load(locale: Locale): void {
    if (this.loading.has(locale)) return
    const done = loadTranslations(locale).then(
      () => {
        this.loading.delete(locale)
        this.host.requestUpdate()
      },
      // Offline or blocked: the interface stays in French, which every journey is written in.
      () => {
        this.loading.delete(locale)
        this.failed.add(locale)
        this.host.requestUpdate()
      },
    )
    this.loading.set(locale, done)
  }
}
