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
