import type { Result, Router } from 'hono/router';
import { RegExpRouter } from 'hono/router/reg-exp-router';
import { SmartRouter } from 'hono/router/smart-router';
import { TrieRouter } from 'hono/router/trie-router';

const smart = <T>() => new SmartRouter<T>({ routers: [new RegExpRouter<T>(), new TrieRouter<T>()] });

/**
 * Hono's fastest router (one regular expression per method) refuses our route table as a whole: it
 * cannot hold a static segment beside a parameter with more after it (`POST /v1/returns/preview`
 * beside `POST /v1/returns/:id/cancel`), and Hono then matches every request with its trie router.
 * This router gives the paths under one prefix a router of their own and every other path another, so
 * each picks the fastest router that takes its routes. A route that may match paths on both sides
 * (middleware on `*`) goes to both, so each side keeps the order routes were added in.
 */
export class PartitionedRouter<T> implements Router<T> {
  readonly name = 'PartitionedRouter';
  readonly #prefix: string;
  readonly #inside = smart<T>();
  readonly #outside = smart<T>();

  constructor(prefix: string) {
    this.#prefix = prefix;
  }

  #isInside(path: string): boolean {
    return path === this.#prefix || path.startsWith(`${this.#prefix}/`);
  }

  add(method: string, path: string, handler: T): void {
    if (this.#isInside(path)) return this.#inside.add(method, path, handler);
    const wildcard = path.indexOf('*');
    const param = path.indexOf('/:');
    const open = Math.min(...[wildcard, param].filter((at) => at >= 0));
    // A pattern whose fixed start is a start of the prefix may match paths inside it too.
    if (Number.isFinite(open) && this.#prefix.startsWith(path.slice(0, open))) this.#inside.add(method, path, handler);
    this.#outside.add(method, path, handler);
  }

  match(method: string, path: string): Result<T> {
    return (this.#isInside(path) ? this.#inside : this.#outside).match(method, path);
  }

  /** The router each side uses (once matching has started): which of Hono's routers took its routes. */
  get active(): { inside: string; outside: string } {
    return { inside: this.#inside.activeRouter.name, outside: this.#outside.activeRouter.name };
  }
}
