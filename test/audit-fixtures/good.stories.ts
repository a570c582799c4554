/**
 * Fine on purpose: the audit's own tests build Storybook with these stories
 * (PORTAL_AUDIT_FIXTURES=1) and expect the audit to pass them. They are never
 * part of the normal Storybook.
 */
import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';

const meta: Meta = { title: 'Audit fixtures/Good' };
export default meta;

// A white ring drawn inside a dark button on a white page (as <portal-figure>'s zoom button over a
// photo): it lies on the button, at 15:1; against the page around the button it would be 1:1.
export const FocusRingInsideButton: StoryObj = {
  render: () => html`<style>
      .inset-ring {
        background: #1b1d21;
        color: #fff;
        border: 2px solid #fff;
        padding: 0.5rem 1rem;
      }
      .inset-ring:focus-visible {
        outline: 2px solid #fff;
        outline-offset: -6px;
      }
    </style>
    <p><button class="inset-ring" type="button">Phóng to ảnh</button></p>`,
};
