/**
 * JSON Schemas (2020-12) of the API's bodies: the OpenAPI document publishes them and
 * the request validator compiles them, so documentation and checks cannot drift.
 * @module
 */

const slug = { type: 'string', pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', maxLength: 80 } as const
const questionId = { type: 'string', pattern: '^[a-z][a-z0-9_]*$', maxLength: 80 } as const
const dateTime = { type: 'string', format: 'date-time' } as const
const isoDate = { type: 'string', format: 'date' } as const
const reference = { type: 'string', pattern: '^MDV-[0-9A-Z]{4}-[0-9A-Z]{4}$', examples: ['MDV-7KQ2-X9PD'] } as const
const rate = { type: ['number', 'null'], minimum: 0, maximum: 1 } as const
const count = { type: 'integer', minimum: 0 } as const
/** Ratings from 1 to 5 per journey: the service's feedback and the calls' (/api/results). */
const ratingsByJourney = {
  type: 'array',
  items: {
    type: 'object',
    required: ['journey', 'title', 'count', 'average', 'distribution'],
    properties: {
      journey: slug,
      title: { type: 'string' },
      count,
      average: { type: ['number', 'null'] },
      distribution: { type: 'array', items: count, minItems: 5, maxItems: 5 },
    },
    additionalProperties: false,
  },
} as const

export const schemas = {
  Error: {
    type: 'object',
    required: ['error'],
    properties: {
      error: { type: 'string', description: 'Message en français, pour l’usager ou l’intégrateur.' },
      errors: {
        type: 'object',
        description: 'Un message par champ invalide, par nom de champ (« phone », « start », « summary.answers.lieu »…).',
        additionalProperties: { type: 'string' },
      },
    },
    additionalProperties: false,
  },
  Health: {
    type: 'object',
    required: ['status', 'storage', 'journeys'],
    properties: {
      status: { enum: ['ok', 'unavailable'] },
      storage: { enum: ['pglite', 'postgres'] },
      journeys: count,
    },
    additionalProperties: false,
  },
  JourneySummary: {
    type: 'object',
    required: ['id', 'title', 'description', 'version'],
    properties: { id: slug, title: { type: 'string' }, description: { type: 'string' }, version: { type: 'integer', minimum: 1 } },
    additionalProperties: false,
  },
  JourneyIndex: {
    type: 'object',
    required: ['journeys'],
    properties: { journeys: { type: 'array', items: { $ref: '#/components/schemas/JourneySummary' } } },
    additionalProperties: false,
  },
  CompiledJourney: {
    type: 'object',
    description: 'Le parcours compilé (voir /journeys/schema.json pour sa source YAML et docs/journey-format.md).',
    required: ['format', 'id', 'title', 'version', 'questions', 'tasks'],
    properties: { format: { const: 1 }, id: slug, title: { type: 'string' }, version: { type: 'integer' }, questions: { type: 'array' }, tasks: { type: 'array' } },
  },
  Slot: {
    type: 'object',
    required: ['start', 'end', 'remaining'],
    properties: {
      start: { ...dateTime, description: 'Début, heure de Paris avec son décalage (2026-11-25T09:00:00+01:00).' },
      end: dateTime,
      remaining: { type: 'integer', minimum: 1, description: 'Places encore libres.' },
    },
    additionalProperties: false,
  },
  SlotList: {
    type: 'object',
    required: ['centre', 'timeZone', 'slots'],
    properties: {
      centre: {
        type: 'object',
        required: ['id', 'name', 'caller', 'callerNumber', 'callerNumberHidden'],
        properties: {
          id: slug,
          name: { type: 'string' },
          caller: { type: ['string', 'null'], description: 'Qui appellera l’usager (« Un conseiller France services »), à lui montrer avant qu’il réserve ; null si le centre ne le dit pas.' },
          callerNumber: { type: ['string', 'null'], description: 'Le numéro qui s’affichera sur son téléphone, tel qu’il s’écrit (« 01 23 45 67 89 ») ; null s’il est masqué ou non précisé.' },
          callerNumberHidden: { type: 'boolean', description: 'Vrai si le centre appelle en numéro masqué.' },
        },
        additionalProperties: false,
      },
      timeZone: { const: 'Europe/Paris' },
      slots: { type: 'array', items: { $ref: '#/components/schemas/Slot' } },
    },
    additionalProperties: false,
  },
  AnswerValue: {
    description: 'Une réponse, comme dans le parcours compilé : texte, nombre, booléen, date AAAA-MM-JJ ou liste de choix.',
    oneOf: [
      { type: 'string', maxLength: 500 },
      { type: 'number' },
      { type: 'boolean' },
      { type: 'array', maxItems: 100, items: { type: 'string', maxLength: 200 } },
    ],
  },
  SummaryInput: {
    type: 'object',
    description:
      'Les réponses de l’usager, par identifiant de question. Le serveur les met en mots et recalcule le plan avec le moteur : le conseiller voit exactement ce que l’usager a vu. `plan` est accepté mais ignoré.',
    required: ['answers'],
    properties: {
      answers: {
        type: 'object',
        maxProperties: 200,
        propertyNames: questionId,
        additionalProperties: { $ref: '#/components/schemas/AnswerValue' },
      },
      plan: { description: 'Ignoré (le plan est recalculé à partir des réponses).' },
    },
    additionalProperties: false,
  },
  BookingRequest: {
    type: 'object',
    required: ['journey', 'start', 'phone', 'consent'],
    properties: {
      journey: slug,
      start: { ...dateTime, description: 'Le début d’un créneau renvoyé par /api/callbacks/slots.' },
      phone: { type: 'string', minLength: 6, maxLength: 40, description: 'Numéro français, métropole ou outre-mer, tel que saisi.' },
      name: { type: 'string', minLength: 1, maxLength: 100 },
      consent: { type: 'boolean', description: 'L’usager accepte d’être appelé : obligatoire, doit valoir true (false → 400 sur « consent »).' },
      shareAnswers: {
        type: 'boolean',
        default: false,
        description:
          'L’usager accepte que le résumé de ses réponses soit montré au conseiller. Faux ou absent : le résumé n’est pas gardé, le conseiller ne voit que le nom du parcours.',
      },
      summary: {
        description:
          'Ce que le conseiller lira avant d’appeler, gardé seulement si `shareAnswers` est vrai : un texte (ce qu’envoie le widget), ou les réponses brutes, que le serveur met en mots avec le plan.',
        oneOf: [{ type: 'string', minLength: 1, maxLength: 8000 }, { $ref: '#/components/schemas/SummaryInput' }],
      },
    },
    additionalProperties: false,
  },
  Booking: {
    type: 'object',
    required: ['reference', 'status', 'cancelToken', 'cancelCode', 'start', 'end'],
    properties: {
      reference,
      status: { type: 'string', enum: ['booked', 'called', 'unreachable'] },
      cancelToken: { type: 'string', minLength: 20, description: 'Secret à garder par le widget : permet d’annuler (API) et de télécharger le rendez-vous (.ics).' },
      cancelCode: {
        type: 'string',
        pattern: '^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$',
        description: 'Code court à noter avec la référence (« K7P4-QX9M ») : annule le rendez-vous sur la page /annuler.',
      },
      start: dateTime,
      end: dateTime,
    },
    additionalProperties: false,
  },
  CancelledBooking: {
    type: 'object',
    description: 'Réponse (200) au rejeu d’une réservation annulée depuis : son état, sans secret.',
    required: ['reference', 'status', 'start', 'end'],
    properties: { reference, status: { const: 'cancelled' }, start: dateTime, end: dateTime },
    additionalProperties: false,
  },
  CancelRequest: {
    type: 'object',
    required: ['cancelToken'],
    properties: { cancelToken: { type: 'string', minLength: 1, maxLength: 200 } },
    additionalProperties: false,
  },
  CallStatus: {
    type: 'object',
    description: 'L’état d’un rappel pour le widget de l’usager : a-t-il eu lieu, l’usager l’a-t-il noté.',
    required: ['status', 'start', 'end', 'satisfaction'],
    properties: {
      status: { enum: ['booked', 'called', 'unreachable', 'cancelled'] },
      start: dateTime,
      end: dateTime,
      satisfaction: {
        oneOf: [{ type: 'null' }, { type: 'object', required: ['rating'], properties: { rating: { type: 'integer', minimum: 1, maximum: 5 } }, additionalProperties: false }],
      },
    },
    additionalProperties: false,
  },
  SatisfactionRequest: {
    type: 'object',
    required: ['rating'],
    properties: {
      rating: { type: 'integer', minimum: 1, maximum: 5, description: 'De 1 (pas du tout satisfait) à 5 (très satisfait).' },
      comment: { type: 'string', maxLength: 1000, description: 'Facultatif ; effacé à la fin de la durée de conservation.' },
    },
    additionalProperties: false,
  },
  Satisfaction: {
    type: 'object',
    required: ['rating'],
    properties: { rating: { type: 'integer', minimum: 1, maximum: 5 } },
    additionalProperties: false,
  },
  FeedbackRequest: {
    type: 'object',
    required: ['journey', 'rating'],
    properties: {
      journey: slug,
      rating: { type: 'integer', minimum: 1, maximum: 5 },
      comment: { type: 'string', maxLength: 2000 },
    },
    additionalProperties: false,
  },
  EventRequest: {
    type: 'object',
    required: ['journey', 'type'],
    properties: {
      journey: slug,
      type: { enum: ['started', 'completed', 'abandoned'] },
      question: { ...questionId, description: 'Pour `abandoned` : la question affichée quand l’usager est parti.' },
      session: {
        type: 'string',
        pattern: '^[A-Za-z0-9_-]{16,64}$',
        description: 'Identifiant aléatoire du parcours en cours (tiré par le widget, gardé avec les réponses, nouveau à « Recommencer ») : un parcours repris après un rechargement n’est compté qu’une fois. Stocké seulement haché avec le secret du serveur.',
      },
    },
    additionalProperties: false,
    if: { properties: { type: { const: 'abandoned' } } },
    then: { required: ['question'] },
  },
  Commune: {
    type: 'object',
    required: ['code', 'nom', 'departement', 'codesPostaux'],
    properties: {
      code: { type: 'string', pattern: '^(\\d{5}|2[AB]\\d{3})$', description: 'Code INSEE (la réponse enregistrée).' },
      nom: { type: 'string' },
      departement: { type: 'string', examples: ['75', '2A', '971'] },
      codesPostaux: { type: 'array', items: { type: 'string', pattern: '^\\d{5}$' } },
    },
    additionalProperties: false,
  },
  Communes: {
    type: 'object',
    required: ['communes'],
    properties: { communes: { type: 'array', maxItems: 20, items: { $ref: '#/components/schemas/Commune' } } },
    additionalProperties: false,
  },
  Results: {
    type: 'object',
    required: ['period', 'journeys', 'abandonment', 'weeks', 'satisfaction', 'callSatisfaction', 'callbacks'],
    properties: {
      period: {
        type: 'object',
        required: ['from', 'to', 'days'],
        properties: { from: isoDate, to: isoDate, days: { type: 'integer', minimum: 1, maximum: 366 } },
        additionalProperties: false,
      },
      journeys: {
        type: 'array',
        items: {
          type: 'object',
          required: ['journey', 'title', 'started', 'completed', 'abandoned', 'completionRate'],
          properties: { journey: slug, title: { type: 'string' }, started: count, completed: count, abandoned: count, completionRate: rate },
          additionalProperties: false,
        },
      },
      abandonment: {
        type: 'array',
        items: {
          type: 'object',
          required: ['journey', 'journeyTitle', 'question', 'label', 'count', 'rate'],
          properties: { journey: slug, journeyTitle: { type: 'string' }, question: { type: 'string' }, label: { type: 'string' }, count, rate },
          additionalProperties: false,
        },
        description: 'Parcours jamais terminés, comptés à la question la plus avancée où la page a été quittée ; `rate` : part des parcours commencés.',
      },
      weeks: {
        type: 'array',
        description: 'Parcours commencés et terminés par semaine (lundi), selon le jour de leur début.',
        items: {
          type: 'object',
          required: ['week', 'started', 'completed'],
          properties: { week: isoDate, started: count, completed: count },
          additionalProperties: false,
        },
      },
      satisfaction: ratingsByJourney,
      callSatisfaction: {
        description: 'Notes données par les usagers à l’appel reçu (une au plus par rappel), par parcours.',
        ...ratingsByJourney,
      },
      callbacks: {
        type: 'object',
        required: ['due', 'honoured', 'rate', 'byJourney'],
        properties: {
          due: count,
          honoured: count,
          rate,
          byJourney: {
            type: 'array',
            items: {
              type: 'object',
              required: ['journey', 'due', 'honoured', 'rate'],
              properties: { journey: slug, due: count, honoured: count, rate },
              additionalProperties: false,
            },
          },
        },
        additionalProperties: false,
      },
    },
    additionalProperties: false,
  },
  CallbackSummary: {
    oneOf: [{ type: 'null' }, { $ref: '#/components/schemas/TextSummary' }, { $ref: '#/components/schemas/StructuredSummary' }],
  },
  TextSummary: {
    type: 'object',
    required: ['text'],
    properties: { text: { type: 'string' } },
    additionalProperties: false,
  },
  StructuredSummary: {
    type: 'object',
    required: ['journeyVersion', 'answers', 'tasks'],
    properties: {
      journeyVersion: { type: 'integer' },
      answers: {
        type: 'array',
        items: {
          type: 'object',
          required: ['id', 'label', 'answer'],
          properties: { id: { type: 'string' }, label: { type: 'string' }, answer: { type: 'string' } },
          additionalProperties: false,
        },
      },
      tasks: {
        type: 'array',
        items: {
          type: 'object',
          required: ['id', 'title', 'period', 'mandatory'],
          properties: {
            id: { type: 'string' },
            title: { type: 'string' },
            period: { type: 'string' },
            due: isoDate,
            mandatory: { type: 'boolean' },
            kind: { enum: ['todo', 'advice', 'automatic'], description: 'À faire, « Si besoin » (conseil) ou « Automatique » ; absent dans les résumés plus anciens.' },
          },
          additionalProperties: false,
        },
      },
    },
    additionalProperties: false,
  },
  AgentCallback: {
    type: 'object',
    required: ['reference', 'journey', 'centre', 'start', 'end', 'phone', 'name', 'status', 'statusAt', 'statusBy', 'cancelledBy', 'cancelledAt', 'summary'],
    properties: {
      reference,
      journey: slug,
      centre: slug,
      start: dateTime,
      end: dateTime,
      phone: { type: ['string', 'null'], description: 'E.164 ; effacé si l’usager a annulé.' },
      name: { type: ['string', 'null'] },
      status: { enum: ['booked', 'called', 'unreachable', 'cancelled'] },
      statusAt: { type: ['string', 'null'], format: 'date-time' },
      statusBy: { type: ['string', 'null'] },
      cancelledBy: { enum: ['usager', 'agent', null], description: 'Qui a annulé : l’usager (ses réponses sont alors effacées) ou un conseiller.' },
      cancelledAt: { type: ['string', 'null'], format: 'date-time' },
      summary: { $ref: '#/components/schemas/CallbackSummary' },
    },
    additionalProperties: false,
  },
  AgentDay: {
    type: 'object',
    required: ['date', 'slots'],
    properties: {
      date: isoDate,
      slots: {
        type: 'array',
        items: {
          type: 'object',
          required: ['centre', 'start', 'end', 'callbacks'],
          properties: {
            centre: slug,
            start: dateTime,
            end: dateTime,
            callbacks: { type: 'array', items: { $ref: '#/components/schemas/AgentCallback' } },
          },
          additionalProperties: false,
        },
      },
    },
    additionalProperties: false,
  },
  StatusRequest: {
    type: 'object',
    required: ['status'],
    properties: { status: { enum: ['called', 'unreachable', 'cancelled'] } },
    additionalProperties: false,
  },
} as const

export type SchemaName = keyof typeof schemas
