/**
 * Without JavaScript (here: the tag is never registered), the author's markup
 * is already a captioned photo: a figure with its image and caption, and with
 * the theme stylesheet the photo fits the column with its box reserved.
 */
import { a11yTree } from './helpers.js';
import { expect, fixtureSync, html } from '@open-wc/testing';

describe('<portal-figure> without JavaScript', () => {
  before(async () => {
    const css = await (await fetch('/src/themes/default.css')).text();
    const style = document.createElement('style');
    style.textContent = css;
    document.head.append(style);
  });

  it('is never registered in this file', () => {
    expect(customElements.get('portal-figure')).to.equal(undefined);
  });

  it('reads as a captioned photo: figure, image by its alt, caption inside the figure', async () => {
    const el = fixtureSync<HTMLElement>(html`
      <div style="width: 320px">
        <portal-figure zoomable variant="float-end">
          <figure id="khong-js">
            <img src="/stories/assets/hoi-nghi-2.svg" alt="Tranh minh hoạ một người ngồi phát biểu" width="900" height="600" />
            <figcaption>Đồng chí Phạm Sỹ Lợi phát biểu tại hội nghị <small>Ảnh: minh hoạ</small></figcaption>
          </figure>
        </portal-figure>
      </div>
    `);
    const figure = await a11yTree('#khong-js');
    expect(figure?.role).to.equal('figure');
    expect(figure!.children![0]).to.include({ role: 'image', name: 'Tranh minh hoạ một người ngồi phát biểu' });
    expect(figure!.children![1]!.role).to.equal('Figcaption');
    // The theme keeps the 900 px photo inside the 320 px column, at its ratio, before it loads.
    const img = el.querySelector('img')!.getBoundingClientRect();
    expect(img.width).to.be.at.most(320);
    expect(img.height).to.be.closeTo((img.width * 2) / 3, 1);
    // No button and no dialog: nothing is generated without the component.
    expect(el.querySelector('button, dialog')).to.equal(null);
  });
});
