import { AssistApiError } from '@assist/client';
import { focusOn, type Key, type ReporterStep } from './context.js';
import { lines, problemBody, returnBody, type Fields } from './draft.js';
import type { ReporterFlow } from './flow.js';
import { run } from './request.js';
import type * as Rules from './return-reporter.rules.js';
import type * as Steps from './views/steps.js';

/**
 * Checks the form with the contract's own rules: the very schemas the API validates with, loaded with
 * `import()` the first time a check runs or a step needs them, together with the views of the later
 * steps (so zod and those views are not part of the first chunk, and a form nobody fills in never
 * loads them). Shows each problem at its field, also those of the
 * API's 400 answers, announces them and moves focus to the first.
 */
export class Validation {
  /** The rules, once loaded (see `load`). */
  rules: typeof Rules | undefined;
  /** The views of the steps after the first, loaded with the rules (each of them needs the rules). */
  views: typeof Steps | undefined;
  /** Field → what is wrong with it ('' once the shopper changed it). */
  errors: Record<string, string> = {};
  readonly #flow: ReporterFlow;

  constructor(flow: ReporterFlow) {
    this.#flow = flow;
  }

  /** The rules, loaded the first time they are needed; undefined when they could not be: that failure shows as a request's would. */
  async load(): Promise<typeof Rules | undefined> {
    return (this.rules ??= await run(this.#flow, async () => {
      const [rules, views] = await Promise.all([import('./return-reporter.rules.js'), import('./views/steps.js')]);
      this.views = views;
      return rules;
    }));
  }

  /** The label of a field, as the error summary names it. */
  label(field: string): string {
    if (field.startsWith('qty-')) return this.#flow.t('quantityOf', { item: this.#flow.order?.items.find((i) => `qty-${i.id}` === field)?.name ?? '' });
    return this.#flow.t(`f_${field}` as Key);
  }

  /** What is wrong, in the contract's own words in English and translated otherwise. */
  say(description: Rules.Description): string {
    return this.#flow.i18n.locale === 'en' && description.text ? description.text : this.#flow.t(description.key as Key, description.values);
  }

  /** Quantities over what may be returned (what is still returnable, plus what the return being changed holds). */
  over(fields: Fields): Rules.Issue[] {
    return lines(this.#flow.order, fields).flatMap((line, n) =>
      line.quantity > this.#flow.max(line.itemId) ? [{ path: ['items', n, 'quantity'], code: 'too_big', message: '', maximum: this.#flow.max(line.itemId) }] : [],
    );
  }

  #fieldOf(path: readonly PropertyKey[], fields: Fields): string {
    return this.rules!.fieldOf(
      path,
      lines(this.#flow.order, fields).map((l) => l.itemId),
    );
  }

  /** Shows each issue at its field, announces them, and moves focus to the first. */
  show(issues: Rules.Issue[]): void {
    const errors: Record<string, string> = {};
    for (const issue of issues) {
      const field = this.#fieldOf(issue.path, this.#flow.fields);
      errors[field] ??= this.say(this.rules!.describe(field, issue));
    }
    this.set(errors);
  }

  /** Shows these errors; the form goes back to the step of the first when it is an earlier one. */
  set(errors: Record<string, string>): void {
    this.errors = errors;
    this.#flow.host.requestUpdate();
    const fields = Object.keys(errors);
    if (!fields.length) return;
    const step = this.rules?.stepOf(fields[0]!) as ReporterStep | undefined;
    if (this.#flow.view === 'form' && step && this.#flow.steps.indexOf(step) < this.#flow.steps.indexOf(this.#flow.step)) {
      this.#flow.step = this.#flow.draft.data.step = step;
      this.#flow.draft.save();
    }
    this.#flow.announce(`${this.#flow.t('errorCount', { count: fields.length })} ${fields.map((field) => `${this.label(field)}: ${errors[field]}`).join(' ')}`);
    focusOn(this.#flow.host, '[aria-invalid="true"]');
  }

  /** Checks the fields of a step (all of them for the review); true when they are valid. The steps it checks show once the rules have loaded. */
  check(step: ReporterStep): boolean {
    const rules = this.rules;
    if (!rules) return false;
    const d = this.#flow.draft.data;
    const problem = this.#flow.mode === 'problem';
    const result = (problem ? rules.CreateProblemRequest : rules.CreateReturnRequest).safeParse(problem ? problemBody(d) : returnBody(d, this.#flow.order));
    const issues: Rules.Issue[] = (result.success ? [] : (result.error.issues as Rules.Issue[])).filter(
      (i) => step === 'review' || rules.stepOf(this.#fieldOf(i.path, d)) === step,
    );
    if (step === 'items' || (step === 'review' && !problem)) issues.push(...this.over(d));
    this.show(issues);
    return issues.length === 0;
  }

  /**
   * Shows the API's 400 answer to the form's fields at those fields; false for any other failure.
   * When a quantity is refused, what is still returnable changed since the order was loaded: the
   * order loads again and the error says the new limit.
   */
  async server(error: unknown): Promise<boolean> {
    const e = error instanceof AssistApiError ? error : undefined;
    const body = e?.issues.filter((i) => i.path.startsWith('body.')) ?? [];
    if (e?.code !== 'validation_failed' || !body.length) return false;
    const issues: Rules.Issue[] = body.map((i) => ({
      path: i.path
        .split('.')
        .slice(1)
        .map((p) => (/^\d+$/.test(p) ? Number(p) : p)),
      code: 'server',
      message: i.message,
    }));
    if (issues.some((i) => i.path[2] === 'quantity') && this.#flow.order && (await this.#flow.loadOrder(this.#flow.order.id))) {
      const chosen = lines(this.#flow.order, this.#flow.fields);
      for (const issue of issues.filter((i) => i.path[2] === 'quantity')) {
        Object.assign(issue, { code: 'too_big', maximum: this.#flow.max(chosen[issue.path[1] as number]?.itemId ?? '') });
      }
    }
    this.show(issues);
    return true;
  }
}
