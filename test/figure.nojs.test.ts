/**
 * Without JavaScript (here: the tag is never registered), the author's markup
 * is already a captioned photo: a figure with its image and caption, and with
 * the theme stylesheet the photo fits the column with its box reserved.
 */
import { a11yTree, expectImages, expectRolesAndNames, itIn } from './helpers.js';
import { expect, fixtureSync, html } from '@open-wc/testing';

const ALT = 'Tranh minh hoạ một người ngồi phát biểu';
/**
 * A raster 900×600 stand-in for the photo: WebKit exposes an <img> that shows an SVG file as that SVG's root (computed
 * role ""), not as an image (test/figure.test.ts). Portals' photos are JPEGs.
 */
const RASTER = Object.assign(document.createElement('canvas'), { width: 900, height: 600 }).toDataURL();

const page = () =>
  fixtureSync<HTMLElement>(html`
    <div style="width: 320px">
      <portal-figure zoomable variant="float-end">
        <figure id="khong-js">
          <img src=${RASTER} alt=${ALT} width="900" height="600" />
          <figcaption>Đồng chí Phạm Sỹ Lợi phát biểu tại hội nghị <small>Ảnh: minh hoạ</small></figcaption>
        </figure>
      </portal-figure>
    </div>
  `);

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
    const el = page();
    await expectRolesAndNames('#khong-js', [{ role: 'figure' }]);
    await expectImages('#khong-js > img', [ALT]);
    expect([...el.querySelector('#khong-js')!.children].map((c) => c.localName), 'the caption inside the figure, after the photo').to.deep.equal(['img', 'figcaption']);
    expect(el.querySelector('figcaption')!.checkVisibility(), 'the caption is rendered').to.equal(true);
    // The theme keeps the 900 px photo inside the 320 px column, at its ratio, before it loads.
    const img = el.querySelector('img')!.getBoundingClientRect();
    expect(img.width).to.be.at.most(320);
    expect(img.height).to.be.closeTo((img.width * 2) / 3, 1);
    // No button and no dialog: nothing is generated without the component.
    expect(el.querySelector('button, dialog')).to.equal(null);
  });

  itIn(['chromium'], 'the caption is a Figcaption node inside the figure, after the image (Chromium: its accessibility tree)', async () => {
    page();
    const figure = await a11yTree('#khong-js');
    expect(figure?.role).to.equal('figure');
    expect(figure!.children!.map((n) => n.role)).to.deep.equal(['image', 'Figcaption']);
    expect(figure!.children![0]).to.include({ name: ALT });
  });
});
