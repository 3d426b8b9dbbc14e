import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, beforeEach, describe, it } from 'node:test';
import { ChatCompletionsAssistant } from '../src/chat/chat-completions-assistant.js';
import { RuleAssistant } from '../src/chat/rule-assistant/rule-assistant.js';
import { ConfigError, readConfig } from '../src/config.js';
import { chatSetup } from './chat-support.js';

/** What the stub endpoint does next, and what it received. */
type Behaviour = 'text' | 'tool' | 'slow' | 'error' | 'garbage' | 'forbidden_tool' | 'unknown_tool' | 'other_order';
interface Received {
  path: string;
  authorization: string | undefined;
  body: { model: string; messages: { role: string; content: string }[]; tools: { type: string; function: { name: string } }[] };
}

const CARD = '4111 1111 1111 1111';
const completion = (message: Record<string, unknown>) =>
  JSON.stringify({ id: 'cmpl-1', object: 'chat.completion', choices: [{ index: 0, message: { role: 'assistant', ...message }, finish_reason: 'stop' }] });
const toolCall = (name: string, args: Record<string, unknown>) =>
  completion({ content: null, tool_calls: [{ id: 'call_1', type: 'function', function: { name, arguments: JSON.stringify(args) } }] });

describe('an assistant behind an OpenAI-compatible chat-completions endpoint', () => {
  let server: Server;
  let url = '';
  let behaviour: Behaviour = 'text';
  const received: Received[] = [];
  const logs: string[] = [];

  before(async () => {
    server = createServer((request: IncomingMessage, response) => {
      let raw = '';
      request.on('data', (chunk: Buffer) => (raw += chunk.toString()));
      request.on('end', () => {
        received.push({ path: request.url ?? '', authorization: request.headers.authorization, body: JSON.parse(raw) as Received['body'] });
        const json = (status: number, text: string) => response.writeHead(status, { 'content-type': 'application/json' }).end(text);
        switch (behaviour) {
          case 'text':
            return json(200, completion({ content: 'Your next payment is on 23 November. Anything else?' }));
          case 'tool':
            return json(200, toolCall('extend_due_date', { order_reference: 'SE-4K7M2QXP' }));
          case 'slow':
            return void setTimeout(() => json(200, completion({ content: 'Too late' })), 1_500).unref();
          case 'error':
            return json(500, JSON.stringify({ error: { message: 'overloaded' } }));
          case 'garbage':
            return json(200, 'this is {not json');
          case 'forbidden_tool':
            return json(200, toolCall('extend_due_date', { order_reference: 'SE-4K7M2QXP' }));
          case 'unknown_tool':
            return json(200, toolCall('delete_account', {}));
          case 'other_order':
            return json(200, toolCall('payment_plan', { order_reference: 'DE-TW1CE7K4' }));
        }
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
  });
  after(() => {
    server.closeAllConnections();
    server.close();
  });
  beforeEach(() => {
    received.length = 0;
    logs.length = 0;
  });

  const setup = () =>
    chatSetup({
      assistant: new ChatCompletionsAssistant({ url, model: 'test-model', key: 'test-key', timeoutMs: 300, fallback: new RuleAssistant(), log: (line) => logs.push(line) }),
    });

  it('answers with the text it gets, having sent only redacted text, the verified shopper’s own orders and the tools', async () => {
    behaviour = 'text';
    const t = setup();
    const chat = await t.startChat({ token: await t.login('astrid'), orderId: 'ord_se_outdoor' });
    await t.say(chat, `I paid with ${CARD}, when is my next payment?`);
    const answer = await t.last(chat, 'assistant');
    assert.equal(answer.text, 'Your next payment is on 23 November. Anything else?');
    assert.equal(received.length, 1);
    const [sent] = received;
    assert.equal(sent!.path, '/v1/chat/completions');
    assert.equal(sent!.authorization, 'Bearer test-key');
    assert.equal(sent!.body.model, 'test-model');
    const everything = JSON.stringify(sent!.body);
    assert.ok(!everything.includes(CARD) && !everything.includes('4111111111111111'), 'no card number leaves');
    assert.match(sent!.body.messages.at(-1)!.content, /I paid with •••• 1111, when is my next payment\?/);
    assert.equal(sent!.body.messages[0]!.role, 'system');
    for (const own of ['SE-4K7M2QXP', 'SE-PART1AL9', 'Hiking boots']) assert.ok(sent!.body.messages[0]!.content.includes(own), own);
    for (const other of ['DE-TW1CE7K4', 'cus_astrid', 'astrid@', 'ord_se_outdoor']) assert.ok(!everything.includes(other), other);
    assert.deepEqual(sent!.body.tools.map((tool) => tool.function.name).sort(), [
      'extend_due_date',
      'hold',
      'order_status',
      'payment_plan',
      'problem_status',
      'refund_status',
      'request_callback',
      'return_status',
      'talk_to_person',
    ]);
  });

  it('turns a tool call into the proposal the shopper confirms, acted on once', async () => {
    behaviour = 'tool';
    const t = setup();
    const chat = await t.startChat({ token: await t.login('astrid') });
    const before = (await t.deps.store.plan('ord_se_outdoor'))!.instalments.map((i) => i.dueDate);
    await t.say(chat, 'Can I pay the hiking boots later?');
    const offer = await t.last(chat, 'assistant');
    assert.equal(offer.actions[0].kind, 'confirm_extend_due_date');
    assert.equal(offer.cards[0].plan.orderId, 'ord_se_outdoor');
    assert.deepEqual(
      (await t.deps.store.plan('ord_se_outdoor'))!.instalments.map((i) => i.dueDate),
      before,
      'nothing moves before the shopper confirms',
    );
    const confirmed = await t.say(chat, '+14 days', { action: { id: offer.actions[0].id, choice: 'extend_14' } });
    assert.equal(confirmed.status, 201, JSON.stringify(confirmed.body));
    assert.match((await t.last(chat, 'assistant')).text, /^Done: your payment of SEK\s?437\.00 is now due on 7 December 2026/);
    const again = await t.say(chat, '+30 days', { action: { id: offer.actions[0].id, choice: 'extend_30' } });
    assert.equal(again.status, 409);
    const moved = (await t.deps.store.plan('ord_se_outdoor'))!.instalments.filter((i, n) => i.dueDate !== before[n]);
    assert.equal(moved.length, 1);
  });

  for (const [name, kind, why] of [
    ['slowly', 'slow', /timed out/],
    ['with 500', 'error', /answered 500/],
    ['with garbage', 'garbage', /not a chat completion/],
    ['with a tool that does not exist', 'unknown_tool', /may not call/],
    ["with another shopper's order", 'other_order', /not the shopper/],
  ] as const) {
    it(`falls back to the built-in assistant for the turn when the endpoint answers ${name}`, async () => {
      behaviour = kind;
      const t = setup();
      const chat = await t.startChat({ token: await t.login('astrid'), orderId: 'ord_se_outdoor' });
      await t.say(chat, `When is my next payment? My card is ${CARD}`);
      const answer = await t.last(chat, 'assistant');
      assert.match(answer.text, /Your next payment is SEK\s?437\.00, due on 23 November 2026/);
      assert.equal(answer.cards[0].kind, 'payment_plan');
      assert.equal(logs.length, 1);
      assert.match(logs[0]!, why);
      assert.doesNotMatch(logs[0]!, /payment|1111/, 'the log has no message text');
    });
  }

  it('falls back when an anonymous shopper’s turn calls an account tool it was not offered', async () => {
    behaviour = 'forbidden_tool';
    const t = setup();
    const chat = await t.startChat();
    await t.say(chat, 'Can I move my payment?');
    assert.deepEqual(received[0]!.body.tools.map((tool) => tool.function.name).sort(), ['request_callback', 'talk_to_person']);
    assert.ok(!received[0]!.body.messages[0]!.content.includes('SE-4K7M2QXP'));
    const answer = await t.last(chat, 'assistant');
    assert.equal(answer.actions[0].kind, 'request_verification');
    assert.match(logs[0]!, /may not call/);
  });

  it('is chosen by ASSIST_ASSISTANT_URL and MODEL, off unless set, and refuses half a configuration', () => {
    const base = { ASSIST_DEMO: '1' };
    assert.equal(readConfig(base).app.assistant, undefined);
    const on = readConfig({ ...base, ASSIST_ASSISTANT_URL: 'https://llm.example/v1', ASSIST_ASSISTANT_MODEL: 'small-model', ASSIST_ASSISTANT_KEY: 'secret' });
    assert.ok(on.app.assistant instanceof ChatCompletionsAssistant);
    assert.ok(on.notices.some((n) => n.includes('https://llm.example') && !n.includes('secret')));
    const problems = (env: Record<string, string>) => {
      try {
        readConfig({ ...base, ...env });
      } catch (error) {
        return (error as ConfigError).problems.join('\n');
      }
      return '';
    };
    assert.match(problems({ ASSIST_ASSISTANT_URL: 'https://llm.example/v1' }), /ASSIST_ASSISTANT_MODEL is not/);
    assert.match(problems({ ASSIST_ASSISTANT_MODEL: 'm' }), /ASSIST_ASSISTANT_URL is not/);
    assert.match(problems({ ASSIST_ASSISTANT_URL: 'ftp://x', ASSIST_ASSISTANT_MODEL: 'm' }), /http\(s\) URL/);
    assert.match(problems({ ASSIST_ASSISTANT_URL: 'https://llm.example', ASSIST_ASSISTANT_MODEL: 'm', ASSIST_ASSISTANT_TIMEOUT_MS: 'soon' }), /TIMEOUT_MS/);
  });
});
