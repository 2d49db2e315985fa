/**
 * Inside the widget's shadow root, `rem` means the widget's own base size, not the page's:
 * a host with `html { font-size: 62.5% }` must not shrink the text or the 44 px targets.
 * Stylesheets keep being written in rem; before they are adopted, each `1.5rem` becomes
 * `calc(1.5 * var(--mdv-rem))`, and `--mdv-rem` is `--mdv-font-size` (16px by default,
 * set by the host in px if it wants another size). Done once per stylesheet.
 * @module
 */
import { unsafeCSS, type CSSResult, type CSSResultGroup, type CSSResultOrNative } from 'lit'

const REM = /(-?(?:\d+\.?\d*|\.\d+))rem\b/g
const converted = new WeakMap<CSSResult, CSSResult>()

export function widgetRem(cssText: string): string {
  return cssText.replace(REM, 'calc($1 * var(--mdv-rem))')
}

function convert(style: CSSResultOrNative): CSSResultOrNative {
  if (!('cssText' in style) || typeof (style as CSSResult).cssText !== 'string' || style instanceof CSSStyleSheet) return style
  const result = style as CSSResult
  let done = converted.get(result)
  if (!done) converted.set(result, (done = unsafeCSS(widgetRem(result.cssText))))
  return done
}

/** The same styles with every rem in the widget's unit (nested arrays flattened). */
export function inWidgetUnits(styles: CSSResultGroup): CSSResultOrNative[] {
  return (Array.isArray(styles) ? styles.flat(Infinity as 1) : [styles]).map((s) => convert(s as CSSResultOrNative))
}
