import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { REPLY_LANGUAGES } from '../src/chat/format.js';
import { ACTION_INTENTS, ARTICLE_INTENTS, SOCIAL_INTENTS, TOPIC_INTENTS } from '../src/chat/intent-keywords.js';
import { phrasesFor } from '../src/chat/phrases.js';
import { HELD_OUT } from '../../test/assistant-eval/held-out.js';
import { PHRASES } from '../../test/assistant-eval/phrases.js';
import { LanguageJudge, figures, groupBy, score, type Scored } from '../../test/assistant-eval/score.js';

/**
 * The floor under the assistant evaluation set (test/assistant-eval, `pnpm bench assistant` prints the
 * full figures): a regression in understanding or in the language of the replies fails here.
 * "In language" is held on replies whose help article is written in the shopper's language; a reply
 * showing an article not yet translated is answered in English meanwhile and counted apart.
 */
describe('assistant evaluation set', () => {
  let tuned: Scored[] = [];
  let heldOut: Scored[] = [];
  before(async () => {
    tuned = await score(PHRASES);
    heldOut = await score(HELD_OUT);
  });

  it('has at least 250 phrases, every intent in every language, and a held-out list of its own', () => {
    assert.ok(PHRASES.length >= 250, `${PHRASES.length}`);
    for (const language of REPLY_LANGUAGES) {
      for (const intent of [...ACTION_INTENTS, ...ARTICLE_INTENTS, ...TOPIC_INTENTS, ...SOCIAL_INTENTS]) {
        assert.ok(
          PHRASES.some((p) => p.language === language && p.intent === intent),
          `${language} ${intent}`,
        );
      }
    }
    const texts = new Set(PHRASES.map((p) => p.text));
    assert.ok(HELD_OUT.length >= 75 && HELD_OUT.every((p) => !texts.has(p.text)));
  });

  it('understands at least 90 % overall and 75 % in every language and every intent', () => {
    const all = figures(tuned);
    assert.ok(all.understood >= 90, JSON.stringify(all));
    for (const [language, f] of groupBy(tuned, (s) => s.language)) assert.ok(f.understood >= 75, `${language}: ${JSON.stringify(f)}`);
    for (const [intent, f] of groupBy(tuned, (s) => s.intent)) assert.ok(f.understood >= 75, `${intent}: ${JSON.stringify(f)}`);
  });

  it('answers at least 95 % in the shopper’s language, and 75 % in every language', () => {
    const all = figures(tuned);
    assert.ok(all.inLanguageWritten >= 95, JSON.stringify(all));
    for (const [language, f] of groupBy(tuned, (s) => s.language)) assert.ok(f.inLanguageWritten >= 75, `${language}: ${JSON.stringify(f)}`);
    // Only help articles may still come in English, and only where the article has no text in that language.
    for (const s of tuned) if (!s.inLanguage) assert.ok(s.pendingContent, `${s.language} "${s.text}" → ${s.reply}`);
  });

  it('understands at least 85 % of the held-out phrases, which were not used to choose keywords', () => {
    const f = figures(heldOut);
    assert.ok(f.understood >= 85, JSON.stringify(f));
    assert.ok(f.inLanguageWritten >= 90, JSON.stringify(f));
  });
});

describe('the language judge of the evaluation', () => {
  const judge = new LanguageJudge(() => undefined, []);

  it('traces a reply to the phrase table it came from, with the values filled in', () => {
    assert.equal(judge.reply(phrasesFor('fr').greetBack('Léa')), 'fr');
    assert.equal(judge.reply(phrasesFor('nb').queued(3, 7, 'T-123')), 'nb');
    assert.equal(judge.reply(phrasesFor('da').queued(3, 7, 'T-123')), 'da');
    assert.equal(judge.reply(phrasesFor('cs').planSummary('CZ-4K7M2QXP', '1 200 Kč', '2 400 Kč')), 'cs');
  });

  it('gives no language to a reply mixing two, or to text of none', () => {
    assert.equal(judge.reply(`${phrasesFor('en').notSure}\n${phrasesFor('de').verifyForAccount}`), null);
    assert.equal(judge.reply('SE-4K7M2QXP'), null);
  });
});
