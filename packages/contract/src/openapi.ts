import * as z from 'zod/mini';
import { ApiError, ERROR_STATUS, type ErrorCode } from './errors.js';
import type { AnyRoute } from './routes.js';
import { IDEMPOTENCY_HEADER } from './common.js';
import { ATTACHMENT_NAME_HEADER, ATTACHMENT_TYPES, MAX_ATTACHMENT_BYTES } from './attachments.js';

type JsonSchema = Record<string, unknown>;

function schemaOf(schema: z.core.$ZodType, io: 'input' | 'output'): JsonSchema {
  const json = z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' }) as JsonSchema;
  delete json.$schema;
  return json;
}

/** Path, query or header parameters from an object schema, one entry per property. */
function parametersOf(schema: z.core.$ZodType | undefined, where: 'path' | 'query'): JsonSchema[] {
  if (!schema) return [];
  const json = schemaOf(schema, 'input');
  const properties = (json.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((json.required ?? []) as string[]);
  return Object.entries(properties).map(([name, property]) => ({
    name,
    in: where,
    required: where === 'path' || required.has(name),
    schema: property,
  }));
}

/** Which errors a route can answer, from its shape. */
function errorsOf(route: AnyRoute): ErrorCode[] {
  const codes: ErrorCode[] = ['validation_failed', 'rate_limited'];
  if (route.body) codes.push('invalid_json', 'payload_too_large', 'unsupported_media_type');
  if (route.rawBody) codes.push('too_large', 'unsupported_type');
  if (route.auth !== 'none' && route.auth !== 'optional' && route.auth !== 'signed') codes.push('unauthorized');
  if (route.params) codes.push('not_found');
  if (route.method !== 'GET') codes.push('conflict');
  if (route.idempotency !== 'none') codes.push('idempotency_mismatch');
  return codes;
}

export interface OpenApiOptions {
  title?: string;
  version?: string;
  servers?: { url: string; description?: string }[];
}

/** An OpenAPI 3.1 document for the given routes, generated from their zod schemas. */
export function generateOpenApi(routeList: readonly AnyRoute[], options: OpenApiOptions = {}): JsonSchema {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routeList) {
    const openApiPath = route.path.replace(/:([A-Za-z]+)/g, '{$1}');
    const parameters = [...parametersOf(route.params, 'path'), ...parametersOf(route.query, 'query')];
    if (route.idempotency !== 'none') {
      parameters.push({
        name: IDEMPOTENCY_HEADER,
        in: 'header',
        required: route.idempotency === 'required',
        description:
          "A unique key per logical request: a replay by the same caller answers the first result; the same key with another body answers 422. Without a token the key is the caller's secret: at least 32 random characters.",
        schema: { type: 'string', pattern: '^[A-Za-z0-9_-]{8,64}$' },
      });
    }
    if (route.rawBody) {
      parameters.push({
        name: ATTACHMENT_NAME_HEADER,
        in: 'header',
        required: true,
        description: "The file's name, percent-encoded as UTF-8 (encodeURIComponent); at most 120 characters once decoded.",
        schema: { type: 'string', minLength: 1 },
      });
    }
    const content = route.file
      ? Object.fromEntries(ATTACHMENT_TYPES.map((type) => [type, { schema: { type: 'string', contentMediaType: type } }]))
      : { [route.stream ? 'text/event-stream' : 'application/json']: { schema: schemaOf(route.response, 'output') } };
    const responses: Record<string, unknown> = { [String(route.status)]: { description: route.summary, content } };
    for (const code of errorsOf(route)) {
      const status = String(ERROR_STATUS[code]);
      responses[status] ??= {
        description: code,
        content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
      };
    }
    const operation: Record<string, unknown> = {
      operationId: route.id,
      summary: route.summary,
      tags: [route.tag],
      parameters,
      responses,
    };
    if (route.body) {
      operation.requestBody = {
        required: true,
        content: { 'application/json': { schema: schemaOf(route.body, 'input') } },
      };
    }
    if (route.rawBody) {
      operation.requestBody = {
        required: true,
        description: `The file's bytes, at most ${MAX_ATTACHMENT_BYTES} bytes; the content must be of the type sent as Content-Type.`,
        content: Object.fromEntries(ATTACHMENT_TYPES.map((type) => [type, { schema: { type: 'string', contentMediaType: type } }])),
      };
    }
    if (route.auth === 'shopper' || route.auth === 'chat') operation.security = [{ shopperToken: [] }];
    if (route.auth === 'optional') operation.security = [{}, { shopperToken: [] }];
    if (route.auth === 'agent') operation.security = [{ agentToken: [] }];
    if (route.auth === 'any') operation.security = [{ shopperToken: [] }, { agentToken: [] }];
    if (route.auth === 'signed') operation.security = [{}, { shopperToken: [] }, { agentToken: [] }];
    (paths[openApiPath] ??= {})[route.method.toLowerCase()] = operation;
  }
  return {
    openapi: '3.1.0',
    info: {
      title: options.title ?? 'Assist API',
      version: options.version ?? '1.0.0',
      description: 'Customer service for buy-now-pay-later checkouts: help, identity, orders, returns, problems, chat, callbacks.',
    },
    servers: options.servers ?? [],
    paths,
    components: {
      schemas: { Error: schemaOf(ApiError, 'output') },
      securitySchemes: {
        shopperToken: { type: 'http', scheme: 'bearer', description: 'From /v1/auth/verify, /v1/auth/session or /v1/chat/sessions' },
        agentToken: { type: 'http', scheme: 'bearer', description: 'Agent console token' },
      },
    },
  };
}
