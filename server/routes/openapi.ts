/**
 * `/api/openapi.json`: the API description (OpenAPI 3.1).
 * @module
 */
import { Hono } from 'hono'
import type { AppEnv } from '../env.ts'
import { openApiDocument } from '../openapi/document.ts'

export function openApiRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>()
  const body = JSON.stringify(openApiDocument)
  app.get('/api/openapi.json', (c) => c.body(body, 200, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'public, max-age=300' }))
  return app
}
