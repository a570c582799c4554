/**
 * Every component, in every shipped theme, in Vietnamese and English: each
 * sample of test/fixtures (one per tag, so a new component is covered when it
 * adds its sample, and one more per state worth its own check) rendered on a themed portal page, then
 *
 * - axe-core with all its default rules, colour contrast included, on the
 *   rendered result; and the colour-contrast rule must really have judged text;
 * - every colour pair the rendered result shows (each visible text and icon on
 *   the colour behind it, and the focus ring of every focus stop reached with
 *   Tab; inside an open modal dialog, its focus stops)
 *   reaches its threshold, and is a pair declared in src/themes/pairs.json,
 *   which the contrast gate checks in every theme.
 */
import { engine, itIn, useTheme } from './helpers.js';
import { expect, fixture } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import 'axe-core/axe.min.js';
import type { AxeResults } from 'axe-core';
import '../src/all.js';
import { samples } from './fixtures/index.js';
import { deepActiveElement, flatContains, needs, renderedPairs, themeData, tokensByColour, undeclared, usePortalPage } from './theme-helpers.js';
import { contrast, formatRatio } from '../src/theme-builder/core.js';

const { names: themes, pairs, componentDefaults } = await themeData();
const axe = (window as unknown as { axe: { run(context: Element, options: object): Promise<AxeResults> } }).axe;
const cssOf = new Map<string, string>();
const themeCss = async (name: string): Promise<string> => {
  if (!cssOf.has(name)) cssOf.set(name, await (await fetch(`/src/themes/${name}.css`)).text());
  return cssOf.get(name)!;
};

describe('every component in every theme', () => {
  before(usePortalPage);
  after(() => useTheme(null));

  it('covers at least ten themes and every sample', () => {
    expect(themes.length).to.be.at.least(10);
    expect(themes).to.include.members(['default', 'default-dark', 'high-contrast', 'high-contrast-dark']);
    expect(samples.length).to.be.at.least(1);
  });

  for (const theme of themes) {
    for (const sample of samples) {
      for (const lang of ['vi', 'en'] as const) {
        it(`${sample.tag}${sample.state ? ` (${sample.state})` : ''} · ${theme} · ${lang}: axe (colour contrast included) and only declared colour pairs`, async () => {
          await useTheme(theme);
          const root = await fixture<HTMLElement>(sample.render(lang));
          await sample.ready?.(root);
          const label = `theme ${theme}, <${sample.tag}>${sample.state ? ` ${sample.state}` : ''} (${lang})`;
          // Text past the viewport's edge is text axe cannot judge ("partially obscured"); whether a line reaches there depends on the font's widths.
          expect(document.documentElement.scrollWidth, `${label}: the sample is wider than the ${innerWidth}px viewport`).to.be.at.most(innerWidth);

          const results = await axe.run(root, { resultTypes: ['violations', 'passes', 'incomplete'] });
          const violations = results.violations.map((v) => `${v.id}: ${v.help}\n    ${v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary?.replace(/\s+/g, ' ')}`).join('\n    ')}`);
          expect(violations, `${label}: axe violations:\n  ${violations.join('\n  ')}`).to.deep.equal([]);
          const judged = results.passes.find((r) => r.id === 'color-contrast')?.nodes.length ?? 0;
          const unsure = results.incomplete.filter((r) => r.id === 'color-contrast').flatMap((r) => r.nodes.map((n) => `${n.target.join(' ')}: ${n.any[0]?.message}`));
          expect(judged, `${label}: axe's colour-contrast rule judged no text`).to.be.greaterThan(0);
          expect(unsure, `${label}: axe could not judge the contrast of`).to.deep.equal([]);

          const rendered = renderedPairs(root);
          expect(rendered.length, `${label}: nothing rendered to check`).to.be.greaterThan(0);
          // Every focus stop, reached with Tab from just before the sample: its ring against what is behind it.
          const start = Object.assign(document.createElement('span'), { tabIndex: -1 });
          // With a modal dialog open (the figure's zoom) the rest of the page is inert: start inside the dialog.
          const modal = root.querySelector('dialog:modal');
          if (modal) modal.prepend(start);
          else root.before(start);
          start.focus();
          start.remove();
          for (let i = 0; i < 25; i++) {
            await sendKeys({ press: 'Tab' });
            const active = deepActiveElement();
            if (!active || !flatContains(root, active)) break;
            const ring = renderedPairs(root, { text: false });
            expect(ring, `${label}: <${active.localName}> has focus but no focus ring (an outline)`).to.have.length(1);
            rendered.push(...ring, ...renderedPairs(root).filter((r) => flatContains(active, r.el)));
          }

          const low = [...new Set(rendered.filter((r) => contrast(r.fg, r.bg) < needs(r)).map((r) => `${r.what} (${r.kind}): ${r.fg} on ${r.bg} is ${formatRatio(contrast(r.fg, r.bg))}, needs ${needs(r)}:1`))];
          expect(low, `${label}: rendered below its threshold:\n  ${low.join('\n  ')}`).to.deep.equal([]);
          const problems = undeclared(rendered, pairs, tokensByColour(await themeCss(theme), componentDefaults), label);
          expect(problems, `\n${problems.join('\n')}`).to.deep.equal([]);
        });
      }
    }
  }
});

describe('dark variants', () => {
  afterEach(async () => {
    if (engine === 'chromium') await emulateMedia({ colorScheme: 'light' });
  });

  it('a dark variant linked after its light theme takes over once its media applies, and gives the page color-scheme: dark', async () => {
    await useTheme(null);
    const links = ['default', 'default-dark'].map((name) => Object.assign(document.createElement('link'), { rel: 'stylesheet', href: `/src/themes/${name}.css`, media: name.endsWith('-dark') ? 'not all' : 'all' }));
    const loaded = links.map((l) => new Promise((resolve) => (l.onload = resolve)));
    document.head.append(...links);
    await Promise.all(loaded);
    try {
      const token = (name: string) => getComputedStyle(document.documentElement).getPropertyValue(name).trim();
      expect(token('--portal-color-background')).to.equal('#f4f5f7');
      expect(getComputedStyle(document.documentElement).colorScheme).to.equal('light');
      // What the browser does when (prefers-color-scheme: dark) starts to match, done by hand (only Chromium can emulate it).
      links[1]!.media = 'all';
      const dark = new Map(tokensByColour(await themeCss('default-dark')).entries());
      const background = [...dark].find(([, names]) => names.includes('--portal-color-background'))![0];
      expect(token('--portal-color-background')).to.equal(background);
      expect(getComputedStyle(document.documentElement).colorScheme).to.equal('dark');
    } finally {
      links.forEach((l) => l.remove());
    }
  });

  itIn(['chromium'], 'follow prefers-color-scheme when linked with media="(prefers-color-scheme: dark)" (Chromium: colour-scheme emulation)', async () => {
    await useTheme(null);
    const links = ['default', 'default-dark'].map((name) =>
      Object.assign(document.createElement('link'), { rel: 'stylesheet', href: `/src/themes/${name}.css`, media: name.endsWith('-dark') ? '(prefers-color-scheme: dark)' : 'all' }),
    );
    const loaded = links.map((l) => new Promise((resolve) => (l.onload = resolve)));
    document.head.append(...links);
    await Promise.all(loaded);
    try {
      const token = (name: string) => getComputedStyle(document.documentElement).getPropertyValue(name).trim();
      await emulateMedia({ colorScheme: 'light' });
      expect(token('--portal-color-background')).to.equal('#f4f5f7');
      expect(getComputedStyle(document.documentElement).colorScheme).to.equal('light');
      await emulateMedia({ colorScheme: 'dark' });
      const dark = new Map(tokensByColour(await themeCss('default-dark')).entries());
      const background = [...dark].find(([, names]) => names.includes('--portal-color-background'))![0];
      expect(token('--portal-color-background')).to.equal(background);
      expect(getComputedStyle(document.documentElement).colorScheme).to.equal('dark');
    } finally {
      links.forEach((l) => l.remove());
    }
  });
});
