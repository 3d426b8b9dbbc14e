/**
 * Assistant understanding and language: every phrase of the evaluation set (test/assistant-eval/phrases.ts)
 * sent through the chat API in its page locale, scored as understood (the intent's observable outcome)
 * and answered in the shopper's language; overall, per language and per intent, then the held-out
 * phrases (never used to tune the keywords) on their own. Targets: ≥ 90 % understood, ≥ 95 % in language.
 * "In language" counts every reply; a reply that shows a help article not yet written in the shopper's
 * language is answered in English meanwhile, and the figure in brackets leaves those out.
 * Run: node --import tsx test/bench/assistant.bench.ts   (ASSIST_EVAL_VERBOSE=1 lists every miss)
 */
import { HELD_OUT } from '../assistant-eval/held-out.js';
import { PHRASES } from '../assistant-eval/phrases.js';
import { crossPage, figures, groupBy, score, type Figures, type Scored } from '../assistant-eval/score.js';
import { progress, runDirect, type BenchResult, type Row } from './support/report.js';

const UNDERSTOOD = 90;
const IN_LANGUAGE = 95;

function row(section: string, name: string, f: Figures): Row {
  const ok = f.understood >= UNDERSTOOD && f.inLanguage >= IN_LANGUAGE;
  return {
    section,
    name: `${name} (${f.count})`,
    value: `understood ${f.understood} % · in language ${f.inLanguage} % (${f.inLanguageWritten} % without ${f.pendingContent} untranslated articles)`,
    budget: `≥ ${UNDERSTOOD} % · ≥ ${IN_LANGUAGE} %`,
    status: ok ? 'ok' : 'over',
  };
}

function misses(list: readonly Scored[]): void {
  if (!process.env.ASSIST_EVAL_VERBOSE) return;
  for (const s of list) {
    if (s.understood && (s.inLanguage || s.pendingContent)) continue;
    progress(`${s.understood ? '  ' : 'U '}${s.inLanguage ? '  ' : 'L '}${s.language} ${s.page} ${s.intent}: "${s.text}" → [${s.replyLanguage}] ${s.reply.split('\n')[0]}`);
  }
}

async function run(): Promise<BenchResult<{ tuned: Figures; heldOut: Figures }>> {
  progress(`scoring ${PHRASES.length} phrases and ${HELD_OUT.length} held-out phrases through the chat API`);
  const tuned = await score(PHRASES);
  const heldOut = await score(HELD_OUT);
  misses([...tuned, ...heldOut]);
  const rows: Row[] = [
    row('assistant', 'evaluation set, overall', figures(tuned)),
    row('assistant', 'evaluation set, sent from a page in another language', figures(tuned.filter(crossPage))),
    row('assistant', 'held-out phrases, overall', figures(heldOut)),
  ];
  for (const [language, f] of groupBy(tuned, (s) => s.language)) rows.push(row('assistant by language', language, f));
  for (const [intent, f] of groupBy(tuned, (s) => s.intent)) rows.push(row('assistant by intent', intent, f));
  for (const [language, f] of groupBy(heldOut, (s) => s.language)) rows.push(row('held-out by language', language, f));
  return { name: 'assistant', rows, data: { tuned: figures(tuned), heldOut: figures(heldOut) } };
}

await runDirect(import.meta.url, run);
