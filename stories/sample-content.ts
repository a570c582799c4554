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
