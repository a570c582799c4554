import { html, nothing, type TemplateResult } from 'lit';
import { article, frameText, type SampleLang } from '../stories/sample-content.js';
import { text } from '../stories/article-templates.js';

/** The ids of the frame's skip targets, in page order. */
export const targets = {
  main: 'noi-dung-chinh',
  nav: 'dieu-huong',
  search: 'tim-kiem',
} as const;

export interface PageFrameOptions {
  /** The language of the frame's words and of the article. */
  lang: SampleLang;
  /** The component under test, placed first in the page like a real skip ribbon. */
  ribbon: TemplateResult;
  /** Set `lang` on the frame's root, for a page region in another language than the document. */
  markLang?: boolean;
  /** Extra lines for the story's instruction box. */
  hint?: TemplateResult;
}

/** The mock page goes nowhere: its links and its search form stay on the story. */
const stay = (event: Event): void => event.preventDefault();

/**
 * A portal page around a component: header, main article, a side column with
 * the section navigation and the search form, and a footer. Every skip target
 * exists, in the order main → navigation → search, so axe and the component's
 * own checks see a complete page. Styles: ./page-frame.css.
 */
export const pageFrame = ({ lang, ribbon, markLang = false, hint }: PageFrameOptions): TemplateResult => {
  const t = frameText[lang];
  const a = article(lang);
  return html`
    <div class="sb-page" lang=${markLang ? lang : nothing}>
      <div class="sb-page__hint" role="note">
        <p><strong>${t.hint}</strong> ${t.hintDetail}</p>
        ${hint ?? nothing}
      </div>
      ${ribbon}
      <header class="sb-page__header">
        <p class="sb-page__site">${t.siteName}</p>
      </header>
      <div class="sb-page__body">
        <main id=${targets.main} class="sb-page__main">
          <article>
            <p class="sb-page__category"><a href="/tin-hoat-dong" @click=${stay}>${a.category}</a></p>
            <h1>${text(a.title)}</h1>
            ${a.paragraphs.map((p) => html`<p>${text(p)}</p>`)}
          </article>
        </main>
        <div class="sb-page__side">
          <nav id=${targets.nav} aria-label=${t.navLabel}>
            <ul>
              ${t.nav.map((item, i) => html`<li><a href=${`/chuyen-muc/${i + 1}`} @click=${stay}>${item}</a></li>`)}
            </ul>
          </nav>
          <form id=${targets.search} role="search" class="sb-page__search" @submit=${stay}>
            <label for="o-tim-kiem">${t.searchLabel}</label>
            <input id="o-tim-kiem" type="search" name="q" />
            <button type="submit">${t.searchButton}</button>
          </form>
        </div>
      </div>
      <footer class="sb-page__footer"><p>${t.footer}</p></footer>
    </div>
  `;
};
