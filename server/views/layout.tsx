/**
 * The pages' frame: a neutral header (the « République française » block and the
 * Marianne are reserved to the State's own sites, which this demo is not), a skip link,
 * landmarks, the accessibility status in the footer, and one same-origin stylesheet (the
 * CSP forbids inline styles and scripts).
 * @module
 */
import type { Child } from 'hono/jsx'
import { html } from 'hono/html'

export interface LayoutProps {
  title: string
  /** Which site the page belongs to: the usagers' demo or the agents' console. */
  site?: 'demo' | 'agent'
  scripts?: string[]
  /** Modules the page's scripts import at once (the widget's first chunks): fetched with them, not after. */
  modulePreloads?: string[]
  /** Data the page's scripts will fetch (a journey): downloaded alongside them, not after (see docs/integration.md). */
  fetchPreloads?: string[]
  /** The agents' menu (rappels, avis, déconnexion) is shown only once signed in. */
  signedIn?: boolean
  /** Editors' preview: the page reloads itself when the journeys change (see server/preview/). */
  liveReload?: number
  children?: Child
}

function Header({ site, signedIn }: { site: 'demo' | 'agent'; signedIn: boolean }) {
  return (
    <header class="header" role="banner">
      <div class="container header__body">
        <a class="brand" href={site === 'agent' ? '/agent' : '/'} title={site === 'agent' ? 'Console des conseillers' : 'Accueil — Moments de vie'}>
          <img class="brand__mark" src="/assets/favicon.svg" alt="" width="40" height="40" />
          <span class="brand__service">
            <span class="brand__title">{site === 'agent' ? 'Console des conseillers' : 'Moments de vie'}</span>
            <span class="brand__tagline">{site === 'agent' ? 'Rappels des usagers' : 'Vos démarches, dans l’ordre et à temps'}</span>
          </span>
        </a>
        <p class="header__demo">Site de démonstration</p>
        {site === 'agent' && !signedIn ? null : (
        <nav class="header__nav" aria-label="Menu principal">
          <ul>
            {site === 'agent' ? (
              <>
                <li><a href="/agent">Rappels</a></li>
                <li><a href="/agent/avis">Avis des usagers</a></li>
                <li>
                  <form method="post" action="/agent/deconnexion">
                    <button type="submit" class="link-button">Se déconnecter</button>
                  </form>
                </li>
              </>
            ) : (
              <>
                <li><a href="/">Parcours</a></li>
                <li><a href="/resultats">Résultats</a></li>
              </>
            )}
          </ul>
        </nav>
        )}
      </div>
    </header>
  )
}

export function Layout({ title, site = 'demo', scripts = [], modulePreloads = [], fetchPreloads = [], signedIn = false, liveReload, children }: LayoutProps) {
  const page = (
    <html lang="fr">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{title} — {site === 'agent' ? 'Console des conseillers' : 'Moments de vie'}</title>
        <link rel="icon" href="/assets/favicon.svg" type="image/svg+xml" />
        <link rel="stylesheet" href="/assets/site.css" />
        {fetchPreloads.map((href) => (
          // crossorigin="anonymous" matches the widget's fetch(): without it the preload is not reused.
          <link rel="preload" href={href} as="fetch" crossorigin="anonymous" />
        ))}
        {scripts.map((src) => (
          <script type="module" src={src}></script>
        ))}
        {modulePreloads.map((href) => (
          <link rel="modulepreload" href={href} />
        ))}
        {liveReload === undefined ? null : <script src="/dev/reload.js" data-generation={String(liveReload)}></script>}
      </head>
      <body>
        <a class="skip-link" href="#contenu">Aller au contenu</a>
        <Header site={site} signedIn={signedIn} />
        <main id="contenu" class="container main" tabindex={-1}>
          {children}
        </main>
        <footer class="footer" role="contentinfo">
          <div class="container">
            <p>
              Site de démonstration du moteur libre « Moments de vie ». Aucune donnée n’est transmise sans votre accord ; les mesures
              d’usage sont anonymes et sans cookie.
            </p>
            <ul class="footer__links">
              <li><a href="/accessibilite">Accessibilité : partiellement conforme</a></li>
              <li><a href="/resultats">Résultats publics</a></li>
              <li><a href="/api/openapi.json">API (OpenAPI)</a></li>
              <li><a href="/agent">Espace conseillers</a></li>
            </ul>
          </div>
        </footer>
      </body>
    </html>
  )
  return html`<!doctype html>${page}`
}
