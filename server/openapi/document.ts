/**
 * The OpenAPI 3.1 description of the API, served at /api/openapi.json. Tests check
 * every real response against it.
 * @module
 */
import { schemas } from './schemas.ts'

const ref = (name: keyof typeof schemas) => ({ $ref: `#/components/schemas/${name}` })
const json = (name: keyof typeof schemas, description: string) => ({ description, content: { 'application/json': { schema: ref(name) } } })
const error = (description: string) => json('Error', description)
const body = (name: keyof typeof schemas) => ({ required: true, content: { 'application/json': { schema: ref(name) } } })
const agentSecurity = [{ agentToken: [] }]

export const openApiDocument = {
  openapi: '3.1.0',
  info: {
    title: 'Moments de vie',
    version: '1.0.0',
    description:
      'Parcours « Moments de vie » : parcours compilés, rappel par un conseiller, avis et mesures d’usage anonymes, console des conseillers. Voir docs/api.md.',
    license: { name: 'MIT', identifier: 'MIT' },
  },
  servers: [{ url: '/' }],
  tags: [
    { name: 'parcours' },
    { name: 'rappel', description: 'Réservation d’un rappel par un conseiller.' },
    { name: 'mesures', description: 'Avis et événements anonymes, résultats publics.' },
    { name: 'conseillers', description: 'Console des conseillers (jeton d’agent).' },
  ],
  paths: {
    '/healthz': {
      get: {
        summary: 'État du serveur et de sa base',
        responses: { '200': json('Health', 'Prêt'), '503': json('Health', 'Base injoignable') },
      },
    },
    '/journeys': {
      get: { tags: ['parcours'], summary: 'Liste des parcours', responses: { '200': json('JourneyIndex', 'Les parcours') } },
    },
    '/journeys/{id}.json': {
      get: {
        tags: ['parcours'],
        summary: 'Un parcours compilé (ETag, Cache-Control)',
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        responses: { '200': json('CompiledJourney', 'Le parcours'), '304': { description: 'Inchangé (If-None-Match)' }, '404': error('Parcours inconnu') },
      },
    },
    '/journeys/schema.json': {
      get: { tags: ['parcours'], summary: 'Le schéma JSON des fichiers de parcours', responses: { '200': { description: 'JSON Schema' } } },
    },
    '/api/callbacks/slots': {
      get: {
        tags: ['rappel'],
        summary: 'Créneaux réservables',
        parameters: [
          { name: 'journey', in: 'query', required: true, schema: { type: 'string' } },
          { name: 'from', in: 'query', required: false, schema: { type: 'string', format: 'date' }, description: 'Premier jour (AAAA-MM-JJ), aujourd’hui par défaut.' },
          { name: 'days', in: 'query', required: false, schema: { type: 'integer', minimum: 1, maximum: 366 } },
        ],
        responses: {
          '200': json('SlotList', 'Les créneaux encore libres'),
          '400': error('Paramètre invalide'),
          '404': error('Parcours inconnu ou sans rappel'),
        },
      },
    },
    '/api/callbacks': {
      post: {
        tags: ['rappel'],
        summary: 'Réserver un rappel',
        parameters: [
          {
            name: 'Idempotency-Key',
            in: 'header',
            required: false,
            schema: { type: 'string', minLength: 8, maxLength: 200 },
            description: 'Répéter la requête avec la même clé renvoie la première réservation et n’en crée pas d’autre.',
          },
        ],
        requestBody: body('BookingRequest'),
        responses: {
          '200': json('CancelledBooking', 'Rejeu (même Idempotency-Key) d’une réservation annulée depuis'),
          '201': json('Booking', 'Réservé, ou rejeu (même Idempotency-Key, en-tête Idempotent-Replayed) : la même réservation'),
          '400': error('Requête invalide (un message par champ) ou créneau hors des horaires'),
          '404': error('Parcours inconnu ou sans rappel'),
          '409': error('Créneau complet'),
          '413': error('Requête trop grande'),
          '415': error('Le corps doit être du JSON'),
          '422': error('Idempotency-Key déjà utilisée pour une autre requête'),
          '429': error('Trop de requêtes'),
        },
      },
    },
    '/api/callbacks/{reference}': {
      delete: {
        tags: ['rappel'],
        summary: 'Annuler un rappel',
        description: 'Le jeton d’annulation est passé dans l’en-tête `X-Cancel-Token` ou dans le corps `{ "cancelToken" }`.',
        parameters: [
          { name: 'reference', in: 'path', required: true, schema: { type: 'string' } },
          { name: 'X-Cancel-Token', in: 'header', required: false, schema: { type: 'string' } },
        ],
        requestBody: { required: false, content: { 'application/json': { schema: ref('CancelRequest') } } },
        responses: {
          '204': { description: 'Annulé (ou déjà annulé)' },
          '401': error('Jeton manquant'),
          '404': error('Référence inconnue ou mauvais jeton (même réponse)'),
          '409': error('Le rappel a déjà eu lieu'),
          '429': error('Trop de requêtes'),
        },
      },
    },
    '/api/callbacks/{reference}/status': {
      get: {
        tags: ['rappel'],
        summary: 'L’état d’un rappel et l’avis de l’usager, pour le widget',
        description: 'Authentifié par le jeton d’annulation (en-tête `X-Cancel-Token`), limité comme l’annulation (`RATE_LIMIT_CANCEL`).',
        parameters: [
          { name: 'reference', in: 'path', required: true, schema: { type: 'string' } },
          { name: 'X-Cancel-Token', in: 'header', required: true, schema: { type: 'string' } },
        ],
        responses: {
          '200': json('CallStatus', 'L’état du rappel'),
          '401': error('Jeton manquant'),
          '404': error('Référence inconnue ou mauvais jeton (même réponse)'),
          '429': error('Trop de requêtes'),
        },
      },
    },
    '/api/callbacks/{reference}/satisfaction': {
      post: {
        tags: ['rappel'],
        summary: 'Noter l’appel reçu (une fois, après l’appel)',
        description:
          'Authentifié par le jeton d’annulation (en-tête `X-Cancel-Token`), limité comme l’annulation. Gardé sans donnée personnelle (note, commentaire, jour), même après la suppression du rappel par la durée de conservation ; le commentaire est effacé au bout de cette durée.',
        parameters: [
          { name: 'reference', in: 'path', required: true, schema: { type: 'string' } },
          { name: 'X-Cancel-Token', in: 'header', required: true, schema: { type: 'string' } },
        ],
        requestBody: body('SatisfactionRequest'),
        responses: {
          '201': json('Satisfaction', 'Merci'),
          '400': error('Requête invalide, ou appel pas encore marqué « Appelé »'),
          '401': error('Jeton manquant'),
          '404': error('Référence inconnue ou mauvais jeton (même réponse)'),
          '409': error('Avis déjà donné pour cet appel'),
          '413': error('Requête trop grande'),
          '415': error('Le corps doit être du JSON'),
          '429': error('Trop de requêtes'),
        },
      },
    },
    '/api/callbacks/{reference}.ics': {
      get: {
        tags: ['rappel'],
        summary: 'Le rendez-vous au format iCalendar',
        parameters: [
          { name: 'reference', in: 'path', required: true, schema: { type: 'string' } },
          { name: 'token', in: 'query', required: true, schema: { type: 'string' }, description: 'Le jeton d’annulation.' },
        ],
        responses: {
          '200': { description: 'text/calendar (RFC 5545)', content: { 'text/calendar': { schema: { type: 'string' } } } },
          '401': error('Jeton manquant'),
          '404': error('Référence inconnue ou mauvais jeton (même réponse)'),
          '429': error('Trop de requêtes'),
        },
      },
    },
    '/api/feedback': {
      post: {
        tags: ['mesures'],
        summary: 'Donner son avis sur un parcours',
        requestBody: body('FeedbackRequest'),
        responses: {
          '204': { description: 'Merci' },
          '400': error('Requête invalide'),
          '404': error('Parcours inconnu'),
          '413': error('Requête trop grande'),
          '429': error('Trop de requêtes'),
        },
      },
    },
    '/api/events': {
      post: {
        tags: ['mesures'],
        summary: 'Compter un événement de parcours (anonyme)',
        description: 'Accepte aussi `text/plain` (navigator.sendBeacon). Aucun cookie, aucun identifiant : seul un compteur par jour est incrémenté.',
        requestBody: body('EventRequest'),
        responses: {
          '204': { description: 'Compté' },
          '400': error('Requête invalide'),
          '404': error('Parcours ou question inconnus'),
          '429': error('Trop de requêtes'),
        },
      },
    },
    '/api/results': {
      get: {
        tags: ['mesures'],
        summary: 'Les résultats publics (mêmes chiffres que /resultats)',
        parameters: [{ name: 'days', in: 'query', required: false, schema: { type: 'integer', minimum: 1, maximum: 366 } }],
        responses: { '200': json('Results', 'Les chiffres'), '400': error('Paramètre invalide') },
      },
    },
    '/api/communes': {
      get: {
        tags: ['parcours'],
        summary: 'Chercher une commune par son nom ou son code postal (questions « commune »)',
        parameters: [
          { name: 'q', in: 'query', required: true, schema: { type: 'string', minLength: 1, maxLength: 60 } },
          { name: 'limit', in: 'query', required: false, schema: { type: 'integer', minimum: 1, maximum: 20, default: 10 } },
        ],
        responses: { '200': json('Communes', 'Les communes trouvées, les plus peuplées d’abord'), '400': error('Paramètre invalide') },
      },
    },
    '/api/communes/{code}': {
      get: {
        tags: ['parcours'],
        summary: 'Une commune par son code INSEE',
        parameters: [{ name: 'code', in: 'path', required: true, schema: { type: 'string', pattern: '^(\\d{5}|2[AB]\\d{3})$' } }],
        responses: { '200': json('Commune', 'La commune'), '404': error('Code inconnu') },
      },
    },
    '/api/agent/callbacks': {
      get: {
        tags: ['conseillers'],
        summary: 'Les rappels d’un jour, par créneau',
        security: agentSecurity,
        parameters: [
          { name: 'date', in: 'query', required: false, schema: { type: 'string', format: 'date' } },
          { name: 'centre', in: 'query', required: false, schema: { type: 'string' } },
        ],
        responses: {
          '200': json('AgentDay', 'Les rappels'),
          '400': error('Paramètre invalide'),
          '401': error('Jeton manquant ou invalide'),
          '403': error('Droits insuffisants'),
        },
      },
    },
    '/api/agent/callbacks.csv': {
      get: {
        tags: ['conseillers'],
        summary: 'Export CSV d’un jour',
        security: agentSecurity,
        parameters: [
          { name: 'date', in: 'query', required: false, schema: { type: 'string', format: 'date' } },
          { name: 'centre', in: 'query', required: false, schema: { type: 'string' } },
        ],
        responses: {
          '200': { description: 'CSV (séparateur « ; », UTF-8)', content: { 'text/csv': { schema: { type: 'string' } } } },
          '401': error('Jeton manquant ou invalide'),
          '403': error('Droits insuffisants'),
        },
      },
    },
    '/api/agent/callbacks/{reference}': {
      get: {
        tags: ['conseillers'],
        summary: 'Un rappel',
        security: agentSecurity,
        parameters: [{ name: 'reference', in: 'path', required: true, schema: { type: 'string' } }],
        responses: {
          '200': json('AgentCallback', 'Le rappel'),
          '401': error('Jeton manquant ou invalide'),
          '403': error('Droits insuffisants'),
          '404': error('Référence inconnue'),
        },
      },
      patch: {
        tags: ['conseillers'],
        summary: 'Marquer un rappel : appelé, injoignable ou annulé',
        security: agentSecurity,
        parameters: [{ name: 'reference', in: 'path', required: true, schema: { type: 'string' } }],
        requestBody: body('StatusRequest'),
        responses: {
          '200': json('AgentCallback', 'Mis à jour'),
          '400': error('Requête invalide'),
          '401': error('Jeton manquant ou invalide'),
          '403': error('Droits insuffisants'),
          '404': error('Référence inconnue'),
          '409': error('Rappel annulé (son statut ne change plus), ou « Appelé » / « Injoignable » avant le début du créneau'),
        },
      },
    },
  },
  components: {
    schemas,
    securitySchemes: {
      agentToken: {
        type: 'http',
        scheme: 'bearer',
        description: 'Jeton créé par `npm run agent:token -- <nom>` (stocké haché côté serveur).',
      },
    },
  },
} as const
