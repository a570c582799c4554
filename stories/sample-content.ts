/**
 * Sample content for stories: a real news item from a Vietnamese provincial
 * People's Council portal (copied here; the project never reads ../shared), plus
 * an English translation of its opening for the `en` locale. Ids of the page
 * frame's landmarks are in Vietnamese without diacritics, as portals write them.
 */

export type SampleLang = 'vi' | 'en';

export interface SampleArticle {
  /** The news category shown above the headline. */
  category: string;
  /** The headline. */
  title: string;
  /** The first paragraphs of the body. */
  paragraphs: readonly string[];
}

/** "Hội nghị giao ban … lần thứ ba, nhiệm kỳ 2016-2021", as published (typos kept). */
export const articleVi: SampleArticle = {
  category: 'Tin hoạt động',
  title: 'Hội nghị giao ban Thường trực HĐND tỉnh với Thường trực HĐND các huyện, thành phố lần thứ ba, nhiệm kỳ 2016-2021.',
  paragraphs: [
    'Chiều 13/3, tại huyện Duy Tiên, Thường trực HĐND tỉnh tổ chức Hội nghị giao ban giữa Thường trực HĐND tỉnh với Thường trực HĐND các huyện, thành phố lần thứ ba, nhiệm kỳ 2016-2021. Đồng chí Phạm Sỹ Lợi, Phó Bí thư Thường trực Tỉnh uỷ, Chủ tịch HĐND tỉnh chủ trì Hội nghị; tham dự Hội nghị có các thành viên Thường trực HĐND tỉnh; đại diện lãnh đạo: UBND, Ủy ban MTTQ tỉnh; Lãnh đạo: Sở Nội vụ, Sở Tài chính; Lãnh đạo Văn phòng: Tỉnh ủy, HĐND, UBND tỉnh; lãnh đạo các Ban HĐND tỉnh; Thường trực HĐND, lãnh đạo các Ban HĐND các huyện, thành phố.',
    'Hội nghị đã tập trung đánh giá tình hình hoạt động của HĐND, Thường trực HĐND các cấp từ sau hội nghị giao ban lần thứ 2 (tháng 11/2017) và thảo luận nhiệm vụ trong tâm trong thời gian tới. Theo đó, HĐND và đại biểu HĐND các cấp trong tỉnh đã nỗ lực, cố gắng thực hiện toàn diện các nhiệm vụ, góp phần quan trọng vào sự phát triển kinh tế - xã hội ở địa phương.',
    'Việc tổ chức kỳ họp tiếp tục được đổi mới; công tác tiếp xúc cử tri, tiếp công dân hiệu quả thiết thực hơn; chất lượng các cuộc giám sát được nâng lên. Việc phối hợp giữa Thường trực HĐND với UBND, Ban Thường trực UBMTTQ cấp tỉnh, cấp huyện được triển khai hiệu quả, chặt chẽ.',
  ],
};

/** The same opening in English (our translation). */
export const articleEn: SampleArticle = {
  category: 'Council activities',
  title:
    'Third briefing conference of the Standing Committee of the Provincial People\'s Council with the Standing Committees of the district and city People\'s Councils, 2016-2021 term.',
  paragraphs: [
    'On the afternoon of 13 March, in Duy Tiên district, the Standing Committee of the Provincial People\'s Council held its third briefing conference with the Standing Committees of the district and city People\'s Councils for the 2016-2021 term. Comrade Phạm Sỹ Lợi, Standing Deputy Secretary of the Provincial Party Committee and Chairman of the Provincial People\'s Council, chaired the conference.',
    'The conference reviewed the work of the People\'s Councils and their Standing Committees at every level since the second briefing conference (November 2017) and discussed the key tasks ahead.',
  ],
};

export const article = (lang: SampleLang): SampleArticle => (lang === 'en' ? articleEn : articleVi);

/** The words of the page frame around the article, in both languages. */
export const frameText = {
  vi: {
    hint: 'Nhấn Tab để hiện thanh bỏ qua.',
    hintDetail: 'Trong Storybook, hãy bấm vào ô này trước.',
    siteName: 'Cổng thông tin điện tử Hội đồng nhân dân tỉnh',
    navLabel: 'Điều hướng chính',
    nav: ['Trang chủ', 'Giới thiệu', 'Tin hoạt động', 'Kỳ họp', 'Văn bản', 'Liên hệ'],
    searchLabel: 'Tìm kiếm trên cổng thông tin',
    searchButton: 'Tìm',
    footer: 'Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh',
    skipMain: 'Bỏ qua để đến nội dung chính',
    skipNav: 'Đến thanh điều hướng',
    skipSearch: 'Đến ô tìm kiếm',
  },
  en: {
    hint: 'Press Tab to reveal the skip ribbon.',
    hintDetail: 'In Storybook, click this box first.',
    siteName: 'Provincial People\'s Council e-portal',
    navLabel: 'Main navigation',
    nav: ['Home', 'About', 'Council activities', 'Sessions', 'Documents', 'Contact'],
    searchLabel: 'Search the portal',
    searchButton: 'Search',
    footer: 'Office of the National Assembly Delegation and the Provincial People\'s Council',
    skipMain: 'Skip to main content',
    skipNav: 'Skip to navigation',
    skipSearch: 'Skip to search',
  },
} satisfies Record<SampleLang, Record<string, string | readonly string[]>>;

/** A news item as a portal list shows it: title link, category, date, excerpt, thumbnail. */
export interface SampleNews {
  /** The article's path on the portal. */
  href: string;
  title: string;
  category: string;
  /** The category page's path. */
  categoryHref: string;
  /** ISO 8601. */
  date: string;
  excerpt: string;
  /** A hue for the stand-in thumbnail. */
  hue: number;
}

const cat = { vi: 'Tin hoạt động', en: 'Council activities' };

/**
 * The sample article as the first card (its title, date, category and the
 * opening of its first paragraph), then neighbouring items of the same list.
 * The neighbours are invented, in the portal's own style; only the first is a
 * real published item.
 */
export const newsVi: readonly SampleNews[] = [
  {
    href: '/tin-hoat-dong/hoi-nghi-giao-ban-lan-thu-ba',
    title: articleVi.title,
    category: cat.vi,
    categoryHref: '/tin-hoat-dong',
    date: '2018-03-13',
    excerpt:
      'Chiều 13/3, tại huyện Duy Tiên, Thường trực HĐND tỉnh tổ chức Hội nghị giao ban giữa Thường trực HĐND tỉnh với Thường trực HĐND các huyện, thành phố lần thứ ba, nhiệm kỳ 2016-2021.',
    hue: 210,
  },
  {
    href: '/tin-hoat-dong/giam-sat-kien-nghi-cu-tri-ly-nhan',
    title: 'Thường trực HĐND tỉnh giám sát việc giải quyết kiến nghị của cử tri tại huyện Lý Nhân',
    category: cat.vi,
    categoryHref: '/tin-hoat-dong',
    date: '2018-03-09',
    excerpt: 'Sáng 9/3, Đoàn giám sát của Thường trực HĐND tỉnh làm việc với UBND huyện Lý Nhân về kết quả giải quyết các kiến nghị của cử tri gửi tới kỳ họp thường lệ cuối năm 2017.',
    hue: 150,
  },
  {
    href: '/hoat-dong-cac-ban/khao-sat-dau-tu-cong-2018',
    title: 'Ban Kinh tế - Ngân sách HĐND tỉnh khảo sát tiến độ các dự án đầu tư công năm 2018',
    category: 'Hoạt động các Ban',
    categoryHref: '/hoat-dong-cac-ban',
    date: '2018-03-06',
    excerpt: 'Ban Kinh tế - Ngân sách HĐND tỉnh khảo sát tiến độ giải ngân vốn đầu tư công tại một số sở, ngành và các huyện Thanh Liêm, Bình Lục.',
    hue: 30,
  },
  {
    href: '/tiep-xuc-cu-tri/to-dai-bieu-phu-ly',
    title: 'Tổ đại biểu HĐND tỉnh tiếp xúc cử tri thành phố Phủ Lý sau kỳ họp thứ năm',
    category: 'Tiếp xúc cử tri',
    categoryHref: '/tiep-xuc-cu-tri',
    date: '2018-02-27',
    excerpt: 'Tổ đại biểu HĐND tỉnh ứng cử tại thành phố Phủ Lý đã tiếp xúc cử tri các phường Lương Khánh Thiện, Minh Khai để thông báo kết quả kỳ họp.',
    hue: 330,
  },
];

/** The same items in English (our translation). */
export const newsEn: readonly SampleNews[] = [
  { ...newsVi[0]!, title: articleEn.title, category: cat.en, excerpt: articleEn.paragraphs[0]!.split('. ')[0]! + '.' },
  {
    ...newsVi[1]!,
    title: "Provincial People's Council Standing Committee reviews how voters' petitions were handled in Lý Nhân district",
    category: cat.en,
    excerpt: "On the morning of 9 March, the Standing Committee's monitoring team met Lý Nhân district People's Committee on the petitions voters sent to the year-end session of 2017.",
  },
  {
    ...newsVi[2]!,
    title: "Council's Economy and Budget Committee surveys progress of 2018 public investment projects",
    category: 'Committee activities',
    excerpt: "The Economy and Budget Committee surveyed how public investment funds are being disbursed in several departments and in Thanh Liêm and Bình Lục districts.",
  },
  {
    ...newsVi[3]!,
    title: 'Provincial deputies meet voters of Phủ Lý city after the fifth session',
    category: 'Meeting voters',
    excerpt: 'The provincial deputies elected in Phủ Lý city met voters of Lương Khánh Thiện and Minh Khai wards to report on the results of the session.',
  },
];

export const news = (lang: SampleLang): readonly SampleNews[] => (lang === 'en' ? newsEn : newsVi);

/** A headline far longer than most, full of stacked diacritics (Ủ, Ộ, Ặ), for wrapping checks. */
export const longTitle = {
  vi: 'Ủy ban Nhân dân tỉnh Hà Nam, Hội đồng Nhân dân tỉnh và Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh tổ chức Hội nghị tổng kết, khen thưởng các tập thể, cá nhân tiêu biểu xuất sắc trong phong trào thi đua yêu nước giai đoạn 2016-2020 và phát động phong trào thi đua giai đoạn mới',
  en: "The Provincial People's Committee, the Provincial People's Council and the Provincial Committee of the Vietnam Fatherland Front hold a conference to review and reward the outstanding collectives and individuals of the 2016-2020 patriotic emulation movement and launch the movement for the new period",
} as const;

/**
 * A stand-in photo (900×600, landscape shapes in one hue), as a data URL: the
 * stories need no network and no image files. Decorative, like most thumbnails.
 */
export const thumbnail = (hue: number): string =>
  `data:image/svg+xml,${encodeURIComponent(
    `<svg xmlns="http://www.w3.org/2000/svg" width="900" height="600" viewBox="0 0 900 600"><rect width="900" height="600" fill="hsl(${hue} 45% 72%)"/><circle cx="690" cy="170" r="80" fill="hsl(${hue} 60% 88%)"/><path d="M0 600V410l210-130 190 100 190-170 310 200v190z" fill="hsl(${hue} 35% 38%)"/><path d="M0 600v-90l300-70 260 60 340-40v140z" fill="hsl(${hue} 30% 26%)"/></svg>`,
  )}`;
/** A photo of the sample article: its caption as published, a credit, and an `alt` for our illustration. */
export interface SamplePhoto {
  /** The file in stories/assets/ (900 × 600), without `.svg`; `-1800` is the full-resolution version. */
  file: string;
  /** The caption, as published (typos kept). */
  caption: string;
  /** The credit line, written in `<small>` after the caption. */
  credit: string;
  /** What the illustration shows. The captions name people; `alt` says what is in the picture. */
  alt: string;
}

/** The article's two 900 × 600 photos. The images in the repo are neutral illustrations, and the `alt` says so. */
export const photosVi: readonly [SamplePhoto, SamplePhoto] = [
  {
    file: 'hoi-nghi-1',
    caption:
      'Đồng chí Lê Thị Thanh Hà, Ủy viên BTV Tỉnh ủy, Phó Chủ tịch Thường trực HĐND tỉnh báo cáo kết quả hoạt động của HĐND tỉnh, HĐND các huyện, thành phố; nhiệm vụ trong tâm trong thời gian tới',
    credit: 'Ảnh: minh hoạ',
    alt: 'Tranh minh hoạ một người đứng sau bục phát biểu, trước các hàng ghế đại biểu',
  },
  {
    file: 'hoi-nghi-2',
    caption: 'Đồng chí Phạm Sỹ Lợi, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh phát biểu tại hội nghị',
    credit: 'Ảnh: minh hoạ',
    alt: 'Tranh minh hoạ một người ngồi phát biểu sau bàn chủ toạ có micrô, trước các hàng ghế đại biểu',
  },
];

/** The same photos in English (our translation). */
export const photosEn: readonly [SamplePhoto, SamplePhoto] = [
  {
    file: 'hoi-nghi-1',
    caption:
      "Comrade Lê Thị Thanh Hà, member of the Standing Board of the Provincial Party Committee and Standing Vice Chair of the Provincial People's Council, reports on the work of the provincial, district and city People's Councils and on the key tasks ahead",
    credit: 'Photo: illustration',
    alt: 'Illustration of a speaker standing at a lectern, facing rows of delegates',
  },
  {
    file: 'hoi-nghi-2',
    caption:
      "Comrade Phạm Sỹ Lợi, Standing Deputy Secretary of the Provincial Party Committee and Chair of the Provincial People's Council, speaks at the conference",
    credit: 'Photo: illustration',
    alt: "Illustration of a speaker seated at the chair's table with a microphone, facing rows of delegates",
  },
];

export const photos = (lang: SampleLang): readonly [SamplePhoto, SamplePhoto] => (lang === 'en' ? photosEn : photosVi);
/* ------------------------------------------------------------------------ */
/* <portal-attendance-list>: the sample meeting, as data                      */
/* ------------------------------------------------------------------------ */

/** One attendee as the attendance list takes it (kept here without importing src/, so stories and tests share it). */
export type SampleAttendee = { name: string; positions?: string[]; role?: string } | { body: string; members?: { name: string; positions?: string[] }[]; role?: string };

/**
 * Who chaired and who attended the sample meeting, exactly as its report
 * lists them ("Đồng chí Phạm Sỹ Lợi, … chủ trì Hội nghị; tham dự Hội nghị có …"),
 * in the order written; "Tỉnh uỷ" is spelled as published.
 */
export const meetingVi: SampleAttendee[] = [
  { role: 'presiding', name: 'Phạm Sỹ Lợi', positions: ['Phó Bí thư Thường trực Tỉnh uỷ', 'Chủ tịch HĐND tỉnh'] },
  { role: 'attending', body: 'các thành viên Thường trực HĐND tỉnh' },
  { role: 'attending', body: 'đại diện lãnh đạo: UBND, Ủy ban MTTQ tỉnh' },
  { role: 'attending', body: 'Lãnh đạo: Sở Nội vụ, Sở Tài chính' },
  { role: 'attending', body: 'Lãnh đạo Văn phòng: Tỉnh ủy, HĐND, UBND tỉnh' },
  { role: 'attending', body: 'lãnh đạo các Ban HĐND tỉnh' },
  { role: 'attending', body: 'Thường trực HĐND, lãnh đạo các Ban HĐND các huyện, thành phố' },
];

/** The same meeting in English (our translation). */
export const meetingEn: SampleAttendee[] = [
  {
    role: 'presiding',
    name: 'Phạm Sỹ Lợi',
    positions: ['Standing Deputy Secretary of the Provincial Party Committee', "Chairman of the Provincial People's Council"],
  },
  { role: 'attending', body: "the members of the Standing Committee of the Provincial People's Council" },
  { role: 'attending', body: "representatives of the leadership of the Provincial People's Committee and the Provincial Fatherland Front Committee" },
  { role: 'attending', body: 'leaders of the Department of Home Affairs and the Department of Finance' },
  { role: 'attending', body: "leaders of the Offices of the Provincial Party Committee, People's Council and People's Committee" },
  { role: 'attending', body: "leaders of the committees of the Provincial People's Council" },
  { role: 'attending', body: "the Standing Committees and committee leaders of the district and city People's Councils" },
];

export const meeting = (lang: SampleLang): SampleAttendee[] => (lang === 'en' ? meetingEn : meetingVi);

/** Escapes text for HTML markup (text and double-quoted attribute values). */
export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Text as the content of an element (never an attribute), escaped, with each number range ("nhiệm kỳ 2016-2021")
 * in `<span class="portal-nowrap">`, which every theme keeps on one line. Browsers break a line after a hyphen
 * between digits ("2016-" / "2021"), and no CSS property on the paragraph prevents it; a CMS template does the same.
 * The text is unchanged: the span adds no character.
 */
export const prose = (s: string): string => esc(s).replace(/\d+-\d+/g, '<span class="portal-nowrap">$&</span>');

/**
 * The sample meeting written as plain light-DOM markup, the way a CMS template writes it, so it reads right even if
 * the script never loads: one `<ul data-role>` per role, a person as `<b>name</b>, <span>position</span>` (the same
 * separators as the data form), a body as its text. The one source of that markup for the demo page, the stories and
 * the tests. Options: the `honorific` written before each name ("Đồng chí"), an `<h3>` label before each list
 * (`labels`: presiding, attending), and the `indent` of every line.
 */
export const writtenMeeting = (lang: SampleLang, { honorific = '', labels, indent = '' }: { honorific?: string; labels?: [string, string]; indent?: string } = {}): string =>
  (['presiding', 'attending'] as const)
    .flatMap((role, i) => [
      ...(labels ? [`<h3>${esc(labels[i]!)}</h3>`] : []),
      `<ul data-role="${role}">`,
      ...meeting(lang)
        .filter((m) => (m.role ?? 'attending') === role)
        .map((m) =>
          'name' in m
            ? `  <li>${honorific ? `${esc(honorific)} ` : ''}<b>${esc(m.name)}</b>${(m.positions ?? []).map((p) => `, <span>${esc(p)}</span>`).join('')}</li>`
            : `  <li>${esc(m.body)}</li>`,
        ),
      '</ul>',
    ])
    .map((line) => indent + line)
    .join('\n');

const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Ngô', 'Dương', 'Lý'];
const MIDDLE = ['Văn', 'Thị', 'Minh', 'Đức', 'Thu', 'Quang', 'Thanh', 'Hữu'];
const GIVEN = ['An', 'Bình', 'Châu', 'Dũng', 'Giang', 'Hà', 'Hải', 'Hùng', 'Khánh', 'Lan', 'Long', 'Mai', 'Nam', 'Ngọc', 'Phương', 'Quân', 'Sơn', 'Tâm', 'Thảo', 'Trung', 'Tuấn', 'Vân', 'Yến'];
const DISTRICTS = ['thành phố Phủ Lý', 'huyện Duy Tiên', 'huyện Kim Bảng', 'huyện Thanh Liêm', 'huyện Bình Lục', 'huyện Lý Nhân'];
const DISTRICT_POSITIONS = ['Chủ tịch HĐND', 'Phó Chủ tịch HĐND', 'Trưởng Ban Pháp chế HĐND', 'Trưởng Ban Kinh tế - Xã hội HĐND', 'Phó Trưởng Ban Pháp chế HĐND', 'Phó Trưởng Ban Kinh tế - Xã hội HĐND', 'Chánh Văn phòng HĐND và UBND', 'Ủy viên Thường trực HĐND', 'Đại biểu HĐND tỉnh'];

/**
 * A large meeting for the "many attendees" story and the benchmark: the sample's
 * presiding member and `size` attendees from the six districts. The names are
 * made up (generated from common Vietnamese family, middle and given names).
 */
export const largeMeeting = (size = 60): SampleAttendee[] => [
  meetingVi[0]!,
  ...Array.from({ length: size }, (_, i) => ({
    role: 'attending',
    name: `${SURNAMES[(i * 7) % SURNAMES.length]} ${MIDDLE[(i * 5) % MIDDLE.length]} ${GIVEN[(i * 11) % GIVEN.length]}`,
    positions: [`${DISTRICT_POSITIONS[Math.floor(i / DISTRICTS.length) % DISTRICT_POSITIONS.length]} ${DISTRICTS[i % DISTRICTS.length]}`],
  })),
];
/** The parts of a full article page that <portal-article> lays out, in both languages (from the same news item). */
export interface SampleArticlePage {
  /** The dateline: the date as the portal wrote it, then the place. */
  date: string;
  place: string;
  /** The lead: the opening sentence. */
  lead: string;
  /** A paragraph in the body with a link: the plan the conference adopted. */
  seeAlso: string;
  planTitle: string;
  /** A list in the body: the solutions the conference stressed. */
  listIntro: string;
  list: readonly string[];
  /** The topic discussed, quoted. */
  quote: string;
  /** Who spoke, as a small table. */
  tableCaption: string;
  tableHead: readonly [string, string];
  tableRows: readonly (readonly [string, string])[];
  /** A photo's caption and its alternative text (the stories use a placeholder drawing). */
  figureCaption: string;
  figureAlt: string;
  /** The byline: source, and the updated date as shown. */
  source: string;
  updatedLabel: string;
  updatedShown: string;
  publisher: string;
}

export const articlePageVi: SampleArticlePage = {
  date: 'Chiều 13/3',
  place: 'tại huyện Duy Tiên',
  lead: 'Chiều 13/3, tại huyện Duy Tiên, Thường trực HĐND tỉnh tổ chức Hội nghị giao ban giữa Thường trực HĐND tỉnh với Thường trực HĐND các huyện, thành phố lần thứ ba, nhiệm kỳ 2016-2021.',
  seeAlso: 'Thường trực HĐND tỉnh đã quán triệt triển khai',
  planTitle: 'Kế hoạch đổi mới, nâng cao chất lượng, hiệu quả hoạt động của HĐND tỉnh, nhiệm kỳ 2016-2021',
  listIntro: 'Các giải pháp được chú trọng cần tập trung thực hiện là:',
  list: [
    'đổi mới, nâng cao chất lượng kỳ họp HĐND tỉnh;',
    'chất lượng hoạt động giám sát, tiếp xúc cử tri và công tác tiếp dân;',
    'nâng cao chất lượng công tác phối hợp.',
  ],
  quote: 'Giải pháp nâng cao chất lượng, hiệu quả hoạt động của Tổ đại biểu, đại biểu HĐND.',
  tableCaption: 'Phát biểu tại Hội nghị',
  tableHead: ['Đại biểu', 'Nội dung'],
  tableRows: [
    ['Đồng chí Lê Thị Thanh Hà, Phó Chủ tịch Thường trực HĐND tỉnh', 'Báo cáo kết quả hoạt động của HĐND tỉnh, HĐND các huyện, thành phố'],
    ['Đồng chí Phạm Sỹ Lợi, Chủ tịch HĐND tỉnh', 'Phát biểu kết luận Hội nghị'],
  ],
  figureCaption: 'Đồng chí Phạm Sỹ Lợi, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh phát biểu tại hội nghị.',
  figureAlt: 'Ảnh minh họa (thay cho ảnh chụp hội nghị)',
  source: 'Nguồn: Văn phòng Đoàn đại biểu Quốc hội và HĐND tỉnh',
  updatedLabel: 'Cập nhật:',
  updatedShown: '08:00 14/03/2018',
  publisher: 'Hội đồng nhân dân tỉnh Hà Nam',
};

export const articlePageEn: SampleArticlePage = {
  date: 'On the afternoon of 13 March',
  place: 'in Duy Tiên district',
  lead: "On the afternoon of 13 March, in Duy Tiên district, the Standing Committee of the Provincial People's Council held its third briefing conference with the Standing Committees of the district and city People's Councils for the 2016-2021 term.",
  seeAlso: 'The Standing Committee presented',
  planTitle: "the plan to reform and raise the quality of the Provincial People's Council, 2016-2021 term",
  listIntro: 'The solutions to focus on are:',
  list: [
    "better sessions of the Provincial People's Council;",
    'better oversight, meetings with voters and citizen receptions;',
    'better coordination.',
  ],
  quote: "Solutions to raise the quality and effectiveness of the delegate groups and delegates of the People's Council.",
  tableCaption: 'Speakers at the conference',
  tableHead: ['Delegate', 'Subject'],
  tableRows: [
    ["Comrade Lê Thị Thanh Hà, Standing Vice Chair of the Provincial People's Council", 'Report on the work of the provincial, district and city councils'],
    ["Comrade Phạm Sỹ Lợi, Chairman of the Provincial People's Council", 'Closing remarks'],
  ],
  figureCaption: "Comrade Phạm Sỹ Lợi, Standing Deputy Secretary of the Provincial Party Committee and Chairman of the Provincial People's Council, speaks at the conference.",
  figureAlt: 'Placeholder drawing (in place of the conference photo)',
  source: 'Source: Office of the National Assembly Delegation and the Provincial People\'s Council',
  updatedLabel: 'Updated:',
  updatedShown: '08:00 14/03/2018',
  publisher: "Ha Nam Provincial People's Council",
};

export const articlePage = (lang: SampleLang): SampleArticlePage => (lang === 'en' ? articlePageEn : articlePageVi);
