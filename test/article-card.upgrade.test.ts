/**
 * No layout shift on upgrade (issue 15): a card painted before its script runs, as the author wrote it (the photo
 * last) or as a server renders it (its shadow root already there, the photo still in the default slot), has every
 * box where it will be after the card is defined and has updated. Engine-neutral: getBoundingClientRect before and
 * after `customElements.define` (the define file is imported only in the middle of the test), with the default theme,
 * which carries the card's rules for that moment. Not covered: `horizontal` in a card of 30rem or more (the photo
 * beside the text), which before upgrade lays out as vertical; a narrow horizontal card (stacked) is.
 */
import { expect } from '@open-wc/testing';
import { styles } from '../src/components/article-card/article-card.styles.js';
import type { PortalArticleCard } from '../src/components/article-card/article-card.js';

const TITLE = 'Hội nghị giao ban Thường trực HĐND tỉnh với Thường trực HĐND các huyện, thành phố lần thứ ba';
const EXCERPT = 'Chiều 13/3, tại huyện Duy Tiên, Thường trực HĐND tỉnh tổ chức Hội nghị giao ban.';
const PHOTO = `data:image/svg+xml,${encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" width="900" height="600"/>')}`;
/** The shadow root as @lit-labs/ssr writes it for a card (its two boxes and their CSS), without hydration markers. */
const SHADOW = `<template shadowrootmode="open"><style>${styles.cssText}</style><div part="card"><slot name="media"></slot><div part="body"><slot></slot></div></div></template>`;

const CASES = [
  ...['', 'vertical', 'compact', 'featured'].flatMap((variant) => ['16rem', '40rem'].map((width) => ({ variant, width }))),
  { variant: 'horizontal', width: '16rem' },
];

const markup = (server: boolean) =>
  CASES.map(
    ({ variant, width }) =>
      `<div style="width:${width}"><portal-article-card${variant ? ` variant="${variant}"` : ''}>${server ? SHADOW : ''}` +
      `<h3><a href="/tin/123">${TITLE}</a></h3><a href="/tin-hoat-dong">Tin hoạt động</a> <time datetime="2018-03-13">13/03/2018</time>` +
      `<p>${EXCERPT}</p><img src="${PHOTO}" alt="" width="900" height="600"></portal-article-card></div>`,
  ).join('');

/** Every card's box and each of its children's, rounded to a tenth of a pixel. */
const boxes = (root: Element) =>
  [...root.querySelectorAll('portal-article-card')].flatMap((card, i) =>
    [card, ...card.children].map((el) => {
      const r = el.getBoundingClientRect();
      return `${i} ${CASES[i]!.variant || '(none)'} ${CASES[i]!.width} <${el.localName}> ${[r.x, r.y, r.width, r.height].map((n) => n.toFixed(1)).join(' ')}`;
    }),
  );

describe('<portal-article-card> upgrade moves nothing', () => {
  it('as the author wrote it (photo last) and as a server rendered it: every box before define() is where it is after', async () => {
    expect(customElements.get('portal-article-card'), 'defined too early').to.equal(undefined);
    const style = Object.assign(document.createElement('style'), { textContent: await (await fetch('/src/themes/default.css')).text() });
    document.head.append(style);
    const authored = document.createElement('div');
    const server = document.createElement('div');
    authored.innerHTML = markup(false);
    (server as Element & { setHTMLUnsafe(html: string): void }).setHTMLUnsafe(markup(true));
    document.body.append(authored, server);
    expect(server.querySelector('portal-article-card')!.shadowRoot, 'the declarative shadow root was not attached').to.not.equal(null);
    await Promise.all([...document.images].map((img) => img.decode().catch(() => undefined)));
    const before = [boxes(authored), boxes(server)];
    expect(before[0].join('\n'), 'the photo is first before upgrade').to.include('<img>');

    await import('../src/components/article-card/define.js');
    for (const card of document.querySelectorAll<PortalArticleCard>('portal-article-card')) await card.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(authored.querySelector('img')!.slot, 'the card has upgraded').to.equal('media');

    expect(boxes(authored), 'as the author wrote it').to.deep.equal(before[0]);
    expect(boxes(server), 'server-rendered').to.deep.equal(before[1]);
    authored.remove();
    server.remove();
    style.remove();
  });
});
