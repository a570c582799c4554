/**
 * Stories that load late or go wrong while loading, for the audit's own tests
 * (PORTAL_AUDIT_FIXTURES=1, like broken.stories.ts): the audit must wait for what
 * renders late, and report what threw, logged an error or never got defined,
 * instead of passing an empty or half-rendered story. Never part of the normal Storybook.
 */
import { html, nothing } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { PortalElement } from '../../src/internal/portal-element.js';

const meta: Meta = { title: 'Audit fixtures/Loading' };
export default meta;

const later = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Loaded on first use, as a component's feature module is; its image has no alt (broken on purpose). */
const loadPicture = async () => (await later(800), import('./late-picture.js'));
/** Loaded on first use, and its module throws while it runs. */
const loadThrowing = async () => (await later(300), import('./throwing-feature.js'));

/** A component defined late, that renders only once a module loaded on first use has arrived. */
class AuditLatePicture extends PortalElement {
  override createRenderRoot(): HTMLElement {
    return this;
  }

  override render(): unknown {
    return this.use(loadPicture)?.picture() ?? nothing;
  }
}

/** A component whose module loaded on first use throws: it never renders, and nothing else says so. */
class AuditFeatureThrows extends PortalElement {
  override render(): unknown {
    return this.use(loadThrowing)?.feature() ?? nothing;
  }
}

/** A component that throws when it joins the page. */
class AuditThrowsOnConnect extends HTMLElement {
  connectedCallback(): void {
    this.textContent = 'Thành phần ném lỗi';
    throw new Error('audit fixture: connectedCallback throws');
  }
}

// Defined a moment after the story renders, as when its module arrives late.
export const LateDefinedAndRendered: StoryObj = {
  render: () => {
    setTimeout(() => customElements.get('audit-late-picture') ?? customElements.define('audit-late-picture', AuditLatePicture), 800);
    return html`<p>Ảnh tải muộn:</p><audit-late-picture></audit-late-picture>`;
  },
};

export const FeatureModuleThrows: StoryObj = {
  render: () => {
    if (!customElements.get('audit-feature-throws')) customElements.define('audit-feature-throws', AuditFeatureThrows);
    return html`<p>Mô-đun ném lỗi:</p><audit-feature-throws></audit-feature-throws>`;
  },
};

export const ThrowsOnConnect: StoryObj = {
  render: () => {
    if (!customElements.get('audit-throws-on-connect')) customElements.define('audit-throws-on-connect', AuditThrowsOnConnect);
    return html`<audit-throws-on-connect></audit-throws-on-connect>`;
  },
};

export const RenderThrows: StoryObj = {
  render: () => {
    throw new Error('audit fixture: the story render function throws');
  },
};

export const NeverDefined: StoryObj = {
  render: () => html`<p>Phần tử không bao giờ được định nghĩa:</p><audit-never-defined-story>Nội dung</audit-never-defined-story>`,
};

export const ConsoleError: StoryObj = {
  render: () => {
    console.error('audit fixture: a console error');
    return html`<p>Lỗi trong console.</p>`;
  },
};

// Sound: a warning (as components give on bad input) is not an error.
export const ConsoleWarningOnly: StoryObj = {
  render: () => {
    console.warn('audit fixture: a warning, as on bad input');
    return html`<p>Chỉ có cảnh báo trong console.</p>`;
  },
};
