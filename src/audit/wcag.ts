/**
 * WCAG 2.2 success criteria of levels A and AA: number, level, names in English and Vietnamese,
 * whether any automated check here can fail it, the manual steps an auditor follows, and where it
 * maps into EN 301 549 chapter 9 and Thông tư 26/2020/TT-BTTTT.
 *
 * Vietnamese names are our translation (no official Vietnamese translation of WCAG 2.2 was found).
 * EN 301 549 V3.2.1 chapter 9 takes WCAG 2.1 A/AA one to one (clause 9.<num>); the six criteria new
 * in WCAG 2.2 have no clause there, and 4.1.1 (in EN 301 549, removed from WCAG 2.2) is not listed.
 * Thông tư 26/2020/TT-BTTTT (issued 23/09/2020, in force 01/01/2021): mapped only by WCAG 2.0 number,
 * for the criteria that WCAG 2.0 A/AA has; see README "Thông tư 26/2020" for what was and was not verified.
 */
export type Level = 'A' | 'AA';

export interface Criterion {
  num: string;
  level: Level;
  en: string;
  vi: string;
  /** WCAG version that introduced it. */
  since: '2.0' | '2.1' | '2.2';
  manual: { en: string; vi: string };
}

const c = (num: string, level: Level, since: Criterion['since'], en: string, vi: string, manualEn: string, manualVi: string): Criterion => ({
  num,
  level,
  since,
  en,
  vi,
  manual: { en: manualEn, vi: manualVi },
});

export const CRITERIA: readonly Criterion[] = [
  c('1.1.1', 'A', '2.0', 'Non-text Content', 'Nội dung không phải văn bản', 'For every image, icon and chart, read its alt text with the image hidden: does it give the same information or purpose? Decorative images must have alt="".', 'Với mỗi ảnh, biểu tượng, biểu đồ: đọc văn bản thay thế khi ẩn ảnh, có truyền đạt đúng thông tin hoặc mục đích không? Ảnh trang trí phải có alt="".'),
  c('1.2.1', 'A', '2.0', 'Audio-only and Video-only (Prerecorded)', 'Chỉ âm thanh và chỉ hình ảnh (ghi sẵn)', 'For each prerecorded audio-only or video-only item, check there is a transcript or an equivalent description.', 'Với mỗi tệp chỉ âm thanh hoặc chỉ hình ảnh ghi sẵn, kiểm tra có bản ghi lời hoặc mô tả tương đương.'),
  c('1.2.2', 'A', '2.0', 'Captions (Prerecorded)', 'Phụ đề (ghi sẵn)', 'Play each video with sound: are there synchronised captions for all speech and meaningful sound?', 'Phát từng video có tiếng: có phụ đề đồng bộ cho mọi lời nói và âm thanh có ý nghĩa không?'),
  c('1.2.3', 'A', '2.0', 'Audio Description or Media Alternative (Prerecorded)', 'Mô tả âm thanh hoặc phương án thay thế (ghi sẵn)', 'For each video, check that visual-only information is described in audio or in a text alternative.', 'Với mỗi video, kiểm tra thông tin chỉ thấy bằng mắt được mô tả bằng lời hoặc bằng văn bản thay thế.'),
  c('1.2.4', 'AA', '2.0', 'Captions (Live)', 'Phụ đề (trực tiếp)', 'For live video (a livestreamed council session), check live captions are provided.', 'Với video trực tiếp (phát trực tuyến kỳ họp), kiểm tra có phụ đề trực tiếp.'),
  c('1.2.5', 'AA', '2.0', 'Audio Description (Prerecorded)', 'Mô tả âm thanh (ghi sẵn)', 'For each prerecorded video, check visual-only information is given in an audio description.', 'Với mỗi video ghi sẵn, kiểm tra thông tin chỉ thấy bằng mắt có mô tả bằng lời.'),
  c('1.3.1', 'A', '2.0', 'Info and Relationships', 'Thông tin và quan hệ', 'Compare what the page shows (headings, lists, tables, labels, groups) with what a screen reader announces; every visual structure must be in the markup.', 'So sánh cấu trúc nhìn thấy (tiêu đề, danh sách, bảng, nhãn, nhóm) với những gì trình đọc màn hình đọc; mọi cấu trúc phải có trong mã.'),
  c('1.3.2', 'A', '2.0', 'Meaningful Sequence', 'Trình tự có ý nghĩa', 'Read the page with CSS off (or with a screen reader): is the reading order still meaningful?', 'Đọc trang khi tắt CSS (hoặc bằng trình đọc màn hình): thứ tự đọc có còn hợp lý không?'),
  c('1.3.3', 'A', '2.0', 'Sensory Characteristics', 'Đặc tính giác quan', 'Find instructions that rely on shape, size, position or sound alone ("the button on the right") and check they also name the thing.', 'Tìm hướng dẫn chỉ dựa vào hình dạng, kích thước, vị trí hay âm thanh ("nút bên phải") và kiểm tra có nêu tên đối tượng.'),
  c('1.3.4', 'AA', '2.1', 'Orientation', 'Hướng màn hình', 'Rotate a phone or tablet: the page works in both portrait and landscape.', 'Xoay điện thoại hoặc máy tính bảng: trang dùng được ở cả chiều dọc và ngang.'),
  c('1.3.5', 'AA', '2.1', 'Identify Input Purpose', 'Xác định mục đích trường nhập', 'For each form field about the user (name, email, phone, address), check it has the right autocomplete value.', 'Với mỗi trường nhập thông tin cá nhân (tên, email, điện thoại, địa chỉ), kiểm tra có giá trị autocomplete đúng.'),
  c('1.4.1', 'A', '2.0', 'Use of Color', 'Sử dụng màu sắc', 'View the page in greyscale: links in text, required fields, errors and chart series must still be told apart.', 'Xem trang ở chế độ đen trắng: liên kết trong đoạn văn, trường bắt buộc, lỗi và các chuỗi biểu đồ vẫn phải phân biệt được.'),
  c('1.4.2', 'A', '2.0', 'Audio Control', 'Kiểm soát âm thanh', 'Any audio that plays by itself for more than 3 seconds must have a pause/stop or volume control.', 'Âm thanh tự phát quá 3 giây phải có nút tạm dừng/dừng hoặc chỉnh âm lượng.'),
  c('1.4.3', 'AA', '2.0', 'Contrast (Minimum)', 'Độ tương phản (tối thiểu)', 'Check text over images, gradients and in every state (hover, focus, visited) that the tools cannot measure: 4.5:1, or 3:1 for large text.', 'Kiểm tra chữ trên ảnh, nền chuyển màu và ở mọi trạng thái (di chuột, tiêu điểm, đã xem) mà công cụ không đo được: 4,5:1, chữ lớn 3:1.'),
  c('1.4.4', 'AA', '2.0', 'Resize Text', 'Thay đổi cỡ chữ', 'Zoom the browser to 200%: no text is cut off, overlapped or lost, and every function still works.', 'Phóng to trình duyệt 200%: không chữ nào bị cắt, chồng lên nhau hay mất, mọi chức năng vẫn dùng được.'),
  c('1.4.5', 'AA', '2.0', 'Images of Text', 'Hình ảnh của văn bản', 'Find images that contain text (banners, scanned notices): the same text must be real text unless the image is a logo.', 'Tìm ảnh có chữ (băng rôn, văn bản scan): nội dung đó phải là văn bản thật, trừ logo.'),
  c('1.4.10', 'AA', '2.1', 'Reflow', 'Dàn lại nội dung', 'At 320 CSS px wide (1280 px at 400%), read the whole page: no horizontal scrolling except for tables, maps and the like.', 'Ở độ rộng 320 px CSS (1280 px ở 400%), đọc toàn trang: không phải cuộn ngang, trừ bảng, bản đồ và tương tự.'),
  c('1.4.11', 'AA', '2.1', 'Non-text Contrast', 'Độ tương phản phi văn bản', 'Check borders of fields and buttons, icons and focus indicators against adjacent colours: 3:1.', 'Kiểm tra viền trường nhập, nút, biểu tượng và chỉ báo tiêu điểm so với màu bên cạnh: 3:1.'),
  c('1.4.12', 'AA', '2.1', 'Text Spacing', 'Giãn cách văn bản', 'Apply the text-spacing bookmarklet (line 1.5, paragraphs 2, letters 0.12, words 0.16 em): no text is cut off or overlaps.', 'Áp dụng giãn cách (dòng 1,5; đoạn 2; chữ 0,12; từ 0,16 em): không chữ nào bị cắt hoặc chồng lên nhau.'),
  c('1.4.13', 'AA', '2.1', 'Content on Hover or Focus', 'Nội dung khi di chuột hoặc tiêu điểm', 'For tooltips and menus that appear on hover or focus: Esc dismisses them, the pointer can move onto them, and they stay until dismissed.', 'Với chú thích và menu hiện khi di chuột hoặc tiêu điểm: Esc đóng được, di chuột vào được, và không tự biến mất.'),
  c('2.1.1', 'A', '2.0', 'Keyboard', 'Bàn phím', 'Use the whole page with the keyboard only (Tab, Shift+Tab, Enter, Space, arrows): every function works.', 'Dùng toàn bộ trang chỉ bằng bàn phím (Tab, Shift+Tab, Enter, Space, phím mũi tên): mọi chức năng đều dùng được.'),
  c('2.1.2', 'A', '2.0', 'No Keyboard Trap', 'Không bẫy bàn phím', 'Tab into and out of every widget, dialog and embedded player: focus never gets stuck.', 'Tab vào và ra mọi thành phần, hộp thoại, trình phát nhúng: tiêu điểm không bao giờ bị kẹt.'),
  c('2.1.4', 'A', '2.1', 'Character Key Shortcuts', 'Phím tắt một ký tự', 'Press single letter keys on the page: no shortcut fires unless it can be turned off or remapped.', 'Nhấn từng phím chữ trên trang: không phím tắt nào chạy trừ khi tắt hoặc đổi được.'),
  c('2.2.1', 'A', '2.0', 'Timing Adjustable', 'Điều chỉnh thời gian', 'Find time limits (session expiry, auto-refresh): the user can turn off, adjust or extend them.', 'Tìm giới hạn thời gian (hết phiên, tự làm mới): người dùng tắt, chỉnh hoặc kéo dài được.'),
  c('2.2.2', 'A', '2.0', 'Pause, Stop, Hide', 'Tạm dừng, dừng, ẩn', 'Carousels, tickers and animations that last more than 5 seconds have a pause control.', 'Băng chuyền ảnh, dòng chữ chạy và hoạt ảnh kéo dài hơn 5 giây có nút tạm dừng.'),
  c('2.3.1', 'A', '2.0', 'Three Flashes or Below Threshold', 'Không nhấp nháy quá ba lần', 'Check videos and animations: nothing flashes more than three times a second.', 'Kiểm tra video và hoạt ảnh: không có gì nhấp nháy quá ba lần mỗi giây.'),
  c('2.4.1', 'A', '2.0', 'Bypass Blocks', 'Bỏ qua khối nội dung', 'Press Tab on a fresh page: a skip link appears and takes focus into the main content; landmarks and headings exist.', 'Nhấn Tab khi vừa mở trang: liên kết bỏ qua xuất hiện và đưa tiêu điểm đến nội dung chính; có vùng mốc và tiêu đề.'),
  c('2.4.2', 'A', '2.0', 'Page Titled', 'Tiêu đề trang', 'Read the page <title>: it names the page and the site, and differs between pages.', 'Đọc <title> của trang: nêu tên trang và tên cổng, và khác nhau giữa các trang.'),
  c('2.4.3', 'A', '2.0', 'Focus Order', 'Thứ tự tiêu điểm', 'Tab through the page: focus follows the visual and logical order; dialogs take and return focus.', 'Tab qua trang: tiêu điểm đi theo thứ tự nhìn và logic; hộp thoại nhận và trả lại tiêu điểm.'),
  c('2.4.4', 'A', '2.0', 'Link Purpose (In Context)', 'Mục đích liên kết (theo ngữ cảnh)', 'Read each link with its sentence or list item: its purpose is clear ("Xem thêm" alone next to many others is not).', 'Đọc mỗi liên kết cùng câu hoặc mục chứa nó: mục đích phải rõ ("Xem thêm" lặp lại nhiều lần là không rõ).'),
  c('2.4.5', 'AA', '2.0', 'Multiple Ways', 'Nhiều cách tiếp cận', 'Check there are at least two ways to find a page: navigation, search, sitemap, related links.', 'Kiểm tra có ít nhất hai cách tìm một trang: menu, tìm kiếm, sơ đồ trang, liên kết liên quan.'),
  c('2.4.6', 'AA', '2.0', 'Headings and Labels', 'Tiêu đề và nhãn', 'Read headings and labels alone: each describes its topic or purpose.', 'Đọc riêng các tiêu đề và nhãn: mỗi cái mô tả đúng chủ đề hoặc mục đích.'),
  c('2.4.7', 'AA', '2.0', 'Focus Visible', 'Tiêu điểm hiển thị', 'Tab through the page: the focused element is always visibly marked.', 'Tab qua trang: phần tử đang có tiêu điểm luôn được đánh dấu rõ.'),
  c('2.4.11', 'AA', '2.2', 'Focus Not Obscured (Minimum)', 'Tiêu điểm không bị che (tối thiểu)', 'Tab through the page with sticky headers, cookie banners and chat widgets open: the focused element is never entirely hidden.', 'Tab qua trang khi thanh đầu trang cố định, thông báo cookie và cửa sổ chat đang mở: phần tử có tiêu điểm không bao giờ bị che hoàn toàn.'),
  c('2.5.1', 'A', '2.1', 'Pointer Gestures', 'Cử chỉ con trỏ', 'Anything done with a multipoint or path gesture (pinch, swipe) can be done with a single tap or click.', 'Thao tác bằng cử chỉ nhiều điểm hoặc theo đường (chụm, vuốt) phải làm được bằng một lần chạm hoặc nhấp.'),
  c('2.5.2', 'A', '2.1', 'Pointer Cancellation', 'Hủy thao tác con trỏ', 'Actions fire on release (click), not on press; moving away before release cancels.', 'Thao tác chạy khi nhả (click), không phải khi nhấn; kéo ra ngoài trước khi nhả thì hủy.'),
  c('2.5.3', 'A', '2.1', 'Label in Name', 'Nhãn nằm trong tên', 'For every control with visible text, its accessible name contains that text (speech users say what they see).', 'Với mọi điều khiển có chữ nhìn thấy, tên truy cập phải chứa chữ đó (người dùng giọng nói đọc đúng chữ họ thấy).'),
  c('2.5.4', 'A', '2.1', 'Motion Actuation', 'Kích hoạt bằng chuyển động', 'Functions triggered by shaking or tilting also have a control and can be turned off.', 'Chức năng kích hoạt bằng lắc hoặc nghiêng máy cũng có nút điều khiển và tắt được.'),
  c('2.5.7', 'AA', '2.2', 'Dragging Movements', 'Thao tác kéo', 'Anything done by dragging (sliders, maps, reordering) can be done with single clicks.', 'Thao tác kéo (thanh trượt, bản đồ, sắp xếp) phải làm được bằng các lần nhấp đơn.'),
  c('2.5.8', 'AA', '2.2', 'Target Size (Minimum)', 'Kích thước vùng bấm (tối thiểu)', 'Check small icons and inline controls: 24×24 CSS px, or enough spacing, or an equivalent elsewhere.', 'Kiểm tra biểu tượng nhỏ và điều khiển nội dòng: 24×24 px CSS, hoặc đủ khoảng cách, hoặc có phương án tương đương.'),
  c('3.1.1', 'A', '2.0', 'Language of Page', 'Ngôn ngữ của trang', 'Check <html lang> is set and names the language the page is written in (vi for Vietnamese).', 'Kiểm tra <html lang> có và đúng ngôn ngữ của trang (vi cho tiếng Việt).'),
  c('3.1.2', 'AA', '2.0', 'Language of Parts', 'Ngôn ngữ của từng phần', 'Find passages in another language (an English quote): they carry their own lang attribute.', 'Tìm đoạn bằng ngôn ngữ khác (trích dẫn tiếng Anh): có thuộc tính lang riêng.'),
  c('3.2.1', 'A', '2.0', 'On Focus', 'Khi nhận tiêu điểm', 'Tab through the page: focusing something never opens a new window, submits or moves focus by itself.', 'Tab qua trang: việc nhận tiêu điểm không tự mở cửa sổ mới, gửi biểu mẫu hay chuyển tiêu điểm.'),
  c('3.2.2', 'A', '2.0', 'On Input', 'Khi nhập liệu', 'Change each select, checkbox and field: nothing unexpected happens (no automatic navigation) without warning.', 'Thay đổi từng ô chọn, hộp kiểm, trường nhập: không có thay đổi bất ngờ (tự chuyển trang) mà không báo trước.'),
  c('3.2.3', 'AA', '2.0', 'Consistent Navigation', 'Điều hướng nhất quán', 'Compare the navigation on several pages: repeated menus are in the same order.', 'So sánh điều hướng trên nhiều trang: các menu lặp lại có cùng thứ tự.'),
  c('3.2.4', 'AA', '2.0', 'Consistent Identification', 'Nhận diện nhất quán', 'Components with the same function (search, print, share) are named the same on every page.', 'Thành phần cùng chức năng (tìm kiếm, in, chia sẻ) có cùng tên trên mọi trang.'),
  c('3.2.6', 'A', '2.2', 'Consistent Help', 'Trợ giúp nhất quán', 'Help (contact, hotline, FAQ) is in the same relative place on every page that has it.', 'Trợ giúp (liên hệ, đường dây nóng, hỏi đáp) nằm ở cùng vị trí tương đối trên mọi trang có nó.'),
  c('3.3.1', 'A', '2.0', 'Error Identification', 'Nhận diện lỗi', 'Submit each form with mistakes: each error is named in text and the field is identified.', 'Gửi từng biểu mẫu có lỗi: mỗi lỗi được nêu bằng chữ và chỉ rõ trường bị lỗi.'),
  c('3.3.2', 'A', '2.0', 'Labels or Instructions', 'Nhãn hoặc hướng dẫn', 'Every field has a visible label, and required formats (dd/mm/yyyy) are stated.', 'Mọi trường có nhãn nhìn thấy, định dạng yêu cầu (dd/mm/yyyy) được nêu rõ.'),
  c('3.3.3', 'AA', '2.0', 'Error Suggestion', 'Gợi ý sửa lỗi', 'When an error is detected and a correction is known, the message suggests it.', 'Khi phát hiện lỗi và biết cách sửa, thông báo phải gợi ý cách sửa.'),
  c('3.3.4', 'AA', '2.0', 'Error Prevention (Legal, Financial, Data)', 'Phòng tránh lỗi (pháp lý, tài chính, dữ liệu)', 'Submissions with legal or financial effect (online public services) can be reviewed, corrected or reversed.', 'Giao dịch có hệ quả pháp lý hoặc tài chính (dịch vụ công trực tuyến) xem lại, sửa hoặc hủy được.'),
  c('3.3.7', 'A', '2.2', 'Redundant Entry', 'Nhập lại thông tin', 'In multi-step processes, information already entered is filled in or selectable, not asked again.', 'Trong quy trình nhiều bước, thông tin đã nhập được điền sẵn hoặc chọn lại được, không phải nhập lại.'),
  c('3.3.8', 'AA', '2.2', 'Accessible Authentication (Minimum)', 'Xác thực dễ tiếp cận (tối thiểu)', 'Log-in needs no cognitive test (remembering, transcribing, puzzles) unless an alternative or paste/password manager works.', 'Đăng nhập không đòi kiểm tra nhận thức (nhớ, chép lại, giải đố) trừ khi có phương án khác hoặc dán/trình quản lý mật khẩu dùng được.'),
  c('4.1.2', 'A', '2.0', 'Name, Role, Value', 'Tên, vai trò, giá trị', 'With a screen reader, check every control announces its name, role and state, and state changes are announced.', 'Với trình đọc màn hình, kiểm tra mọi điều khiển đọc đúng tên, vai trò, trạng thái, và thay đổi trạng thái được đọc.'),
  c('4.1.3', 'AA', '2.1', 'Status Messages', 'Thông báo trạng thái', 'Trigger status messages (search results count, "saved"): a screen reader announces them without moving focus.', 'Kích hoạt thông báo trạng thái (số kết quả tìm kiếm, "đã lưu"): trình đọc màn hình đọc mà không chuyển tiêu điểm.'),
];

export const CRITERION = new Map(CRITERIA.map((x) => [x.num, x]));

/** EN 301 549 V3.2.1 clause for a WCAG 2.2 criterion, or undefined where it has none. */
export const en301549 = (num: string): string | undefined => {
  const x = CRITERION.get(num);
  return x && x.since !== '2.2' ? `9.${num}` : undefined;
};

/**
 * Thông tư 26/2020/TT-BTTTT: mapped by WCAG 2.0 success-criterion number (the Circular's criteria for
 * websites follow WCAG 2.0); a WCAG 2.1/2.2 criterion has no counterpart there.
 */
export const tt26 = (num: string): string | undefined => {
  const x = CRITERION.get(num);
  return x && x.since === '2.0' ? `TT 26/2020 (WCAG 2.0 ${num})` : undefined;
};

/** Order criteria by number (1.4.10 after 1.4.5). */
export const byNum = (a: string, b: string): number => {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) if ((pa[i] ?? 0) !== (pb[i] ?? 0)) return (pa[i] ?? 0) - (pb[i] ?? 0);
  return 0;
};
