import type { ArticleLink, HelpCategory } from '@assist/contract';
import { html, type TemplateResult } from 'lit';
import type { NavigationController } from '../navigation.controller.js';

/** A topic: its description and all its articles; it loads with the article view, as the topic's articles do. */
export function topicView(c: NavigationController, category: HelpCategory, articles: readonly ArticleLink[], link: (a: ArticleLink) => TemplateResult): TemplateResult {
  return html`<section class="card">
    <h2 class="hc__title" id="${c.uid}-heading" tabindex="-1">${category.title}</h2>
    <p class="hc__muted">${category.description}</p>
    <ul class="articles">
      ${articles.map((a) => html`<li>${link(a)}</li>`)}
    </ul>
  </section>`;
}
