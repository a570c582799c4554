/**
 * Broken on purpose: the audit's own tests build Storybook with these stories
 * (PORTAL_AUDIT_FIXTURES=1) and expect the audit to fail on each. They are never
 * part of the normal Storybook.
 */
import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';

const meta: Meta = { title: 'Audit fixtures/Broken' };
export default meta;

/* eslint-disable lit-a11y/alt-text, lit-a11y/accessible-name -- broken on purpose */
export const ImageWithoutAlt: StoryObj = {
  render: () => html`<p>Ảnh không có alt:</p><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="40" height="40" />`,
};

export const EmptyButton: StoryObj = {
  render: () => html`<p>Nút trống:</p><button type="button"></button>`,
};

export const FocusOutlineRemoved: StoryObj = {
  render: () => html`<style>
      .no-ring:focus,
      .no-ring:focus-visible {
        outline: none;
      }
    </style>
    <p><a class="no-ring" href="#x">Liên kết không có vòng tiêu điểm</a></p>`,
};

// The ring is there, but black at 20% opacity over white shows as light grey (about 1.6:1).
export const FocusOutlineTranslucent: StoryObj = {
  render: () => html`<style>
      .faint-ring:focus,
      .faint-ring:focus-visible {
        outline: 3px solid rgba(0, 0, 0, 0.2);
        outline-offset: 2px;
      }
    </style>
    <p><a class="faint-ring" href="#x">Liên kết có vòng tiêu điểm gần như trong suốt</a></p>`,
};

// A ring drawn inside the button in the button's own colour: invisible, whatever the page around it.
export const FocusRingInsideLost: StoryObj = {
  render: () => html`<style>
      .lost-ring {
        background: #1b1d21;
        color: #fff;
        border: 0;
        padding: 0.5rem 1rem;
      }
      .lost-ring:focus-visible {
        outline: 2px solid #1b1d21;
        outline-offset: -4px;
      }
    </style>
    <p><button class="lost-ring" type="button">Phóng to ảnh</button></p>`,
};

export const ShadowOnlyText: StoryObj = {
  render: () => {
    const host = document.createElement('div');
    host.attachShadow({ mode: 'open' }).innerHTML = '<p>Chữ chỉ có trong shadow root</p>';
    return host;
  },
};
