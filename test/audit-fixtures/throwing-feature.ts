// A feature module loaded on first use by <audit-feature-throws> (loading.stories.ts); it throws while it runs.
import { html } from 'lit';

export const feature = () => html`<p>Never shown</p>`;

throw new Error('audit fixture: this feature module throws while it loads');
