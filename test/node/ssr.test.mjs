/**
 * Server-side rendering with @lit-labs/ssr: `npm run test:node`.
 *
 * A portal may render pages on the server (Astro, Eleventy, a Node proxy in
 * front of the CMS). Every element that src/all.ts registers must render there
 * without throwing, emit a declarative shadow root, and keep the author's
 * light-DOM content in the HTML, so the page reads right before JavaScript.
 *
 * src/all.ts is bundled for Node with esbuild (tsconfig.json's legacy
 * decorators apply; lit stays external, so the bundle and @lit-labs/ssr share
 * one Lit). Lit's Node build installs a minimal DOM shim (`customElements`,
 * `HTMLElement`) when it loads, and nothing more: there is no `document` or
 * `window`, exactly as in a real SSR server. So code that touches the DOM in a
 * constructor or in render() fails here.
 *
 * The tags come from the bundle itself: `customElements.define` is wrapped
 * before the bundle is imported, so a new component in all.ts is covered with
 * no edit here. It can get realistic children in FIXTURES below; without an
 * entry it renders with a generic paragraph.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
// Inside the repo, so the bundle's `import 'lit'` resolves to node_modules/lit.
const outDir = join(root, 'node_modules/.cache/portal-elements-ssr');
const outfile = join(outDir, `all-${process.pid}.mjs`);

/** Realistic light-DOM children per tag; `text` must appear in the server HTML. */
const FIXTURES = {
  'portal-skip-ribbon': {
    attrs: '',
    children: '<a href="#noi-dung-chinh">Bỏ qua để đến nội dung chính</a><a href="#menu-chinh">Đến menu chính</a>',
    text: ['Bỏ qua để đến nội dung chính', 'Đến menu chính'],
  },
  'portal-article-card': {
    attrs: 'variant="horizontal" datetime="2018-03-13"',
    children:
      '<h3><a href="/tin/124">Hội nghị giao ban Thường trực HĐND tỉnh lần thứ ba</a></h3><a href="/tin-hoat-dong">Tin hoạt động</a>' +
      '<time datetime="2018-03-13">13/03/2018</time><p>Chiều 13/3, tại huyện Duy Tiên, Thường trực HĐND tỉnh tổ chức Hội nghị giao ban.</p>' +
      '<img src="/anh/hoi-nghi.jpg" alt="" width="900" height="600" loading="lazy">',
    text: ['Hội nghị giao ban Thường trực HĐND tỉnh lần thứ ba', 'Tin hoạt động', '13/03/2018', 'Chiều 13/3, tại huyện Duy Tiên'],
  },
  'portal-article-list': {
    attrs: 'href="/tin-hoat-dong"',
    children:
      '<h2>Tin hoạt động</h2><portal-article-card><h3><a href="/tin/125">Thường trực HĐND tỉnh giám sát tại huyện Lý Nhân</a></h3></portal-article-card>' +
      '<a href="/tin-hoat-dong">Xem tất cả</a>',
    text: ['Tin hoạt động', 'Thường trực HĐND tỉnh giám sát tại huyện Lý Nhân', 'Xem tất cả'],
  },
  'portal-figure': {
    attrs: 'zoomable variant="float-end"',
    children:
      '<figure><img src="/anh/hoi-nghi.jpg" alt="Người phát biểu tại bục" width="900" height="600" loading="lazy">' +
      '<figcaption>Đồng chí Phạm Sỹ Lợi phát biểu tại hội nghị <small>Ảnh: Văn phòng HĐND tỉnh</small></figcaption></figure>',
    text: ['alt="Người phát biểu tại bục"', 'Đồng chí Phạm Sỹ Lợi phát biểu tại hội nghị', 'Ảnh: Văn phòng HĐND tỉnh'],
  },
  'portal-attendance-list': {
    attrs: 'count heading-level="3" jsonld="Hội nghị giao ban" sort="name"',
    children:
      '<h3>Chủ trì</h3><ul data-role="presiding"><li>Đồng chí <b>Phạm Sỹ Lợi</b>, <span>Phó Bí thư Thường trực Tỉnh uỷ</span>, <span>Chủ tịch HĐND tỉnh</span></li></ul>' +
      '<ul data-role="attending"><li>các thành viên Thường trực HĐND tỉnh</li><li>Lãnh đạo: Sở Nội vụ, Sở Tài chính</li></ul>' +
      '<script type="application/json">[{"role":"guest","name":"Nguyễn Văn A"}]</script>',
    text: ['Chủ trì', 'Phạm Sỹ Lợi', 'Phó Bí thư Thường trực Tỉnh uỷ', 'Chủ tịch HĐND tỉnh', 'Lãnh đạo: Sở Nội vụ, Sở Tài chính'],
  },
  'portal-article': {
    attrs: 'role="article" jsonld publisher="Hội đồng nhân dân tỉnh Hà Nam"',
    children:
      '<a slot="category" href="/tin-hoat-dong">Tin hoạt động</a>' +
      '<h1 slot="headline">Hội nghị giao ban Thường trực HĐND tỉnh lần thứ ba</h1>' +
      '<p slot="dateline"><time datetime="2018-03-13">Chiều 13/3</time>, tại huyện Duy Tiên</p>' +
      '<p slot="lead">Thường trực HĐND tỉnh tổ chức Hội nghị giao ban.</p>' +
      '<p>Hội nghị đã tập trung đánh giá tình hình hoạt động của HĐND.</p>' +
      '<p slot="byline">Văn phòng HĐND tỉnh</p>',
    text: ['Tin hoạt động', 'Hội nghị giao ban Thường trực HĐND tỉnh lần thứ ba', 'Chiều 13/3', 'Hội nghị đã tập trung', 'Văn phòng HĐND tỉnh'],
  },
};
const GENERIC = {
  attrs: '',
  children: '<p>Ủy ban nhân dân tỉnh Quảng Ninh thông báo lịch tiếp công dân tháng 3.</p>',
  text: ['Ủy ban nhân dân tỉnh Quảng Ninh thông báo lịch tiếp công dân tháng 3.'],
};

/** Tags the define files register, read from source: all.ts must register every one of them. */
const definedInSource = () =>
  readdirSync(join(root, 'src/components'))
    .map((name) => join(root, 'src/components', name, 'define.ts'))
    .filter(existsSync)
    .flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/\.define\(\s*['"]([^'"]+)['"]/g)].map((m) => m[1]));

let render, collectResult;
let staticHtml, unsafeStatic;
const registered = [];
const warnings = [];
const realWarn = console.warn;

before(async () => {
  mkdirSync(outDir, { recursive: true });
  await build({
    entryPoints: [join(root, 'src/all.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    tsconfig: join(root, 'tsconfig.json'),
    external: ['lit', 'lit/*', '@lit/*', '@lit-labs/*'],
    logLevel: 'silent',
  });

  // Lit first: its Node build puts the shim's `customElements` on globalThis.
  ({ render } = await import('@lit-labs/ssr'));
  ({ collectResult } = await import('@lit-labs/ssr/lib/render-result.js'));
  ({ html: staticHtml, unsafeStatic } = await import('lit/static-html.js'));
  assert.ok(globalThis.customElements, "Lit's Node build did not install customElements");
  assert.equal(typeof globalThis.document, 'undefined', 'a global document exists, so this test would not catch DOM access');

  const define = customElements.define.bind(customElements);
  customElements.define = (name, ctor, options) => {
    registered.push(name);
    return define(name, ctor, options);
  };
  console.warn = (...args) => warnings.push(args.join(' '));
  try {
    await import(pathToFileURL(outfile).href);
  } finally {
    console.warn = realWarn;
  }
});

after(() => {
  console.warn = realWarn;
  rmSync(outfile, { force: true });
});

describe('SSR of every element in src/all.ts', () => {
  test('all.ts registers at least one element, and every tag the define files name', () => {
    assert.ok(registered.length > 0, 'importing the bundle registered no custom element');
    for (const tag of definedInSource()) {
      assert.ok(registered.includes(tag), `<${tag}> is defined in src/components but src/all.ts does not register it`);
    }
  });

  test('importing the bundle on the server prints no warning', () => {
    assert.deepEqual(warnings, []);
  });

  test('every registered element renders', async (t) => {
    for (const tag of registered) {
      await t.test(`<${tag}>`, async (t) => {
        const fixture = FIXTURES[tag] ?? GENERIC;
        if (!FIXTURES[tag]) t.diagnostic(`no fixture for <${tag}> in test/node/ssr.test.mjs; rendered with a generic <p>`);
        const name = unsafeStatic(tag);
        const template = staticHtml`<${name} ${unsafeStatic(fixture.attrs)}>${unsafeStatic(fixture.children)}</${name}>`;

        let out;
        await assert.doesNotReject(async () => {
          out = await collectResult(render(template));
        }, `<${tag}> threw while rendering on the server`);

        assert.match(out, new RegExp(`<${tag}[\\s>]`), `no <${tag}> in the output`);
        assert.match(
          out,
          /<template shadowroot(mode)?="open"/,
          `<${tag}> rendered no declarative shadow root (<template shadowrootmode="open">):\n${out}`,
        );
        const shadow = out.slice(out.indexOf('<template shadowroot'), out.indexOf('</template>'));
        assert.ok(shadow.length > 0, `<${tag}>: the shadow root is empty`);
        // The author's content stays in the light DOM, after the shadow root, not inside it.
        const light = out.slice(out.indexOf('</template>'));
        for (const text of fixture.text) {
          assert.ok(light.includes(text), `<${tag}>: the light-DOM text "${text}" is missing from the output:\n${out}`);
        }
      });
    }
  });
});
