/**
 * The card's and the figure's light-DOM rules stand twice: in the component (`lightStyles` in its .styles.ts, adopted
 * by the page when one connects) and in every shipped theme (for a server-rendered or not yet upgraded one before its
 * script runs). Nothing moves on upgrade only while the two are the same rules: this fails on the first rule of a
 * component's sheet that a theme lacks, or has in another form, naming the theme and the rule.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root, themeCss, themeNames } from '../../src/theme-builder/node/repo.ts';

const squash = (css) => css.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s+/g, ' ').replace(/\s*([{};:,>])\s*/g, '$1').trim();

// A template literal's '\\A' is the CSS '\A' the theme writes.
const sheetOf = (file) => {
  const source = readFileSync(join(root, file), 'utf8');
  const sheet = /export const lightStyles = css`([\s\S]*?)`;/.exec(source)?.[1];
  return squash((sheet ?? '').replace(/\\\\/g, '\\')).split('}').filter(Boolean).map((r) => `${r}}`);
};

for (const [component, file, least] of [
  ['card', 'src/components/article-card/article-card.styles.ts', 8],
  ['figure', 'src/components/figure/figure.styles.ts', 3],
]) {
  const rules = sheetOf(file);

  test(`the ${component}'s lightStyles were found and have rules`, () => {
    assert.ok(rules.length >= least, `expected the ${component}'s lightStyles in ${file}, found ${rules.length} rules`);
  });

  for (const name of themeNames()) {
    test(`${name}.css has every rule of the ${component}'s lightStyles, as the ${component} writes it`, () => {
      const theme = squash(themeCss(name));
      for (const rule of rules) assert.ok(theme.includes(rule), `${name}.css lacks (or changed) the ${component}'s rule ${rule}`);
    });
  }
}
