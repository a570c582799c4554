/**
 * The component states whose transcripts are on record, in the sample content of
 * test/fixtures (realistic Vietnamese, and English), one list per component.
 */
import { html } from 'lit';
import { samples } from '../fixtures/index.js';
import { meeting } from '../../stories/sample-content.js';
import type { Scenario } from './harness.js';

const sample = (tag: string, state?: string) => {
  const found = samples.find((s) => s.tag === tag && s.state === state);
  if (!found) throw new Error(`no fixture sample for ${tag} ${state ?? ''}`);
  return found;
};

export const scenarios: Record<string, Scenario[]> = {
  'skip-ribbon': [
    // Tab reaches the link, Enter moves focus to the main content.
    { component: 'skip-ribbon', state: 'default', render: sample('portal-skip-ribbon').render, keys: ['Tab', 'Enter'] },
  ],
  'article-card': [{ component: 'article-card', state: 'default', render: sample('portal-article-card').render }],
  'article-list': [{ component: 'article-list', state: 'default', render: sample('portal-article-list').render }],
  figure: [
    // The zoom: Tab to its button, Enter opens the dialog (focus on its close button), Escape closes it.
    { component: 'figure', state: 'default', render: sample('portal-figure').render, ready: sample('portal-figure').ready, keys: ['Tab', 'Enter', 'Escape'] },
    {
      component: 'figure',
      state: 'zoom-open',
      render: sample('portal-figure', 'zoom open').render,
      ready: sample('portal-figure', 'zoom open').ready,
      reach: (root) => root.querySelector('dialog[open]') ?? root,
      keepFocus: true,
      keys: ['Escape'],
    },
  ],
  'attendance-list': [
    { component: 'attendance-list', state: 'default', render: sample('portal-attendance-list').render, ready: sample('portal-attendance-list').ready },
    {
      component: 'attendance-list',
      state: 'sentence',
      render: (lang) => html`
        <article lang=${lang}>
          <h2>${lang === 'vi' ? 'Thành phần' : 'Attendance'}</h2>
          <portal-attendance-list variant="sentence" .attendees=${meeting(lang)}></portal-attendance-list>
        </article>
      `,
    },
  ],
  article: [{ component: 'article', state: 'default', render: sample('portal-article').render }],
};
