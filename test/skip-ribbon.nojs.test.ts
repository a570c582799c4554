/**
 * Without JavaScript (here: the tag is never registered), the ribbon's markup is
 * plain links that still work, and the theme keeps them hidden until focused.
 */
import { followLink } from './helpers.js';
import { expect, fixtureSync, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';

describe('<portal-skip-ribbon> without JavaScript', () => {
  before(async () => {
    const css = await (await fetch('/src/themes/default.css')).text();
    const style = document.createElement('style');
    style.textContent = css;
    document.head.append(style);
  });
  afterEach(() => history.replaceState(null, '', location.pathname));

  it('is never registered in this file', () => {
    expect(customElements.get('portal-skip-ribbon')).to.equal(undefined);
  });

  it('keeps working anchors: a click goes to the target', async () => {
    const el = fixtureSync<HTMLElement>(html`
      <div>
        <portal-skip-ribbon><a href="#noi-dung">Bỏ qua để đến nội dung chính</a></portal-skip-ribbon>
        <main id="noi-dung"><p>Chiều 13/3, tại huyện Duy Tiên</p></main>
      </div>
    `);
    const link = el.querySelector('a')!;
    expect(link.textContent).to.equal('Bỏ qua để đến nội dung chính');
    await followLink(link);
    expect(location.hash).to.equal('#noi-dung');
    expect(document.querySelector(':target')).to.equal(el.querySelector('main'));
  });

  it('stays hidden until focused, then shows', async () => {
    const el = fixtureSync<HTMLElement>(html`
      <div><portal-skip-ribbon><a href="#m">Bỏ qua để đến nội dung chính</a></portal-skip-ribbon><main id="m">x</main></div>
    `);
    const link = el.querySelector('a')!;
    expect(link.getBoundingClientRect().width).to.be.at.most(1);
    (document.activeElement as HTMLElement | null)?.blur();
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(link);
    expect(link.getBoundingClientRect().width).to.be.greaterThan(1);
  });
});
