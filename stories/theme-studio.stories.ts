import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import './theme-studio.js';

const meta: Meta = {
  title: 'Themes/Studio',
  parameters: { layout: 'fullscreen' },
};
export default meta;

/**
 * The theme builder for designers: a brand colour (and an accent) from the
 * browser's colour pickers, every component in the light and dark themes the
 * builder makes, its report in plain words (the Locale toolbar: Vietnamese or
 * English), and the two CSS files to download.
 */
export const Studio: StoryObj = {
  render: (_args, { globals }) => html`<theme-studio locale=${globals.locale === 'en' ? 'en' : 'vi'}></theme-studio>`,
};
