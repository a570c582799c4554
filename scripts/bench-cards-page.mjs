/**
 * The page side of `npm run bench:cards` (scripts/bench-cards.mjs bundles it into every candidate's page, so each
 * pays the same for it): fetches the candidate's 1,000 cards as one HTML string before anything is timed, then
 * inserts them into the grid and times to the end of the next frame; then checks that every card really rendered.
 */
const grid = document.getElementById('grid');
const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
/** The end of the next frame: a task queued from a requestAnimationFrame callback runs after that frame's style, layout and paint. */
const frameEnd = () =>
  new Promise((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(0);
    }),
  );

const markup = fetch(`/cards/${document.documentElement.dataset.candidate}.html`).then((r) => r.text());

window.bench = {
  ready: markup.then(() => document.fonts.ready).then(() => true),
  /**
   * Inserts the cards (`innerHTML`, as a template engine or a router does), waits for every element's
   * `updateComplete` (an `undefined` for plain HTML: the same Promise.all for all), then for the end of the next frame.
   * `script`: insertion to every update complete (parse, upgrade, first render, modules loaded on first use);
   * `total`: to the end of the next frame after that (style, layout, paint included); `frames`: frames the browser
   * rendered between the insertion and the last update (each one a style and layout of the grid).
   */
  async run() {
    const html = await markup;
    await frame();
    await frame();
    // Frames rendered before every card has updated: 0 unless an update waits for something (a module on first use).
    let frames = 0;
    let counting = true;
    const count = () => counting && (frames++, requestAnimationFrame(count));
    performance.mark('bench-run');
    const t0 = performance.now();
    requestAnimationFrame(count);
    grid.innerHTML = html;
    await Promise.all(Array.from(grid.children, (card) => card.updateComplete));
    const t1 = performance.now();
    counting = false;
    await frameEnd();
    const t2 = performance.now();
    performance.mark('bench-end');
    return { script: t1 - t0, total: t2 - t0, frames };
  },
  /**
   * Every card: upgraded (`:defined`, a shadow root, the title heading assigned to a slot), its title link visible
   * with a box larger than zero, and its date's text the one expected (written by the author, or by the card).
   */
  check() {
    const problems = {};
    const fail = (what) => (problems[what] = (problems[what] ?? 0) + 1);
    let ok = 0;
    for (const card of grid.children) {
      const before = Object.values(problems).reduce((a, b) => a + b, 0);
      const link = card.querySelector(':scope > h3 > a');
      const box = link?.getBoundingClientRect();
      if (!link || !(box.width > 0 && box.height > 0) || !link.checkVisibility()) fail('title not visible');
      if (card.localName.includes('-')) {
        if (!card.matches(':defined')) fail('not upgraded');
        if (!card.shadowRoot) fail('no shadow root');
        if (!card.querySelector(':scope > h3')?.assignedSlot) fail('title not slotted');
      }
      const time = card.querySelector('time');
      if (time?.textContent !== time?.dateTime.split('-').reverse().join('/')) fail('date text missing or wrong');
      if (Object.values(problems).reduce((a, b) => a + b, 0) == before) ok++;
    }
    return { cards: grid.children.length, ok, problems };
  },
};
