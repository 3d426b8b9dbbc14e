import type { Hono } from 'hono';
import { generateOpenApi } from '@assist/contract';
import type { Deps } from '../deps.js';
import { availability, phoneAvailability } from '../domain/availability.js';
import { implement, implementedRoutes, type AppEnv } from '../http/define.js';
import { answerJson } from '../http/answer.js';

export function metaRoutes(app: Hono<AppEnv>, deps: Deps): void {
  implement(app, deps, 'health', () => ({ status: 'ok' as const, version: deps.config.version, time: deps.store.clock.now().toISOString() }));

  implement(app, deps, 'getAvailability', ({ query }) => (query.channel === 'phone' ? phoneAvailability : availability)(query.market, deps.store.clock.now()));

  let document: Record<string, unknown> | undefined;
  app.get('/openapi.json', (c) => {
    document ??= generateOpenApi(implementedRoutes.get(app) ?? [], {
      version: deps.config.version,
      servers: [{ url: new URL(c.req.url).origin, description: 'This server' }],
    });
    return answerJson(c, document);
  });
}
