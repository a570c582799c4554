/// <reference types="vite/client" />
import { html } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { PAGE_CSS, renderPage } from '../demo/content.js';
import type { SampleLang } from './sample-content.js';

import hoiNghi1 from './assets/hoi-nghi-1.svg?url&no-inline';
import hoiNghi1Full from './assets/hoi-nghi-1-1800.svg?url&no-inline';
import hoiNghi2 from './assets/hoi-nghi-2.svg?url&no-inline';
import hoiNghi2Full from './assets/hoi-nghi-2-1800.svg?url&no-inline';

/** The photos as files (a data: URL is what the figure refuses for the zoom). */
const ASSETS: Record<string, string> = {
  'hoi-nghi-1': hoiNghi1,
  'hoi-nghi-1-1800': hoiNghi1Full,
  'hoi-nghi-2': hoiNghi2,
  'hoi-nghi-2-1800': hoiNghi2Full,
};

const lang = (globals: Record<string, unknown>): SampleLang => (globals.locale === 'en' ? 'en' : 'vi');

/**
 * A whole page, so no docs page (`!autodocs`): a docs page puts every story of
 * the file, and the docs' own headings, on one page, which would give it a
 * second set of banner, navigation, main and contentinfo landmarks and a
 * second h1 inside the docs' structure. The story stands alone on its canvas,
 * as the page stands alone in a browser.
 */
const meta: Meta = {
  title: 'Pages/Sample article',
  tags: ['!autodocs'],
  parameters: { layout: 'fullscreen' },
};
export default meta;

type Story = StoryObj;

/**
 * The demo page (`npm start`, index.html) top to bottom: skip ribbon, header
 * with the council's name and the navigation, the article (category, headline,
 * dateline, lead, body with both zoomable photos, the attendance list, JSON-LD),
 * the related news and the footer. The same markup as index.html and
 * examples/sample-article.html, from demo/content.ts.
 *
 * The theme and language come from the toolbar (Theme, Locale), so the page's
 * own switchers are left out here.
 */
export const SampleArticle: Story = {
  name: 'Sample article',
  render: (_args, { globals }) =>
    html`${unsafeHTML(`<style>${PAGE_CSS}</style>`)}
      <div class="portal-demo">${unsafeHTML(renderPage(lang(globals), { assetBase: '', assets: ASSETS }))}</div>`,
  parameters: {
    docs: { source: { language: 'html', code: renderPage('vi', { assetBase: '/stories/assets/' }) } },
  },
};
