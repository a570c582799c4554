/**
 * What a screen reader says, on record (issue 19, part 4).
 *
 * Each component state is rendered in vi and en, then read twice with
 * @guidepup/virtual-screen-reader: once from the start to the end with its
 * "next" command (the virtual cursor, as a reader moves line by line), and once
 * with real keys (`sendKeys`, the way a person tabs). What it says is compared,
 * exactly, with the reviewed snapshot in test/transcripts/<component>.<state>.<lang>.txt;
 * a change fails the test until `npm run transcripts:update` writes the new text
 * on purpose (and the diff is reviewed). The snapshots are read and written on
 * the server by test/plugins/transcripts.mjs: the page cannot touch files.
 *
 * The virtual screen reader builds its tree from the DOM (roles, names and states
 * computed by dom-accessibility-api), not from the browser's accessibility tree,
 * so the transcripts do not depend on the engine. Its words for roles and states
 * ("heading", "level 3", "end of list") are English whatever the page's language;
 * a real screen reader says them in its own interface language. It does not enter
 * shadow roots (it reads the light DOM, where our content is), so a role a component
 * sets inside its shadow root (the list's `role="list"`) is not announced; and it does
 * not apply a modal dialog's inertness, so for an open modal the reading is confined
 * to the dialog, as a screen reader confines its virtual cursor.
 */
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { expect, fixture, nextFrame } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { virtual } from '@guidepup/virtual-screen-reader/browser.js';
import { resetFocus, settled } from '../helpers.js';

export type Lang = 'vi' | 'en';
export const LANGS: readonly Lang[] = ['vi', 'en'];

export interface Scenario {
  /** The file name's first part: `figure` for `<portal-figure>`. */
  component: string;
  /** The state, in the file name: `default`, `zoom-open`. */
  state: string;
  render(lang: Lang): TemplateResult;
  /** Resolves when the component is in the state (e.g. the dialog open). */
  ready?(root: HTMLElement): Promise<void> | void;
  /** What the reader can reach, when not the whole document: an open modal dialog. */
  reach?(root: HTMLElement): Element;
  /** The keys pressed, in order, from focus at the top of the page; by default Tab until focus leaves the component. */
  keys?: string[];
  /** Whether `ready` leaves focus where the keys start (the open dialog's close button); by default focus starts at the top. */
  keepFocus?: boolean;
}

/** The most phrases a reading may have: a reading that does not end is a failure, not a hang. */
const MAX_PHRASES = 1000;
/** The most Tab presses of a default keyboard walk. */
const MAX_TABS = 20;

/** Lets focus moves, dialogs and the reader's own listeners run their course. */
const calm = async (): Promise<void> => {
  await settled();
  await nextFrame();
  await settled();
};

/**
 * The virtual screen reader reads the light DOM and does not know which of a host's children its shadow root shows:
 * a child that no slot takes (the attendance list's written lists under `variant="sentence"`) is not rendered and
 * not in the browser's accessibility tree, yet it would be read. For the reading, such children are marked
 * `aria-hidden` (what they are to the browser), and unmarked afterwards. Returns the undo.
 */
const hideUnslotted = (): (() => void) => {
  const marked: Element[] = [];
  for (const host of document.querySelectorAll('*')) {
    if (!host.shadowRoot) continue;
    for (const child of host.children) {
      if (child.assignedSlot || child.hasAttribute('aria-hidden')) continue;
      child.setAttribute('aria-hidden', 'true');
      marked.push(child);
    }
  }
  return () => marked.forEach((el) => el.removeAttribute('aria-hidden'));
};

/** The reading: every phrase from the start of `container` to its end, with "next". */
export const readThrough = async (container: Element): Promise<string[]> => {
  const undo = hideUnslotted();
  await virtual.start({ container });
  try {
    const first = await virtual.lastSpokenPhrase();
    const end = `end of ${first}`;
    for (let i = 0; i < MAX_PHRASES && (await virtual.lastSpokenPhrase()) !== end; i++) await virtual.next();
    const log = await virtual.spokenPhraseLog();
    expect(log.at(-1), `the reading reached "${end}"`).to.equal(end);
    // Started on an element (an open dialog), the reader announces it, then moves onto it: the same words twice.
    if (container !== document.body && log[1] === log[0]) log.shift();
    return log;
  } finally {
    await virtual.stop();
    undo();
  }
};

/** The keyboard walk: each key, then what the reader announced after it (focus moves, live changes). */
export const walk = async (root: HTMLElement, keys: string[] | undefined, keepFocus = false): Promise<{ key: string; spoken: string[] }[]> => {
  if (!keepFocus) resetFocus();
  await virtual.start({ container: document.body });
  const steps: { key: string; spoken: string[] }[] = [];
  try {
    await virtual.clearSpokenPhraseLog();
    const press = async (key: string) => {
      await sendKeys({ press: key });
      await calm();
      const spoken = await virtual.spokenPhraseLog();
      await virtual.clearSpokenPhraseLog();
      return spoken;
    };
    if (keys) {
      for (const key of keys) steps.push({ key, spoken: await press(key) });
    } else {
      // Tab until focus leaves the component: past it, to the browser's own controls (the document loses focus, while
      // document.activeElement stays on the last element), or round to an element already reached. That last press is
      // not recorded: where focus goes after the page is the browser's business, not the component's.
      const reached = new Set<Element>();
      for (let i = 0; i < MAX_TABS; i++) {
        const spoken = await press('Tab');
        const active = document.activeElement;
        if (!document.hasFocus() || !active || active === document.body || !root.contains(active) || reached.has(active)) break;
        reached.add(active);
        steps.push({ key: 'Tab', spoken });
      }
    }
    return steps;
  } finally {
    await virtual.stop();
  }
};

/** The transcript as committed: a title line, the reading, the keyboard walk. */
export const transcriptText = (scenario: Scenario, lang: Lang, reading: string[], steps: { key: string; spoken: string[] }[]): string =>
  [
    `portal-${scenario.component}, ${scenario.state}, ${lang}`,
    '',
    scenario.reach ? 'Reading (next, through what the reader can reach: the open modal dialog)' : 'Reading (next, from the start of the document to its end)',
    ...reading.map((p) => `  ${p}`),
    '',
    scenario.keys ? `Keyboard (${scenario.keys.join(', ')})` : 'Keyboard (Tab from the top of the page until focus leaves the component)',
    ...(steps.length ? steps.flatMap(({ key, spoken }) => [`  ${key}`, ...(spoken.length ? spoken.map((p) => `    ${p}`) : ['    (nothing)'])]) : ['  (no Tab stop)']),
    '',
  ].join('\n');

/** Renders the scenario in `lang` and records its transcript. */
export const record = async (scenario: Scenario, lang: Lang, change?: (root: HTMLElement) => void | Promise<void>): Promise<string> => {
  resetFocus();
  const root = await fixture<HTMLElement>(scenario.render(lang));
  await calm();
  await change?.(root);
  await calm();
  await scenario.ready?.(root);
  await calm();
  const reading = await readThrough(scenario.reach?.(root) ?? document.body);
  const steps = await walk(root, scenario.keys, scenario.keepFocus);
  return transcriptText(scenario, lang, reading, steps);
};

export const fileOf = (scenario: Scenario, lang: Lang): string => `${scenario.component}.${scenario.state}.${lang}.txt`;

/** The committed snapshot (null if none); with UPDATE_TRANSCRIPTS=1 the server writes `text` first (without `text` it only reads). */
export const snapshot = async (file: string, text?: string): Promise<{ expected: string | null; updated: boolean }> => {
  const result = await executeServerCommand<{ expected: string | null; updated: boolean }, { file: string; text?: string }>('transcript', text === undefined ? { file } : { file, text });
  if (!result) throw new Error('the transcript command is not installed: add transcriptsPlugin() to the web-test-runner config');
  return result;
};

/** Records the scenario in `lang` and expects exactly its committed snapshot. */
export const expectTranscript = async (scenario: Scenario, lang: Lang): Promise<void> => {
  const file = fileOf(scenario, lang);
  const text = await record(scenario, lang);
  const { expected } = await snapshot(file, text);
  expect(expected, `no snapshot test/transcripts/${file}: write it with npm run transcripts:update, then review it`).to.be.a('string');
  expect(text, `what is spoken differs from test/transcripts/${file}; if the change is meant, npm run transcripts:update and review the diff`).to.equal(expected);
};

/** The open modal dialog under `root`, once its zoom-in is over. */
export const openDialog = async (root: Element): Promise<HTMLDialogElement> => {
  for (;;) {
    const dialog = root.querySelector<HTMLDialogElement>('dialog[open]');
    if (dialog) {
      await Promise.all(dialog.getAnimations().map((a) => a.finished));
      return dialog;
    }
    await calm();
  }
};
