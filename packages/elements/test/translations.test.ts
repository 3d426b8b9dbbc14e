import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { en } from '../src/i18n/en.js';
import { LOCALES } from '../src/i18n/locales.js';

type Tree = { [key: string]: string | Tree };
const PLURAL = /_(zero|one|two|few|many|other)$/;

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') out.set(prefix + key, value);
    else for (const [k, v] of flatten(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('UI translations', () => {
  const english = flatten(en as unknown as Tree);
  const baseKeys = new Set([...english.keys()].map((k) => k.replace(PLURAL, '')));

  for (const locale of LOCALES.filter((l) => l !== 'en')) {
    it(`${locale} has every string, with the plural forms its language uses and the same placeholders`, async () => {
      const module = (await import(`../src/i18n/translations/${locale}.js`)) as { default: Tree };
      const strings = flatten(module.default);
      const keys = new Set([...strings.keys()].map((k) => k.replace(PLURAL, '')));
      assert.deepEqual([...baseKeys].filter((k) => !keys.has(k)), [], `${locale} is missing keys`);
      assert.deepEqual([...keys].filter((k) => !baseKeys.has(k)), [], `${locale} has unknown keys`);

      const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
      for (const base of [...baseKeys].filter((k) => english.has(`${k}_other`))) {
        for (const category of categories) {
          assert.ok(strings.has(`${base}_${category}`), `${locale} ${base} lacks the "${category}" form`);
        }
      }
      for (const [key, text] of strings) {
        assert.ok(text.trim().length > 0, `${locale} ${key} is empty`);
        assert.doesNotMatch(text, /<[a-z/]/i, `${locale} ${key} contains markup`);
        const source = english.get(key) ?? english.get(key.replace(PLURAL, '_other'))!;
        // Languages may drop {{count}} where the word itself says the number (Arabic "two articles").
        const expected = placeholders(source).filter((p) => !(p === 'count' && PLURAL.test(key) && !key.endsWith('_other')));
        assert.ok(expected.every((p) => placeholders(text).includes(p)), `${locale} ${key} lost a placeholder: ${text}`);
      }
      const untranslated = [...strings].filter(([key, text]) => english.get(key) === text && text.length > 12);
      assert.ok(untranslated.length <= 2, `${locale} copies English: ${untranslated.map(([k]) => k).join(', ')}`);
    });
  }
});
