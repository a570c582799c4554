/**
 * The sample article page, complete, in Vietnamese and English, as HTML strings.
 *
 * One source for every copy of the page:
 * - index.html (`npm start`): the Vietnamese page is written into the file by
 *   `npm run demo:html`, so it reads without JavaScript; the language switcher
 *   (./switchers.ts) renders the English or Vietnamese parts from here;
 * - examples/sample-article.html, the drop-in proof (the same page, built on dist/);
 * - the Storybook story "Pages/Sample article".
 *
 * Pure strings, no DOM: it also runs in Node (scripts/demo-page.mjs).
 * The article is the full news item as published (typos kept); the English is our translation.
 */
import { esc, prose, frameText, news, photos, writtenMeeting, type SampleLang } from '../stories/sample-content.js';

export type { SampleLang } from '../stories/sample-content.js';

/** The full article, in reading order. */
export interface PageArticle {
  category: string;
  categoryHref: string;
  title: string;
  /** The dateline's `<time>` text and the place after it. */
  date: string;
  place: string;
  lead: string;
  /** The body paragraphs. */
  body: readonly string[];
  /** How many body paragraphs come before the first and the second photo (as published). */
  photosAfter: readonly [number, number];
  attendanceHeading: string;
  presiding: string;
  attending: string;
  honorific: string;
}

const articleVi: PageArticle = {
  category: 'Tin hoạt động',
  categoryHref: '/tin-hoat-dong',
  title: 'Hội nghị giao ban Thường trực HĐND tỉnh với Thường trực HĐND các huyện, thành phố lần thứ ba, nhiệm kỳ 2016-2021.',
  date: 'Chiều 13/3',
  place: 'tại huyện Duy Tiên',
  lead:
    'Thường trực HĐND tỉnh tổ chức Hội nghị giao ban giữa Thường trực HĐND tỉnh với Thường trực HĐND các huyện, thành phố lần thứ ba, nhiệm kỳ 2016-2021.',
  body: [
    'Đồng chí Phạm Sỹ Lợi, Phó Bí thư Thường trực Tỉnh uỷ, Chủ tịch HĐND tỉnh chủ trì Hội nghị; tham dự Hội nghị có các thành viên Thường trực HĐND tỉnh; đại diện lãnh đạo: UBND, Ủy ban MTTQ tỉnh; Lãnh đạo: Sở Nội vụ, Sở Tài chính; Lãnh đạo Văn phòng: Tỉnh ủy, HĐND, UBND tỉnh; lãnh đạo các Ban HĐND tỉnh; Thường trực HĐND, lãnh đạo các Ban HĐND các huyện, thành phố.',
    'Hội nghị đã tập trung đánh giá tình hình hoạt động của HĐND, Thường trực HĐND các cấp từ sau hội nghị giao ban lần thứ 2 (tháng 11/2017) và thảo luận nhiệm vụ trong tâm trong thời gian tới. Theo đó, HĐND và đại biểu HĐND các cấp trong tỉnh đã nỗ lực, cố gắng thực hiện toàn diện các nhiệm vụ, góp phần quan trọng vào sự phát triển kinh tế - xã hội ở địa phương.',
    'Việc tổ chức kỳ họp tiếp tục được đổi mới; công tác tiếp xúc cử tri, tiếp công dân hiệu quả thiết thực hơn; chất lượng các cuộc giám sát được nâng lên. Việc phối hợp giữa Thường trực HĐND với UBND, Ban Thường trực UBMTTQ cấp tỉnh, cấp huyện được triển khai hiệu quả, chặt chẽ.',
    'Thường trực HĐND, các Ban HĐND tỉnh và các huyện, thành phố đã thực hiện tốt các hoạt động thường xuyên; tích cực đôn đốc, kiểm tra, giám sát việc thực hiện các nghị quyết của HĐND các cấp đã ban hành; giải quyết các nhiệm vụ phát sinh giữa hai kỳ họp theo quy định, phù hợp với thực tế địa phương; …',
    'Bên cạnh những kết quả đạt được, hội nghị cũng đã phân tích, nêu rõ những hạn chế cần khắc phục, trong đó có hạn chế về hoạt động chất vấn, trả lời ý kiến, kiến nghị của cử tri; việc triển khai một số nghị quyết HĐND còn chậm; hoạt động thẩm tra, giám sát của thường trực HĐND, các Ban HĐND và giám sát của Tổ đại biểu cũng như một số đại biểu HĐND chưa sâu, chưa trọng tâm…',
    'Tại Hội nghị giao ban lần này, Thường trực HĐND tỉnh đã quán triệt triển khai Kế hoạch thực hiện việc đổi mới, nâng cao chất lượng, hiệu quả hoạt động của HĐND tỉnh, nhiệm kỳ 2016-2021. Các giải pháp được chú trọng cần tập trung thực hiện là: đổi mới, nâng cao chất lượng kỳ họp HĐND tỉnh, chất lượng hoạt động giám sát, tiếp xúc cử tri và công tác tiếp dân, giải quyết khiếu nại, tố cáo và kiến nghị của cử tri; nâng cao chất lượng công tác phối hợp; đổi mới phương thức làm việc, nâng cao vai trò, trách nhiệm của Thường trực HĐND tỉnh, các Ban HĐND tỉnh, Văn phòng HĐND tỉnh, nhất là hoạt động của các Tổ đại biểu và đại biểu HĐND tỉnh.',
    'Các đại biểu tham dự Hội nghị giao ban lần này cũng đã tiến hành thảo luận chuyên đề về “Giải pháp nâng cao chất lượng, hiệu quả hoạt động của Tổ đại biểu, đại biểu HĐND”. Qua thảo luận, đại diện các Tổ đại biểu HĐND tỉnh, Thường trực HĐND các huyện, thành phố và các đại biểu đã đưa ra nhiều giải pháp, những kinh nghiệm thực tế cũng như những kiến nghị để tiếp tục nâng cao chất lượng, hiệu quả hoạt động của Tổ đại biểu, đại biểu HĐND.',
    'Phát biểu kết luận hội nghị, đồng chí Phạm Sỹ Lợi, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh ghi nhận, đánh giá cao những ý kiến thảo luận tại Hội nghị, đồng thời nhấn mạnh một số nhiệm vụ trọng tâm trong thời gian tới nhằm tiếp tục nâng cao chất lượng, hiệu quả hoạt động của HĐND tỉnh. Trong đó nhấn mạnh việc triển khai thực hiện có hiệu quả Kế hoạch đổi mới, nâng cao chất lượng hoạt động của HĐND tỉnh nhiệm kỳ 2016-2021, chú trọng nâng cao chất lượng hoạt động của đại biểu và các Tổ đại biểu HĐND, nhất là trong hoạt động chất vấn và thảo luận tổ.',
    'Đồng chí Phó Bí thư Thường trực Tỉnh uỷ, Chủ tịch HĐND tỉnh đề nghị UBND tỉnh, Ủy ban MTTQ tỉnh tăng cường công tác phối hợp để triển khai có hiệu quả các Nghị quyết của HĐND, các chương trình công tác, nhiệm vụ trọng tâm của tỉnh và từng địa phương, phấn đấu hoàn thành và hoàn thành vượt mức các chỉ tiêu, nhiệm vụ kinh tế - xã hội, an ninh, quốc phòng, dự toán ngân sách năm 2018; đề nghị Thường trực HĐND các huyện, thành phố trên cơ sở những giải pháp được thảo luận tại hội nghị này, tích cực triển khai thực hiện để nâng cao chất lượng, hiệu quả hoạt động của HĐND, tổ đại biểu, đại biểu HĐND./.',
  ],
  photosAfter: [1, 7],
  attendanceHeading: 'Thành phần tham dự',
  presiding: 'Chủ trì',
  attending: 'Tham dự',
  honorific: 'Đồng chí',
};

const articleEn: PageArticle = {
  category: 'Council activities',
  categoryHref: '/tin-hoat-dong',
  title:
    "Third briefing conference of the Standing Committee of the Provincial People's Council with the Standing Committees of the district and city People's Councils, 2016-2021 term.",
  date: 'On the afternoon of 13 March',
  place: 'in Duy Tiên district',
  lead:
    "The Standing Committee of the Provincial People's Council held its third briefing conference with the Standing Committees of the district and city People's Councils for the 2016-2021 term.",
  body: [
    "Comrade Phạm Sỹ Lợi, Standing Deputy Secretary of the Provincial Party Committee and Chairman of the Provincial People's Council, chaired the conference; attending were the members of the Standing Committee of the Provincial People's Council; representatives of the leadership of the Provincial People's Committee and the Provincial Fatherland Front Committee; leaders of the Department of Home Affairs and the Department of Finance; leaders of the Offices of the Provincial Party Committee, People's Council and People's Committee; leaders of the committees of the Provincial People's Council; and the Standing Committees and committee leaders of the district and city People's Councils.",
    "The conference reviewed the work of the People's Councils and their Standing Committees at every level since the second briefing conference (November 2017) and discussed the key tasks ahead. The People's Councils and their delegates at every level in the province have worked hard to carry out all their tasks in full, contributing significantly to the economic and social development of the province.",
    "Sessions continue to be reformed; meetings with voters and citizen receptions have become more effective and practical; the quality of oversight has improved. Coordination between the Standing Committees of the People's Councils, the People's Committees and the Standing Boards of the Fatherland Front Committees at provincial and district level has been effective and close.",
    "The Standing Committees and committees of the provincial, district and city People's Councils have done their regular work well; they have actively urged, inspected and monitored the implementation of the resolutions the People's Councils have passed at every level, and dealt with the tasks arising between two sessions as the rules provide and as local conditions require; …",
    "Alongside these results, the conference also analysed and spelled out the shortcomings still to be overcome, among them the questioning of officials and the answers to voters' opinions and petitions; the slow implementation of some People's Council resolutions; and the review and oversight by the Standing Committee and committees of the People's Council, by the delegate groups and by some delegates, which still lack depth and focus…",
    "At this briefing conference, the Standing Committee of the Provincial People's Council presented the plan to reform and raise the quality and effectiveness of the Provincial People's Council for the 2016-2021 term. The solutions to focus on are: better sessions of the Provincial People's Council; better oversight, meetings with voters and citizen receptions, and the handling of complaints, denunciations and voters' petitions; better coordination; and new ways of working that strengthen the role and responsibility of the Standing Committee, the committees and the Office of the Provincial People's Council, above all of the delegate groups and the provincial delegates.",
    "The delegates at this briefing conference also held a discussion on “Solutions to raise the quality and effectiveness of the delegate groups and delegates of the People's Council”. In it, representatives of the provincial delegate groups, the Standing Committees of the district and city People's Councils and the delegates put forward many solutions, practical experience and recommendations for raising the quality and effectiveness of the delegate groups and delegates further.",
    "In his closing remarks, Comrade Phạm Sỹ Lợi, Standing Deputy Secretary of the Provincial Party Committee and Chairman of the Provincial People's Council, acknowledged and commended the views put forward at the conference and stressed a number of key tasks for the coming period, to keep raising the quality and effectiveness of the Provincial People's Council. Among them, he stressed carrying out the plan to reform and raise the quality of the Provincial People's Council for the 2016-2021 term effectively, with attention to the work of the delegates and delegate groups, above all in questioning and group discussions.",
    "The Standing Deputy Secretary of the Provincial Party Committee and Chairman of the Provincial People's Council asked the Provincial People's Committee and the Provincial Fatherland Front Committee to strengthen their coordination, so as to carry out the resolutions of the People's Council, the work programmes and the key tasks of the province and of each locality effectively, and to meet and exceed the economic, social, security and defence targets and the 2018 budget estimate; he asked the Standing Committees of the district and city People's Councils to put the solutions discussed at this conference into practice, to raise the quality and effectiveness of the People's Councils, the delegate groups and the delegates.",
  ],
  photosAfter: [1, 7],
  attendanceHeading: 'Who attended',
  presiding: 'Presiding',
  attending: 'Attending',
  honorific: 'Comrade',
};

export const pageArticle = (lang: SampleLang): PageArticle => (lang === 'en' ? articleEn : articleVi);

/** The words of the page around the article. */
const chromeText = {
  vi: {
    documentTitle: 'Hội nghị giao ban Thường trực HĐND tỉnh lần thứ ba – Hội đồng nhân dân tỉnh Hà Nam (trang minh hoạ portal-elements)',
    siteName: 'Hội đồng nhân dân tỉnh Hà Nam',
    siteTagline: 'Cổng thông tin điện tử',
    navHrefs: ['/', '/gioi-thieu', '/tin-hoat-dong', '/ky-hop', '/van-ban', '/lien-he'],
    related: 'Tin liên quan',
    seeAll: 'Xem tất cả tin hoạt động',
    footer: 'Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh Hà Nam',
    demoNote: 'Trang minh hoạ của portal-elements. Nội dung mẫu từ một bản tin của HĐND tỉnh (13/03/2018); ảnh là tranh minh hoạ.',
    publisher: 'Hội đồng nhân dân tỉnh Hà Nam',
  },
  en: {
    documentTitle: "Third briefing conference of the Standing Committee – Ha Nam Provincial People's Council (portal-elements demo)",
    siteName: "Ha Nam Provincial People's Council",
    siteTagline: 'E-portal',
    navHrefs: ['/', '/gioi-thieu', '/tin-hoat-dong', '/ky-hop', '/van-ban', '/lien-he'],
    related: 'Related news',
    seeAll: 'See all council activities',
    footer: "Office of the National Assembly Delegation and the Ha Nam Provincial People's Council",
    demoNote: "A demo page of portal-elements. Sample content from a news item of the Provincial People's Council (13/03/2018); the photos are illustrations.",
    publisher: "Ha Nam Provincial People's Council",
  },
} as const;

export const pageText = (lang: SampleLang) => ({ ...frameText[lang], ...chromeText[lang] });

/** The ISO date of the meeting, the article's published date. */
export const PUBLISHED = '2018-03-13';


export interface PageOptions {
  /** Where the photos are: `/stories/assets/` (index.html), `../stories/assets/` (examples/). Ends with `/`. */
  assetBase: string;
  /** Or each photo's URL by file name without `.svg` (Storybook's hashed asset URLs). */
  assets?: Record<string, string>;
  /** A placeholder for the theme and language switchers (index.html only: they need JavaScript). */
  switchers?: boolean;
}

const asset = (file: string, o: PageOptions): string => o.assets?.[file] ?? `${o.assetBase}${file}.svg`;

/** `<portal-skip-ribbon>` with its two links. */
export const renderRibbon = (lang: SampleLang): string => {
  const t = pageText(lang);
  return `<portal-skip-ribbon>
  <a href="#noi-dung">${esc(t.skipMain)}</a>
  <a href="#dieu-huong">${esc(t.skipNav)}</a>
</portal-skip-ribbon>`;
};

/** The site name in the brand bar. */
export const renderSiteName = (lang: SampleLang): string => {
  const t = pageText(lang);
  return `<p class="portal-demo__site"><span class="portal-demo__tagline">${esc(t.siteTagline)}</span> <span class="portal-demo__name">${esc(t.siteName)}</span></p>`;
};

/** The main navigation; the article's category is marked as the current section. */
export const renderNav = (lang: SampleLang): string => {
  const t = pageText(lang);
  const items = t.nav.map((label, i) => {
    const href = t.navHrefs[i] ?? '/';
    const current = href === '/tin-hoat-dong' ? ' aria-current="true"' : '';
    return `    <li><a href="${esc(href)}"${current}>${esc(label)}</a></li>`;
  });
  return `<nav id="dieu-huong" class="portal-demo__nav" aria-label="${esc(t.navLabel)}">
  <ul>
${items.join('\n')}
  </ul>
</nav>`;
};

const figure = (lang: SampleLang, i: 0 | 1, o: PageOptions): string => {
  const p = photos(lang)[i];
  return `    <portal-figure zoomable>
      <figure>
        <img src="${esc(asset(p.file, o))}" data-full-src="${esc(asset(`${p.file}-1800`, o))}" alt="${esc(p.alt)}" width="900" height="600" loading="lazy">
        <figcaption>${prose(p.caption)} <small>${esc(p.credit)}</small></figcaption>
      </figure>
    </portal-figure>`;
};

/** The attendance list, written out (labels, honorific and all), so it reads the same without JavaScript. */
const attendance = (lang: SampleLang): string => {
  const a = pageArticle(lang);
  return `    <h2>${esc(a.attendanceHeading)}</h2>
    <portal-attendance-list>
${writtenMeeting(lang, { honorific: a.honorific, labels: [a.presiding, a.attending], indent: '      ' })}
    </portal-attendance-list>`;
};

const dmy = (iso: string): string => iso.split('-').reverse().join('/');

/** "Tin liên quan": the other items of the sample news list; marked as chrome for print (stories/accessibility/article.md). */
const related = (lang: SampleLang): string => {
  const t = pageText(lang);
  const items = news(lang).slice(1);
  return `  <portal-article-list data-portal-print="hide">
    <h2>${esc(t.related)}</h2>
${items
  .map(
    (n) => `    <portal-article-card>
      <h3><a href="${esc(n.href)}">${prose(n.title)}</a></h3>
      <a href="${esc(n.categoryHref)}">${esc(n.category)}</a>
      <time datetime="${n.date}">${dmy(n.date)}</time>
      <p>${prose(n.excerpt)}</p>
    </portal-article-card>`,
  )
  .join('\n')}
    <a href="/tin-hoat-dong">${esc(t.seeAll)}</a>
  </portal-article-list>`;
};

/** `<main>`: the article, then the related news. */
export const renderMain = (lang: SampleLang, o: PageOptions): string => {
  const a = pageArticle(lang);
  const t = pageText(lang);
  const para = (text: string): string => `    <p>${prose(text)}</p>`;
  return `<main id="noi-dung" class="portal-demo__main">
  <portal-article role="article" jsonld publisher="${esc(t.publisher)}">
    <a slot="category" href="${esc(a.categoryHref)}">${esc(a.category)}</a>
    <h1 slot="headline">${prose(a.title)}</h1>
    <p slot="dateline"><time datetime="${PUBLISHED}">${esc(a.date)}</time>, ${esc(a.place)}</p>
    <p slot="lead">${prose(a.lead)}</p>
${a.body.slice(0, a.photosAfter[0]).map(para).join('\n')}
${figure(lang, 0, o)}
${a.body.slice(a.photosAfter[0], a.photosAfter[1]).map(para).join('\n')}
${figure(lang, 1, o)}
${a.body.slice(a.photosAfter[1]).map(para).join('\n')}
${attendance(lang)}
  </portal-article>
${related(lang)}
</main>`;
};

/** `<footer>`: who publishes the portal, and what this page is. */
export const renderFooter = (lang: SampleLang): string => {
  const t = pageText(lang);
  return `<footer class="portal-demo__footer">
  <p>${esc(t.footer)}</p>
  <p>${esc(t.demoNote)}</p>
</footer>`;
};

/** The whole page body, top to bottom. */
export const renderPage = (lang: SampleLang, o: PageOptions): string =>
  [
    renderRibbon(lang),
    `<header class="portal-demo__header">
${renderSiteName(lang)}
${renderNav(lang)}${o.switchers ? '\n<div id="demo-switchers" class="portal-demo__switchers" data-portal-print="hide"></div>' : ''}
</header>`,
    renderMain(lang, o),
    renderFooter(lang),
  ].join('\n');

/**
 * The page's own CSS, on the theme tokens only (test/node/tokens.test.mjs reads it in index.html).
 * Scoped to `.portal-demo` (the body in index.html, a wrapper in Storybook).
 *
 * Print: browsers print without backgrounds by default, so the council's name,
 * the brand colour's foreground on screen, would print white on white; it prints
 * black, on no background (in every theme, dark ones too, and with "Background
 * graphics" ticked). The navigation, the switchers and anything marked
 * `data-portal-print="hide"` (the related news) are left out, by this CSS itself,
 * so the page prints the same with or without JavaScript and whatever
 * <portal-article>'s own print rules do.
 */
export const PAGE_CSS = `
.portal-demo {
  margin: 0;
  font-family: var(--portal-font-family);
  font-size: var(--portal-font-size-base);
  line-height: var(--portal-line-height-body);
  color: var(--portal-color-text);
  background: var(--portal-color-background);
}
.portal-demo a {
  color: var(--portal-color-link);
}
.portal-demo a:visited {
  color: var(--portal-color-link-visited);
}
.portal-demo a:focus-visible,
.portal-demo__switchers :is(button, select):focus-visible {
  outline: var(--portal-focus-ring-width) solid var(--portal-focus-ring-color);
  outline-offset: var(--portal-focus-ring-offset);
}
.portal-demo__header {
  background: var(--portal-color-surface);
  border-block-end: 1px solid var(--portal-color-text-muted);
}
.portal-demo__site {
  display: flex;
  flex-direction: column;
  margin: 0;
  padding: var(--portal-space-4) var(--portal-space-6);
  background: var(--portal-color-brand);
  color: var(--portal-color-on-brand);
  line-height: var(--portal-line-height-heading);
}
.portal-demo__tagline {
  font-size: var(--portal-font-size-sm);
}
.portal-demo__name {
  font-size: var(--portal-font-size-xl);
  font-weight: 700;
}
.portal-demo__nav ul {
  display: flex;
  flex-wrap: wrap;
  gap: var(--portal-space-1);
  margin: 0;
  padding: var(--portal-space-2) var(--portal-space-4);
  list-style: none;
}
.portal-demo__nav a {
  display: inline-flex;
  align-items: center;
  min-block-size: 44px;
  padding: 0 var(--portal-space-3);
}
.portal-demo__nav a[aria-current] {
  font-weight: 700;
}
.portal-demo__switchers {
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: var(--portal-space-2) var(--portal-space-6);
  padding: 0 var(--portal-space-6) var(--portal-space-3);
}
.portal-demo__switchers:empty {
  display: none;
}
.portal-demo__field,
.portal-demo__switchers [role='group'] {
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: var(--portal-space-2);
}
.portal-demo__switchers :is(select, button) {
  min-block-size: 44px;
  padding: 0 var(--portal-space-3);
  border: 1px solid var(--portal-color-text-muted);
  border-radius: var(--portal-radius);
  background: var(--portal-color-surface);
  color: var(--portal-color-text);
  font: inherit;
}
.portal-demo__switchers button[aria-pressed='true'] {
  border-color: var(--portal-color-brand);
  background: var(--portal-color-brand);
  color: var(--portal-color-on-brand);
  font-weight: 700;
}
.portal-demo__main {
  max-inline-size: 46rem;
  margin: var(--portal-space-8) auto;
  padding: var(--portal-space-6);
  background: var(--portal-color-surface);
}
.portal-demo__main h1 {
  font-family: var(--portal-font-family-serif);
  font-size: var(--portal-font-size-2xl);
}
.portal-demo__main :is(h1, h2, h3) {
  line-height: var(--portal-line-height-heading);
}
.portal-demo__main h2 {
  font-size: var(--portal-font-size-xl);
}
.portal-demo__main portal-article-list {
  margin-block-start: var(--portal-space-8);
  --portal-article-list-columns: 2;
}
.portal-demo__footer {
  padding: var(--portal-space-6);
  text-align: center;
  color: var(--portal-color-text-muted);
  font-size: var(--portal-font-size-sm);
}
@media print {
  .portal-demo__nav,
  .portal-demo__switchers,
  .portal-demo [data-portal-print='hide'] {
    display: none;
  }
  .portal-demo__header,
  .portal-demo__site {
    background: none;
    color: #000;
  }
}
`;
