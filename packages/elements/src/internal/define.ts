/**
 * Registers a custom element once. A second registration of the same tag (two copies of the SDK on
 * one page, or a chunk loaded twice) is skipped with a warning instead of throwing.
 */
export function define(tag: string, constructor: CustomElementConstructor, registry: CustomElementRegistry = customElements): void {
  const existing = registry.get(tag);
  if (existing) {
    if (existing !== constructor) {
      console.warn(`[assist] <${tag}> is already defined by another copy of Assist; this copy's definition is not used.`);
    }
    return;
  }
  registry.define(tag, constructor);
}
