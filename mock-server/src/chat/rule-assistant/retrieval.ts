import type { AssistantTurn, HelpAnswer } from '../assistant.js';
import type { ArticleIntent, TopicIntent } from '../intent-keywords.js';
import type { Detection } from '../intents.js';
import type { ChatTopic } from '../records.js';
import { agentAction, feedbackAction, topicsAction } from './actions.js';
import { INTENT_ARTICLES, TOPIC_ARTICLES, TOPIC_CATEGORIES, TOPIC_OF_INTENT, topicOfCategory } from './tables.js';
import type { Turn } from './turn.js';

/** Answers from the help content: the article that answers a question, a topic's article, or "not sure". */

/** A search hit this good answers a question on its own. */
const CONFIDENT_SCORE = 40;
/** A hit scoring this many times the best hit of the detected topic is taken over it. */
const DOMINANT = 1.5;

/** The best article for a question: a confident search hit (the topic's keywords decide between close ones), else the topic's article. */
export function retrieve(turn: Turn, text: string, d: Detection): AssistantTurn {
  const best = confidentHit(turn, text, null);
  const fitting = confidentHit(turn, text, d.topic);
  // The topic's keywords pick among close hits; a hit far ahead of the others wins on its own.
  const hit = best && (!fitting || best.score >= DOMINANT * fitting.score) ? best : fitting;
  if (hit) return answer(turn, hit, d.topic ?? topicOfCategory(hit.category));
  if (d.topic) return topicAnswer(turn, d.topic);
  return miss(turn);
}

/** The best search hit that answers the question on its own and fits the topic, if any. */
export function confidentHit(turn: Turn, text: string, topic: ChatTopic | null): HelpAnswer | undefined {
  if (text.trim() === '') return undefined;
  const fits = (h: HelpAnswer) => topic === null || topic === 'other' || (TOPIC_CATEGORIES[topic] ?? []).includes(h.category);
  return turn.search(text).find((h) => h.score >= CONFIDENT_SCORE && fits(h));
}

export function topicAnswer(turn: Turn, topic: TopicIntent): AssistantTurn {
  const slug = TOPIC_ARTICLES[topic];
  const article = slug ? turn.article(slug) : undefined;
  if (!article) return { ...miss(turn), topic };
  return answer(turn, article, topic);
}

/** A question with an article of its own (charged twice, late fee, complaint), with the offer of a person where that helps. */
export function articleIntent(turn: Turn, intent: ArticleIntent, d: Detection, text: string): AssistantTurn {
  const topic = TOPIC_OF_INTENT[intent] ?? d.topic ?? 'other';
  // A search hit that answers the very question ("how can I avoid late fees?") beats the intent's usual article;
  // wanting to send something back ("the shoes don't fit") is answered by how to return, whatever else the words match.
  const article = (intent === 'wants_to_return' ? undefined : confidentHit(turn, text, null)) ?? turn.article(INTENT_ARTICLES[intent]);
  if (!article) return miss(turn);
  const reply = answer(turn, article, topic);
  if (intent === 'complaint') reply.actions = [agentAction(turn.p, 'complaint', 'legal_review')];
  if (intent === 'charged_twice') reply.actions = [agentAction(turn.p, 'shopper_request', 'level_2')];
  return reply;
}

/** An article's title and summary, with a link to it and "did that help?". */
export function answer(turn: Turn, article: HelpAnswer, topic: ChatTopic): AssistantTurn {
  return {
    text: `${article.title}\n${article.summary}`,
    articles: [{ slug: article.slug, title: article.title }],
    actions: [feedbackAction(turn.p)],
    topic,
    helped: true,
  };
}

/** Nothing found: the topics to choose from the first time, a person the second time in a row. */
export function miss(turn: Turn): AssistantTurn {
  const p = turn.p;
  if (turn.ctx.misses >= 1) return { text: p.cannotHelp, helped: false, handoff: { reason: 'assistant_cannot_help', level: 'level_1' } };
  return { text: p.notSure, helped: false, actions: [topicsAction(p, true)] };
}
