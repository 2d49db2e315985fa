/**
 * `/accessibilite`: the demo site's « déclaration d'accessibilité », following the
 * official model (état de conformité, contenus non accessibles, établissement de la
 * déclaration, retour d'information et contact, voies de recours). Honest about what it
 * rests on: a self-assessment, no audit yet. An administration deploying the engine
 * publishes its own, after its own audit.
 * @module
 */
import { Hono } from 'hono'
import { formatDateFr } from '../../engine/dates/format-fr.ts'
import type { AppEnv } from '../env.ts'
import { Layout } from '../views/layout.tsx'

/** When this declaration was written; change it with the text. */
const ESTABLISHED = '2026-12-04'

export const ACCESSIBILITY_PATH = '/accessibilite'

function Declaration({ site }: { site: string }) {
  return (
    <Layout title="Déclaration d’accessibilité">
      <nav class="breadcrumb" aria-label="Vous êtes ici">
        <ol>
          <li>
            <a href="/">Accueil</a>
          </li>
          <li aria-current="page">Déclaration d’accessibilité</li>
        </ol>
      </nav>
      <div class="prose">
        <h1>Déclaration d’accessibilité</h1>
        <p class="lead">
          Le projet libre « Moments de vie » s’engage à rendre ses services en ligne accessibles, conformément à l’article 47 de la loi n° 2005-102
          du 11 février 2005.
        </p>
        <p>
          Cette déclaration d’accessibilité s’applique au site de démonstration du moteur « Moments de vie » ({site}) :
          les pages des parcours et le composant <code>&lt;moment-de-vie&gt;</code> qu’elles contiennent, les résultats publics, la page
          d’annulation d’un rendez-vous et la console des conseillers.
        </p>

        <h2>État de conformité</h2>
        <p>
          Le site de démonstration « Moments de vie » est <strong>partiellement conforme</strong> avec le référentiel général d’amélioration de
          l’accessibilité (RGAA), version 4.1, en raison des points non vérifiés énumérés ci-dessous.
        </p>
        <p class="notice">
          <strong>Cet état n’a pas été établi par un audit.</strong> Il résulte d’une auto-évaluation de l’équipe du projet. Aucun audit RGAA
          complet n’a encore été réalisé : aucun taux de conformité n’est donc publié. Les règles officielles demandent un audit pour se déclarer
          partiellement conforme ; tant qu’il n’a pas eu lieu, cette mention est une estimation.
        </p>
        <h3>Ce qui a été vérifié</h3>
        <ul>
          <li>tests automatiques (axe-core) sur chaque écran d’un parcours complet, dans les deux thèmes du composant, sans erreur ;</li>
          <li>
            parcours complet au clavier, focus visible, titres et repères de page, messages d’erreur reliés aux champs, affichage à 320 px de large
            ;
          </li>
          <li>pages du serveur sans script ni style en ligne, lisibles sans JavaScript (sauf le parcours lui-même).</li>
        </ul>

        <h2>Contenus non accessibles</h2>
        <h3>Non-conformités et points non vérifiés</h3>
        <ul>
          <li>
            la restitution par les lecteurs d’écran (NVDA, JAWS, VoiceOver, TalkBack) n’a pas été vérifiée de bout en bout : annonces des
            changements d’étape, liste des communes proposées pendant la saisie, messages de statut ;
          </li>
          <li>les graphiques de la page « Résultats » sont doublés d’un tableau, mais leur lecture n’a pas été vérifiée par un audit ;</li>
          <li>les couleurs et polices choisies par un site qui intègre le composant relèvent de ce site et ne sont pas couvertes ici.</li>
        </ul>
        <h3>Dérogations pour charge disproportionnée</h3>
        <p>Aucune.</p>
        <h3>Contenus non soumis à l’obligation d’accessibilité</h3>
        <p>
          Les fiches officielles et les sites des organismes vers lesquels renvoient les démarches (service-public.gouv.fr, caisses, mairies…)
          ne font pas partie de ce site : leur accessibilité relève de leurs éditeurs.
        </p>

        <h2>Établissement de cette déclaration d’accessibilité</h2>
        <p>Cette déclaration a été établie le {formatDateFr(ESTABLISHED)}, par auto-évaluation, sans audit.</p>
        <h3>Technologies utilisées pour la réalisation du site</h3>
        <ul>
          <li>HTML5</li>
          <li>CSS</li>
          <li>JavaScript (composant web, WAI-ARIA)</li>
          <li>SVG</li>
        </ul>
        <h3>Environnement de test</h3>
        <p>
          Chromium (version de Debian) sous Linux, sans technologie d’assistance. Les vérifications avec les combinaisons de référence
          (NVDA et Firefox, JAWS et Firefox, VoiceOver et Safari, TalkBack et Chrome) restent à faire.
        </p>
        <h3>Outils pour évaluer l’accessibilité</h3>
        <ul>
          <li>axe-core 4 (tests automatiques du projet)</li>
          <li>vérifications manuelles au clavier</li>
        </ul>
        <h3>Pages du site ayant fait l’objet de la vérification</h3>
        <ul>
          <li>
            <a href="/">Accueil</a>
          </li>
          <li>
            une page de parcours (<a href="/parcours/je-perds-un-proche">Je perds un proche</a>) et chaque écran du composant
          </li>
          <li>
            <a href="/resultats">Résultats publics</a>
          </li>
          <li>
            <a href="/annuler">Annuler un rendez-vous</a>
          </li>
          <li>la console des conseillers</li>
        </ul>

        <h2>Retour d’information et contact</h2>
        <p>
          Si vous n’arrivez pas à accéder à un contenu ou à un service, signalez-le au responsable du site pour être orienté vers une alternative
          accessible ou obtenir le contenu sous une autre forme. Sur ce site de démonstration, écrivez à l’équipe du projet par un ticket sur le
          dépôt de son code source. Dans un parcours, vous pouvez aussi demander à être rappelé par un conseiller.
        </p>

        <h2>Voies de recours</h2>
        <p>
          Cette procédure est à utiliser dans le cas suivant : vous avez signalé au responsable du site un défaut d’accessibilité qui vous
          empêche d’accéder à un contenu ou à un des services, et vous n’avez pas obtenu de réponse satisfaisante.
        </p>
        <ul>
          <li>
            écrire un message au Défenseur des droits (<a href="https://formulaire.defenseurdesdroits.fr/">formulaire en ligne</a>) ;
          </li>
          <li>
            contacter <a href="https://www.defenseurdesdroits.fr/saisir/delegues">le délégué du Défenseur des droits dans votre région</a> ;
          </li>
          <li>
            envoyer un courrier par la poste (gratuit, ne pas mettre de timbre) :
            <br />
            Défenseur des droits
            <br />
            Libre réponse 71120
            <br />
            75342 Paris CEDEX 07
          </li>
        </ul>

        <h2>À l’attention des administrations qui déploient ce moteur</h2>
        <p>
          Cette page est celle du site de démonstration. Sur votre site, publiez votre propre déclaration, établie après votre audit, avec votre
          contact, votre schéma pluriannuel de mise en accessibilité et le plan d’actions de l’année.
        </p>
      </div>
    </Layout>
  )
}

export function accessibilityRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>()
  app.get(ACCESSIBILITY_PATH, (c) => c.html(<Declaration site={new URL(c.req.url).host} />))
  return app
}
