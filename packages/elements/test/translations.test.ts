import assert from 'node:assert/strict';
import { readdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { LOCALES, directionOf, matchLocale } from '../src/i18n/locales.js';
import type { StringBundle } from '../src/i18n/strings.js';

const src = join(dirname(fileURLToPath(import.meta.url)), '..', 'src');

/** Every `strings` folder under src: one namespace of UI strings each. */
function stringFolders(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (!statSync(path).isDirectory()) continue;
    if (name === 'strings') out.push(path);
    else stringFolders(path, out);
  }
  return out;
}

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

const folders = stringFolders(src);

describe('UI translations', () => {
  it('every component has its strings folder', () => {
    const names = folders.map((f) => relative(src, f)).sort();
    assert.ok(names.includes('i18n/strings') && names.includes('faq-search/strings') && names.includes('help-center/strings'), names.join(', '));
  });

  it('ships the 15 languages, Czech, Portuguese and Hebrew last, and matches regional tags to them', () => {
    assert.deepEqual([...LOCALES], ['en', 'sv', 'de', 'fr', 'es', 'it', 'nl', 'fi', 'da', 'nb', 'pl', 'ar', 'cs', 'pt', 'he']);
    assert.equal(matchLocale('cs-CZ'), 'cs');
    assert.equal(matchLocale('pt-PT'), 'pt');
    assert.equal(matchLocale('pt_BR'), 'pt');
    assert.equal(matchLocale('he-IL'), 'he');
    assert.equal(matchLocale('sk'), 'en');
  });

  it('writes Arabic and Hebrew right to left and every other language left to right', () => {
    assert.deepEqual(
      LOCALES.filter((locale) => directionOf(locale) === 'rtl'),
      ['ar', 'he'],
    );
    assert.equal(directionOf('he-IL'), 'rtl');
  });

  for (const folder of folders) {
    const name = relative(src, folder);
    it(`${name}: the bundle loads every language`, async () => {
      const index = (await import(join(folder, 'index.ts'))) as Record<string, StringBundle>;
      const bundle = Object.values(index)[0]!;
      assert.deepEqual(Object.keys(bundle.load).sort(), LOCALES.filter((l) => l !== 'en').sort());
      for (const locale of Object.keys(bundle.load) as (keyof StringBundle['load'])[]) {
        const module = await bundle.load[locale]();
        const file = (await import(join(folder, `${locale}.ts`))) as { default: Tree };
        assert.equal(module.default, file.default, `${name} loads the wrong file for ${locale}`);
      }
    });

    for (const locale of LOCALES.filter((l) => l !== 'en')) {
      it(`${name}: ${locale} has every string, with the plural forms its language uses and the same placeholders`, async () => {
        const en = ((await import(join(folder, 'en.ts'))) as { default: Tree }).default;
        const english = flatten(en);
        const baseKeys = new Set([...english.keys()].map((k) => k.replace(PLURAL, '')));
        const module = (await import(join(folder, `${locale}.ts`))) as { default: Tree };
        const strings = flatten(module.default);
        const keys = new Set([...strings.keys()].map((k) => k.replace(PLURAL, '')));
        assert.deepEqual(
          [...baseKeys].filter((k) => !keys.has(k)),
          [],
          `${locale} is missing keys`,
        );
        assert.deepEqual(
          [...keys].filter((k) => !baseKeys.has(k)),
          [],
          `${locale} has unknown keys`,
        );

        const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
        for (const base of [...baseKeys].filter((k) => english.has(`${k}_other`))) {
          for (const category of categories) {
            assert.ok(strings.has(`${base}_${category}`), `${locale} ${base} lacks the "${category}" form`);
          }
        }
        // A form the language does not have is never shown (Hebrew has no "few", Portuguese no "two").
        for (const key of [...strings.keys()].filter((k) => PLURAL.test(k))) {
          const category = PLURAL.exec(key)![1]! as Intl.LDMLPluralRule;
          assert.ok(categories.includes(category), `${locale} ${key}: ${locale} has no "${category}" plural form`);
        }
        for (const [key, text] of strings) {
          assert.ok(text.trim().length > 0, `${locale} ${key} is empty`);
          assert.doesNotMatch(text, /<[a-z/]/i, `${locale} ${key} contains markup`);
          const source = english.get(key) ?? english.get(key.replace(PLURAL, '_other'))!;
          // Languages may drop {{count}} where the word itself says the number (Arabic "two articles").
          const expected = placeholders(source).filter((p) => !(p === 'count' && PLURAL.test(key) && !key.endsWith('_other')));
          assert.ok(
            expected.every((p) => placeholders(text).includes(p)),
            `${locale} ${key} lost a placeholder: ${text}`,
          );
        }
        const untranslated = [...strings].filter(([key, text]) => english.get(key) === text && text.length > 12);
        assert.ok(untranslated.length <= 2, `${locale} copies English: ${untranslated.map(([k]) => k).join(', ')}`);
      });
    }
  }
});
