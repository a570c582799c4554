#!/usr/bin/env node
/**
 * `npm run bench:attendance` (the last part of `npm run bench`): how long <portal-attendance-list> takes with 300 attendees,
 * in headless Chromium (Debian's, as the tests use; nothing is downloaded).
 *
 * The component and the sample data are bundled with esbuild (Lit's production
 * build, minified, as a portal would ship it) and loaded into a blank page.
 * The attendees are made once, before anything is timed: building the sample array is the harness's work, which
 * the first renders and the new data counted until issue 15.
 * Each scenario runs RUNS times on a fresh element; a time runs from the
 * change to the end of the update, style and layout included (a forced
 * layout), so it is what the main thread is blocked for. The page wraps the
 * Intl constructors and counts every object made, so "no Intl object per
 * item" is checked, not assumed.
 *
 * The last rows are floors: the lists the element rendered, as plain HTML inserted with innerHTML (no element), with
 * the element's look (bullets in an indent, a gap) as a page rule; then the same plain lists with their entries
 * reordered (what a sort does), and the page's language changed with their honorifics' text (what a new language
 * does). So the browser's own style and layout of 300 rows can be told from the element's work: each scenario that
 * changes the entries is also given as a ratio to the floor that makes the same change to them.
 *
 * Prints a table of medians and maxima, each median also as a share of one
 * frame at 60 Hz (16.7 ms), and exits 1 if the component's own
 * work (script, median) is over that frame, if a change with its
 * layout is a long task (median over 50 ms), if a change that leaves every entry as it is (a label, `count`) takes
 * more than a frame with its layout, or if more than one Intl object was made.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = 21;
const WARMUP = 3;
const SIZE = 300;
/** The component's own work must fit in one frame at 60 Hz: 16.7 ms. */
const FRAME = 1000 / 60;
/** With the browser's style and layout of 300 rows, no change may be a long task (RAIL, Long Tasks API). */
const LONG_TASK = 50;

const entry = `
  import '${join(root, 'src/components/attendance-list/define.ts')}';
  import { largeMeeting } from '${join(root, 'stories/sample-content.ts')}';
  window.largeMeeting = largeMeeting;
`;
const { outputFiles } = await build({
  stdin: { contents: entry, resolveDir: root, loader: 'ts' },
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  write: false,
  tsconfig: join(root, 'tsconfig.json'),
  logLevel: 'silent',
});
const bundle = outputFiles[0].text;

/**
 * The page's font: Noto Sans 400 and 700 (the names are bold) from npm (@fontsource/noto-sans, the faces the browser
 * tests pin), inlined as data: URLs with the package's own unicode ranges, and loaded before anything is timed, so
 * the times do not depend on the fonts this machine has (with no font set, Chromium here falls back face by face
 * and the same lists took about half as long again).
 */
const fontDir = join(root, 'node_modules/@fontsource/noto-sans');
const FONT_CSS = ['400', '700']
  .map((w) => readFileSync(join(fontDir, `${w}.css`), 'utf8'))
  .join('\n')
  .replace(
    /src: url\(\.\/files\/([\w-]+\.woff2)\) format\('woff2'\)[^;]*;/g,
    (_, file) => `src: url(data:font/woff2;base64,${readFileSync(join(fontDir, 'files', file)).toString('base64')}) format('woff2');`,
  );
if (!FONT_CSS.includes('data:font/woff2')) throw new Error(`bench:attendance: no woff2 file found in ${fontDir}/*.css; run npm install`);

const executablePath = process.env.CHROME_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find(existsSync);
if (!executablePath) {
  console.error('No Chromium found: set CHROME_PATH, or apt-get install -y chromium.');
  process.exit(1);
}
const browser = await puppeteer.launch({ executablePath, args: ['--no-sandbox', '--headless', '--disable-gpu'] });
try {
  const page = await browser.newPage();
  await page.setContent(
    `<!doctype html><html lang="vi"><head><style>${FONT_CSS}\nbody { font: 1rem/1.6 'Noto Sans', sans-serif; }</style></head><body><main></main></body></html>`,
  );
  // Count every Intl object the page makes, before the component's script runs.
  await page.evaluate(() => {
    window.intlMade = {};
    for (const name of ['Collator', 'DateTimeFormat', 'NumberFormat', 'PluralRules', 'Segmenter', 'ListFormat', 'RelativeTimeFormat']) {
      const Original = Intl[name];
      if (!Original) continue;
      Intl[name] = new Proxy(Original, {
        construct(target, args) {
          window.intlMade[name] = (window.intlMade[name] ?? 0) + 1;
          return Reflect.construct(target, args);
        },
      });
    }
  });
  await page.addScriptTag({ content: bundle, type: 'module' });
  await page.waitForFunction(() => customElements.get('portal-attendance-list') && window.largeMeeting);
  // Every face the names need (Latin, Latin Extended, Vietnamese; 400 and 700), loaded before the first timed run.
  const faces = await page.evaluate(async () => {
    const text = window.largeMeeting(400).map((a) => [a.name, a.positions].flat().join(' ')).join(' ');
    const loaded = await Promise.all(['400', '700'].map((w) => document.fonts.load(`${w} 1rem "Noto Sans"`, text)));
    return loaded.flat().length;
  });
  if (faces < 4) throw new Error(`bench:attendance: ${faces} Noto Sans faces loaded, expected Latin and Vietnamese in 400 and 700`);

  const result = await page.evaluate(
    async (RUNS, WARMUP, SIZE) => {
      const main = document.querySelector('main');
      const laidOut = () => document.body.offsetHeight;
      /** A meeting of SIZE people: 1 presiding, 3 co-presiding, the rest attending, the last 20 invited guests. */
      const data = (shift = 0) =>
        window.largeMeeting(SIZE + shift).slice(shift, SIZE + shift).map((a, i) => ({
          ...a,
          role: i === 0 ? 'presiding' : i < 4 ? 'co-presiding' : i >= SIZE - 20 ? 'guest' : 'attending',
        }));
      // Made once, before anything is timed: building the sample array is the harness's work, not the element's.
      const people = data();
      const others = data(1);
      const fresh = async (attrs = '') => {
        main.innerHTML = `<portal-attendance-list count ${attrs}></portal-attendance-list>`;
        await main.firstElementChild.updateComplete;
        return main.firstElementChild;
      };
      /**
       * Runs act() on a fresh setup() RUNS times (after WARMUP runs that are not counted). "script" ends when
       * the update is complete; "total" also includes the style and layout it causes, forced synchronously.
       */
      const time = async (setup, act) => {
        const script = [];
        const total = [];
        for (let i = 0; i < WARMUP + RUNS; i++) {
          document.documentElement.lang = 'vi';
          const el = await setup();
          laidOut();
          await new Promise((r) => setTimeout(r, 10));
          const t0 = performance.now();
          await act(el);
          await el.updateComplete;
          const t1 = performance.now();
          laidOut();
          const t2 = performance.now();
          if (i >= WARMUP) {
            script.push(t1 - t0);
            total.push(t2 - t0);
          }
        }
        const median = (xs) => xs.sort((a, b) => a - b)[xs.length >> 1];
        return { script: median(script), total: median(total), max: Math.max(...total) };
      };
      const rendered = async (attrs) => {
        const el = await fresh(attrs);
        el.attendees = people;
        await el.updateComplete;
        return el;
      };
      const out = {};
      out['first render (attendees property)'] = await time(
        () => fresh(),
        (el) => {
          el.attendees = people;
        },
      );
      out['first render (JSON child)'] = await time(
        async () => {
          main.innerHTML = '';
          const el = document.createElement('portal-attendance-list');
          el.setAttribute('count', '');
          const script = Object.assign(document.createElement('script'), { type: 'application/json', textContent: JSON.stringify(people) });
          el.append(script);
          return el;
        },
        (el) => {
          main.append(el);
        },
      );
      out['first render, sort="name"'] = await time(
        () => fresh('sort="name"'),
        (el) => {
          el.attendees = people;
        },
      );
      out['update: new data (300 other people)'] = await time(
        () => rendered(),
        (el) => {
          el.attendees = others;
        },
      );
      out['update: page language vi → en'] = await time(
        () => rendered(),
        async () => {
          document.documentElement.lang = 'en';
          await null; // the MutationObserver's callback (a microtask) asks for the update
        },
      );
      out['update: sort="name" switched on'] = await time(
        () => rendered(),
        (el) => {
          el.sort = 'name';
        },
      );
      // A change that leaves every entry as it is (only the labels change) must not lay the 300 entries out again.
      out['update: count switched off (labels only)'] = await time(
        () => rendered(),
        (el) => {
          el.count = false;
        },
      );
      out['update: count switched off, sorted'] = await time(
        () => rendered('sort="name"'),
        (el) => {
          el.count = false;
        },
      );
      out['update: variant="sentence" + JSON-LD'] = await time(
        () => rendered(),
        (el) => {
          el.variant = 'sentence';
          el.jsonld = 'Hội nghị';
        },
      );
      const el = main.firstElementChild;
      const last = {
        items: el.querySelectorAll('li').length,
        sentenceChars: el.querySelector('p')?.textContent.length,
      };
      // The floor: what the element rendered (lists, labels with counts, honorifics) as plain HTML, with the element's
      // look for its lists (the bullets in an indent, the gap between entries) as a page rule, inserted with innerHTML:
      // the browser's own parse, style and layout of the same 300 rows.
      const lists = (await rendered()).innerHTML;
      const floorCss = Object.assign(document.createElement('style'), {
        textContent: '.floor>ul{display:grid;gap:.5rem;margin:0 0 1rem;padding-inline-start:1.5rem}',
      });
      document.head.append(floorCss);
      const plain = async () => ((main.innerHTML = `<div class="floor">${lists}</div>`), {});
      out['floor: the same lists as plain HTML'] = await time(
        async () => ((main.innerHTML = ''), {}),
        () => {
          main.innerHTML = `<div class="floor">${lists}</div>`;
        },
      );
      // What a sort or a new language does to the entries, done to the plain lists: the browser's cost of that change.
      out['floor: its 300 entries reordered'] = await time(plain, () => {
        for (const ul of main.querySelectorAll('.floor>ul')) ul.append(...[...ul.children].reverse());
      });
      out['floor: page language vi → en, 300 retexted'] = await time(plain, () => {
        document.documentElement.lang = 'en';
        for (const b of main.querySelectorAll('li>b')) b.previousSibling.data = 'Comrade ';
      });
      floorCss.remove();
      return { times: out, intl: window.intlMade, ...last };
    },
    RUNS,
    WARMUP,
    SIZE,
  );

  const rows = Object.entries(result.times);
  /** The floor that makes the same change to the entries as each scenario: inserts them, reorders them, retexts them. */
  const INSERT = 'floor: the same lists as plain HTML';
  const floorOf = (name) =>
    name.startsWith('floor')
      ? undefined
      : name.startsWith('first render') || name.includes('new data')
        ? INSERT
        : name.includes('switched on') && name.includes('sort')
          ? 'floor: its 300 entries reordered'
          : name.includes('language')
            ? 'floor: page language vi → en, 300 retexted'
            : undefined;
  /** Changes that leave every entry as it is: with their layout, each must fit in one frame. */
  const untouched = (name) => name.includes('labels only') || name.includes(', sorted');
  const width = Math.max(...rows.map(([k]) => k.length));
  console.log(`<portal-attendance-list> with ${SIZE} attendees, headless Chromium (${await browser.version()}), ${RUNS} runs each after ${WARMUP} warm-up runs\n`);
  const share = (ms) => `${((ms / FRAME) * 100).toFixed(0)}%`;
  console.log(`${''.padEnd(width)}  median ms          max ms     of one ${FRAME.toFixed(1)} ms frame   + layout`);
  console.log(`${'scenario'.padEnd(width)}  script  + layout   + layout   script  + layout    × its floor`);
  for (const [name, t] of rows) {
    const floor = result.times[floorOf(name)];
    console.log(
      `${name.padEnd(width)}  ${t.script.toFixed(1).padStart(6)}  ${t.total.toFixed(1).padStart(8)}   ${t.max.toFixed(1).padStart(8)}   ${share(t.script).padStart(6)}  ${share(t.total).padStart(8)}    ${floor ? `${(t.total / floor.total).toFixed(2)}×`.padStart(11) : ''.padStart(11)}${t.script > FRAME ? '  ✗ script over the frame' : ''}${untouched(name) && t.total > FRAME ? '  ✗ over the frame, and no entry changed' : ''}`,
    );
  }
  const made = Object.entries(result.intl).map(([k, v]) => `${k} ×${v}`).join(', ') || 'none';
  console.log(`\nIntl objects made in the whole run (${rows.filter(([n]) => !n.startsWith('floor')).length * RUNS} renders of ${SIZE} items): ${made}`);
  console.log(`last element: ${result.items} list items, a sentence of ${result.sentenceChars} characters`);

  const slow = rows.filter(([name, t]) => !name.startsWith('floor') && (t.script > FRAME || t.total > LONG_TASK || (untouched(name) && t.total > FRAME)));
  const intlTotal = Object.values(result.intl).reduce((a, b) => a + b, 0);
  if (result.items !== SIZE) console.error(`✗ expected ${SIZE} list items, got ${result.items}`);
  if (slow.length)
    console.error(
      `✗ too slow (script median over ${FRAME.toFixed(1)} ms, with layout over ${LONG_TASK} ms, or over ${FRAME.toFixed(1)} ms with no entry changed): ${slow.map(([k]) => k).join('; ')}`,
    );
  if (intlTotal > 1) console.error(`✗ ${intlTotal} Intl objects: at most one Collator for the page is allowed`);
  if (slow.length || intlTotal > 1 || result.items !== SIZE) process.exitCode = 1;
  else
    console.log(
      `\n✓ script within one frame (${FRAME.toFixed(1)} ms at 60 Hz), no long task (${LONG_TASK} ms) with layout, a change that leaves the entries as they are within one frame with its layout; one Intl object at most for the page`,
    );
} finally {
  await browser.close();
}
