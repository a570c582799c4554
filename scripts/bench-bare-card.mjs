/**
 * The bare Lit card of `npm run bench:cards` and `npm run bench:ssr`: what any LitElement card costs, with nothing of
 * the portal card's own (no checks, no language, no click, no date): a media slot, a default slot, minimal shadow CSS.
 */
import { LitElement, css, html } from 'lit';

export class BareCard extends LitElement {
  static styles = css`
    :host { display: block; }
    div { display: flex; flex-wrap: wrap; align-items: baseline; gap: 0.5rem; }
    ::slotted(img) { inline-size: 100%; block-size: auto; aspect-ratio: 3/2; }
  `;

  render() {
    return html`<slot name="media"></slot><div><slot></slot></div>`;
  }
}

if (!customElements.get('bare-card')) customElements.define('bare-card', BareCard);
