import type { Hono } from 'hono';
import * as z from 'zod/mini';
import { toErrorIssues } from '@assist/contract';
import type { ChatService } from '../chat/service.js';
import { AGENT_BEHAVIOURS } from '../chat/simulated-agent.js';
import type { Deps } from '../deps.js';
import { readJson, type AppEnv } from '../http/define.js';
import { validationFailure } from '../http/failure.js';
import { answerJson } from '../http/answer.js';

const Delay = z.int().check(z.minimum(0), z.maximum(24 * 60 * 60 * 1000));
const AgentConfigRequest = z.strictObject({
  behaviour: z.optional(z.enum(AGENT_BEHAVIOURS)),
  name: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(40))),
  replyDelayMs: z.optional(Delay),
  followUpDelayMs: z.optional(Delay),
  resolveDelayMs: z.optional(Delay),
});

/**
 * QA admin for the chat (mock only): the simulated agent's behaviour and delays, and taking every
 * queued chat now. Resetting data or switching scenarios also resets the chat's timers and settings.
 * Registered before the general admin routes so the reset hooks run around them.
 */
export function adminChatRoutes(app: Hono<AppEnv>, _deps: Deps, chat: ChatService): void {
  for (const path of ['/__admin/reset', '/__admin/scenario']) {
    app.use(path, async (c, next) => {
      await next();
      if (c.req.method === 'POST' && c.res.status < 300) chat.reset();
    });
  }

  app.get('/__admin/chat/agent', (c) => answerJson(c, chat.agent));

  app.post('/__admin/chat/agent', async (c) => {
    const result = AgentConfigRequest.safeParse(await readJson(c));
    if (!result.success) throw validationFailure(toErrorIssues('body', result.error.issues));
    for (const [key, value] of Object.entries(result.data)) if (value !== undefined) Object.assign(chat.agent, { [key]: value });
    return answerJson(c, chat.agent);
  });

  app.post('/__admin/chat/agent/pickup', async (c) => answerJson(c, { taken: await chat.pickUpNow() }));
}
