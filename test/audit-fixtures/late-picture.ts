// A feature module loaded on first use by <audit-late-picture> (loading.stories.ts).
import { html } from 'lit';

/* eslint-disable-next-line lit-a11y/alt-text -- broken on purpose: the audit must see it although it renders late */
export const picture = () => html`<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="40" height="40" />`;
