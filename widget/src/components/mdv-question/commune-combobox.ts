/**
 * The commune picker: the usager types the start of a name or a postcode, the server
 * suggests communes (`/api/communes`), the answer is the chosen commune's INSEE code.
 *
 * ARIA 1.2 combobox with a listbox popup (WAI-ARIA Authoring Practices, "list
 * autocomplete"): arrows move through the suggestions, Enter chooses, Escape closes,
 * a status line says how many were found. Typing an INSEE code still works, so the
 * question can be answered when the server does not respond.
 * @module
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit'
import type { BaseApiClient, Commune } from '../../api/base-client.ts'
import { communeLabel, communeName, rememberCommune } from '../../data/commune-names.ts'

const DEBOUNCE_MS = 200
const MIN_LENGTH = 2

export type CommuneSearchState = 'idle' | 'searching' | 'found' | 'none' | 'unavailable' | 'chosen'

export class CommuneCombobox implements ReactiveController {
  suggestions: Commune[] = []
  /** Index of the highlighted suggestion, -1 for none. */
  active = -1
  expanded = false
  state: CommuneSearchState = 'idle'
  /** What the field shows, and the code it stands for once a commune is chosen. */
  text = ''
  code = ''
  private timer: ReturnType<typeof setTimeout> | undefined
  private request: AbortController | undefined

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly api: () => BaseApiClient | undefined,
  ) {
    host.addController(this)
  }

  hostDisconnected(): void {
    clearTimeout(this.timer)
    this.request?.abort()
  }

  /** Starts from an answer already given (back, edit, resume): shows its name once known. */
  reset(code: string | undefined): void {
    this.suggestions = []
    this.active = -1
    this.expanded = false
    this.state = 'idle'
    this.code = code ?? ''
    this.text = code ? communeName(code) : ''
    const api = this.api()
    if (code && this.text === code && api) {
      void api.commune(code).then((commune) => {
        if (!commune || this.code !== code) return
        rememberCommune(commune)
        this.text = communeLabel(commune)
        this.host.requestUpdate()
      })
    }
  }

  onInput(text: string): void {
    this.text = text
    this.code = ''
    clearTimeout(this.timer)
    const query = text.trim()
    if (query.length < MIN_LENGTH || !this.api()) {
      this.close()
      this.state = 'idle'
      this.host.requestUpdate()
      return
    }
    this.timer = setTimeout(() => void this.search(query), DEBOUNCE_MS)
  }

  private async search(query: string): Promise<void> {
    this.request?.abort()
    const request = (this.request = new AbortController())
    this.state = 'searching'
    this.host.requestUpdate()
    const found = await this.api()!.communes(query, request.signal)
    if (request.signal.aborted) return
    this.suggestions = found ?? []
    this.active = -1
    this.expanded = this.suggestions.length > 0
    this.state = found === undefined ? 'unavailable' : found.length ? 'found' : 'none'
    this.host.requestUpdate()
  }

  choose(index: number): void {
    const commune = this.suggestions[index]
    if (!commune) return
    rememberCommune(commune)
    this.code = commune.code
    this.text = communeLabel(commune)
    this.state = 'chosen'
    this.close()
    this.host.requestUpdate()
  }

  close(): void {
    this.expanded = false
    this.active = -1
  }

  /** Keyboard of the combobox; returns true when the key was used (Enter then does not submit). */
  onKeydown(event: KeyboardEvent): boolean {
    const count = this.suggestions.length
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        if (!count) return false
        const step = event.key === 'ArrowDown' ? 1 : -1
        this.expanded = true
        this.active = this.active < 0 ? (step > 0 ? 0 : count - 1) : (this.active + step + count) % count
        break
      }
      case 'Enter':
        if (!this.expanded || this.active < 0) return false
        this.choose(this.active)
        break
      case 'Escape':
        if (!this.expanded) return false
        this.close()
        break
      default:
        return false
    }
    event.preventDefault()
    this.host.requestUpdate()
    return true
  }
}
