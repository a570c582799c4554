/**
 * Forced colours (Windows High Contrast), emulated in Chromium through CDP (Chromium only: Firefox ESR 153 over
 * WebDriver BiDi cannot emulate forced colours, WebKit has no forced-colours mode), so each test says Chromium:
 * every component sample, in every theme. The browser replaces the theme's
 * colours with the user's system colours; what the components draw must
 * survive that:
 *
 * - every focus ring reached with Tab is still an outline of 2px or more, in a
 *   system colour that differs from the colour behind it (a box-shadow ring
 *   would vanish: forced colours drop box-shadow);
 * - every border the component draws in normal colours is still drawn, in a
 *   system colour that differs from the colour behind it;
 * - all visible text (the skip ribbon's links included) is in a system colour
 *   at 4.5:1 or more against its background, and every visible icon (an SVG
 *   shape's fill or stroke) at 3:1 or more.
 */
import { emulateMediaFeatures, engine, itIn, resetFocus, useTheme } from './helpers.js';
import { expect, fixture, fixtureCleanup, nextFrame } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { contrast } from '../src/theme-builder/core.js';
import '../src/all.js';
import { samples } from './fixtures/index.js';
import { backdrop, deepActiveElement, flatContains, flatParent, renderedPairs, themeData, usePortalPage } from './theme-helpers.js';

const { names: themes } = await themeData();

const SYSTEM_COLOURS = ['Canvas', 'CanvasText', 'LinkText', 'VisitedText', 'ActiveText', 'ButtonFace', 'ButtonText', 'ButtonBorder', 'Field', 'FieldText', 'Highlight', 'HighlightText', 'SelectedItem', 'SelectedItemText', 'Mark', 'MarkText', 'GrayText', 'AccentColor', 'AccentColorText'];

/** The system colours as computed colours, under the current emulation. */
const systemColours = (): Set<string> => {
  const probe = document.createElement('span');
  document.body.append(probe);
  const out = new Set<string>();
  for (const name of SYSTEM_COLOURS) {
    probe.style.color = name;
    out.add(toHex(getComputedStyle(probe).color));
  }
  probe.remove();
  return out;
};

const toHex = (rgb: string): string => {
  const [r, g, b] = rgb.match(/[\d.]+/g)!.map(Number);
  return `#${[r!, g!, b!].map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`;
};

const SIDES = ['Top', 'Right', 'Bottom', 'Left'] as const;
const TABBABLE = 'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

/** Every element under root, light DOM and shadow roots. */
const allElements = (root: Element): Element[] => {
  const out: Element[] = [];
  const visit = (node: Element | ShadowRoot) => {
    for (const el of node.children) {
      out.push(el);
      visit(el);
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  out.push(root);
  visit(root);
  return out;
};

/** The borders drawn under root: element and side. */
const borders = (root: Element) =>
  allElements(root).flatMap((el) => {
    const style = getComputedStyle(el);
    return SIDES.filter((side) => !['none', 'hidden'].includes(style.getPropertyValue(`border-${side.toLowerCase()}-style`)) && parseFloat(style.getPropertyValue(`border-${side.toLowerCase()}-width`)) >= 1).map((side) => ({ el, side }));
  });

const name = (el: Element) => `<${el.localName}${el.getAttribute('part') ? ` part="${el.getAttribute('part')}"` : ''}>`;

describe('forced colors (Windows High Contrast): focus rings, borders and text stay visible in system colours', () => {
  before(usePortalPage);
  afterEach(async () => {
    if (engine === 'chromium') await emulateMediaFeatures([]);
  });
  after(() => useTheme(null));

  // One test per theme: every sample in both languages, each problem listed with its sample and language, so one
  // failure hides none of the others. Chromium only: Firefox ESR over WebDriver BiDi cannot emulate forced colours
  // and WebKitGTK has no forced-colours mode. What the other engines check of the same promise: every focus stop
  // has an outline ring in every theme (test/themes.test.ts, which forced colours keep, unlike a box-shadow).
  for (const theme of themes) {
    itIn(['chromium'], `${theme}: every component sample, in vi and en (Chromium: forced-colours emulation)`, async function () {
      this.timeout(60000);
      await useTheme(theme);
      const problems: string[] = [];
      for (const sample of samples) {
        for (const lang of ['vi', 'en'] as const) {
          await emulateMediaFeatures([]);
          const root = await fixture<HTMLElement>(sample.render(lang));
          await sample.ready?.(root);
          const drawn = borders(root);

          await emulateMediaFeatures([{ name: 'forced-colors', value: 'active' }]);
          await nextFrame();
          expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
          const system = systemColours();
          const label = `<${sample.tag}>${sample.state ? ` ${sample.state}` : ''} (${lang})`;
          const say = (problem: string) => problems.push(`${label}: ${problem}`);

          for (const { el, side } of drawn) {
            const style = getComputedStyle(el);
            const s = side.toLowerCase();
            const colour = toHex(style.getPropertyValue(`border-${s}-color`));
            const behind = backdrop(flatParent(el));
            if (['none', 'hidden'].includes(style.getPropertyValue(`border-${s}-style`)) || parseFloat(style.getPropertyValue(`border-${s}-width`)) < 1) {
              say(`${name(el)}: the ${s} border disappears`);
            } else if (!system.has(colour)) {
              say(`${name(el)}: the ${s} border is ${colour}, not a system colour`);
            } else if (colour === behind) {
              say(`${name(el)}: the ${s} border is ${colour}, the same as the colour behind it`);
            }
          }

          // Every focus stop in the sample, reached as a keyboard user reaches it: Tab from just before it.
          const start = Object.assign(document.createElement('span'), { tabIndex: -1 });
          // With a modal dialog open (the figure's zoom) the rest of the page is inert: start inside the dialog.
          const modal = root.querySelector('dialog:modal');
          if (modal) modal.prepend(start);
          else root.before(start);
          start.focus();
          start.remove();
          let rings = 0;
          for (let i = 0; i < 25; i++) {
            await sendKeys({ press: 'Tab' });
            const active = deepActiveElement();
            if (!active || !flatContains(root, active)) break;
            rings++;
            const style = getComputedStyle(active);
            const colour = toHex(style.outlineColor);
            const behind = backdrop(flatParent(active));
            if (style.outlineStyle === 'none' || parseFloat(style.outlineWidth) < 2) {
              say(`${name(active)}: no focus ring (outline ${style.outlineStyle} ${style.outlineWidth}; forced colours remove box-shadow)`);
            } else if (!system.has(colour) || contrast(colour, behind) < 3) {
              say(`${name(active)}: the focus ring ${colour} on ${behind} is ${contrast(colour, behind).toFixed(2)}:1${system.has(colour) ? '' : ', not a system colour'}`);
            }
            for (const r of renderedPairs(root).filter((p) => p.kind !== 'focus ring' && flatContains(active, p.el))) {
              if (contrast(r.fg, r.bg) < (r.kind === 'icon' ? 3 : 4.5)) say(`${r.what} while focused: ${r.fg} on ${r.bg}`);
            }
          }

          const tabbable = allElements(root).filter((el) => el.matches(TABBABLE));
          if (tabbable.length && !rings) say(`Tab reached none of ${tabbable.map(name).join(', ')}`);

          resetFocus();
          await sample.ready?.(root);
          const texts = renderedPairs(root).filter((p) => p.kind !== 'focus ring');
          if (!texts.length && !rings) say('nothing visible to check');
          for (const r of texts) {
            if (!system.has(r.fg)) say(`${r.what}: ${r.kind} colour ${r.fg} is not a system colour`);
            else if (contrast(r.fg, r.bg) < (r.kind === 'icon' ? 3 : 4.5)) say(`${r.what}: ${r.fg} on ${r.bg} is ${contrast(r.fg, r.bg).toFixed(2)}:1`);
          }
          // The next sample on a clean page (an open modal dialog would make it inert).
          fixtureCleanup();
        }
      }
      expect(problems, `theme ${theme}, forced colors:\n  ${problems.join('\n  ')}`).to.deep.equal([]);
    });
  }
});
