/**
 * The card's light-DOM rules stand twice: in the card (`lightStyles` in article-card.styles.ts, adopted by the
 * page when a card connects) and in every shipped theme (for a server-rendered card before its script runs).
 * Nothing moves on upgrade only while the two are the same rules: this fails on the first rule of the card's
 * sheet that a theme lacks, or has in another form, naming the theme and the rule.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root, themeCss, themeNames } from '../../src/theme-builder/node/repo.ts';

const squash = (css) => css.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s+/g, ' ').replace(/\s*([{};:,>])\s*/g, '$1').trim();

const source = readFileSync(join(root, 'src/components/article-card/article-card.styles.ts'), 'utf8');
const sheet = /export const lightStyles = css`([\s\S]*?)`;/.exec(source)?.[1];
const rules = squash(sheet ?? '').split('}').filter(Boolean).map((r) => `${r}}`);

test("the card's lightStyles were found and have rules", () => {
  assert.ok(rules.length >= 8, `expected the card's lightStyles in article-card.styles.ts, found ${rules.length} rules`);
});

for (const name of themeNames()) {
  test(`${name}.css has every rule of the card's lightStyles, as the card writes it`, () => {
    const theme = squash(themeCss(name));
    for (const rule of rules) assert.ok(theme.includes(rule), `${name}.css lacks (or changed) the card's rule ${rule}`);
  });
}
