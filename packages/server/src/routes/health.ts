import { Hono } from 'hono';
import type { RouteContext } from './context.js';

/** `GET /api/health`: liveness for Docker and uptime checks; needs no API key. */
export function healthRoutes({ deps, version }: RouteContext): Hono {
  return new Hono().get('/health', (c) => c.json({ status: 'ok', version, demo: Boolean(deps.demo) }));
}
