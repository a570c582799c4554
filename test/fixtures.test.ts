import { shadowOnlyText } from './helpers.js';
import { expect, fixture } from '@open-wc/testing';
import '../src/all.js';
import { samples } from './fixtures/index.js';

// Every registered tag has a sample, so the cross-component tests (themes, contrast, forced colors) cover it.
describe('component samples', () => {
  it('cover every tag the drop-in registers', async () => {
    const source = await (await fetch('/src/all.ts')).text();
    const defines = [...source.matchAll(/components\/([\w-]+)\/define\.[jt]s/g)].map((m) => m[1]!);
    const tags = await Promise.all(
      defines.map(async (name) => (await (await fetch(`/src/components/${name}/define.ts`)).text()).match(/\.define\(['"]([^'"]+)['"]\)/)![1]!),
    );
    for (const tag of tags) expect(customElements.get(tag), tag).to.exist;
    expect([...new Set(samples.map((s) => s.tag))].sort()).to.deep.equal([...tags].sort());
  });

  for (const sample of samples) {
    for (const lang of ['vi', 'en'] as const) {
      it(`${sample.tag}${sample.state ? ` (${sample.state})` : ''} (${lang}) keeps its reader-facing text in the light DOM and passes axe`, async () => {
        const root = await fixture<HTMLElement>(sample.render(lang));
        await sample.ready?.(root);
        for (const el of root.querySelectorAll(sample.tag)) expect(shadowOnlyText(el), sample.tag).to.equal('');
        await expect(root).to.be.accessible();
      });
    }
  }
});
