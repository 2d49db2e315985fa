/**
 * Gives a component the translations of its locale and re-renders it when the
 * locale changes. The host exposes `locale`; the public element derives it from `lang`.
 * @module
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit'
import { translations, type Locale, type Translations } from '../i18n/index.ts'

export interface LocalizedHost extends ReactiveControllerHost {
  locale: Locale
}

export class LocalizeController implements ReactiveController {
  constructor(private readonly host: LocalizedHost) {
    host.addController(this)
  }

  get t(): Translations {
    return translations(this.host.locale)
  }

  hostConnected(): void {}
}
