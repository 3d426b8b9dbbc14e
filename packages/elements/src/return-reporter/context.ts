import type { PROBLEM_TYPES, RETURN_METHODS, RETURN_REASONS, RETURN_STATUSES } from '@assist/contract';
import type { TranslationKey } from '../i18n/strings.js';
import type { AssistReturnReporter } from './return-reporter.component.js';

/** What the controllers and views of the return reporter share: its vocabulary and its element. */

export type ReporterMode = 'return' | 'problem';
export type ReporterStep = 'find' | 'items' | 'reason' | 'method' | 'details' | 'review';
export type ReturnReason = (typeof RETURN_REASONS)[number];
export type ReturnMethod = (typeof RETURN_METHODS)[number];
export type ProblemType = (typeof PROBLEM_TYPES)[number];
export type ReturnStatus = (typeof RETURN_STATUSES)[number];
/** What a shopper can change of a reported return. */
export type Change = 'items' | 'method' | 'tracking' | 'cancel';
/** A key of the return reporter's strings. @internal */
export type Key = TranslationKey extends infer K ? (K extends `returnReporter.${infer R}` ? R : never) : never;
/** @internal */
export type Host = AssistReturnReporter;

/** Moves focus to what matches `selector` once the host has rendered. @internal */
export const focusOn = (host: Host, selector: string): void => void host.updateComplete.then(() => host.renderRoot.querySelector<HTMLElement>(selector)?.focus());
