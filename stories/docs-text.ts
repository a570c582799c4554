/**
 * The Vietnamese prose of the six components' generated docs pages (autodocs),
 * in one place: each component's description and each story's description.
 * The English stays where it was written: the component's JSDoc (through the
 * manifest) and each story's JSDoc or `parameters.docs.description.story`.
 * The docs page (.storybook/docs-page.ts) shows this text when the Locale
 * toolbar is Vietnamese, the English otherwise. test/node/docs-locale.test.mjs
 * fails a component with autodocs, or a story with a description, that has no
 * Vietnamese text here.
 */
import { guidanceStory } from './accessibility/guidance.js';
import articleCardVi from './accessibility/article-card.vi.md?raw';
import articleListVi from './accessibility/article-list.vi.md?raw';
import articleVi from './accessibility/article.vi.md?raw';
import attendanceListVi from './accessibility/attendance-list.vi.md?raw';
import figureVi from './accessibility/figure.vi.md?raw';
import skipRibbonVi from './accessibility/skip-ribbon.vi.md?raw';

export interface DocsTextVi {
  /** The component's description (Markdown). */
  component: string;
  /** Each story's description (Markdown), by the story's export name. */
  stories: Record<string, string>;
}

/** By the component's tag name (the stories file's `component:`). */
export const docsVi: Record<string, DocsTextVi> = {
  'portal-article-card': {
    component: `Một tin trong danh sách: ảnh nhỏ, tiêu đề có liên kết, ngày, chuyên mục và đoạn trích, cho trang chủ và trang chuyên mục của cổng thông tin.

Nội dung là light DOM do bạn viết, nên khi tắt JavaScript thẻ vẫn đọc như một tin.

- Tiêu đề là một thẻ tiêu đề đúng cấp trang cần (\`<h2>\`–\`<h6>\`) chứa liên kết. Liên kết đó là điểm dừng Tab duy nhất của thẻ, tên của nó là tiêu đề.
- Nhấp vào bất kỳ đâu trên thẻ (không phải liên kết hay nút khác, không phải khi đang chọn chữ) là nhấp vào liên kết tiêu đề. Ctrl/⌘/Shift-nhấp để trình duyệt xử lý: hãy dùng chúng trên tiêu đề.
- Chuyên mục là một \`<a>\` (điểm dừng Tab riêng) hoặc \`<span>\` con trực tiếp, nằm cùng dòng với ngày.
- Một \`<img>\` con trực tiếp trở thành ảnh nhỏ: \`alt=""\` nếu bạn không viết \`alt\`, \`loading="lazy"\` nếu bạn không viết \`loading\`, trong một khung tỉ lệ giữ sẵn nên không có gì xê dịch khi ảnh tải xong.
- Một \`<time datetime>\` để trống được điền ngày theo ngôn ngữ của trang. Tốt hơn là tự viết ngày: người đọc không có JavaScript cũng thấy.`,
    stories: {
      Playground:
        'Bài mẫu dưới dạng thẻ. Đổi kiểu hiển thị, độ rộng cột, mẫu ngày hoặc các token trong bảng Controls; thanh công cụ Locale đổi ngôn ngữ (ngày do thẻ tự viết cũng đổi theo).',
      Vertical: 'Mặc định: ảnh ở trên tiêu đề, ngày, chuyên mục và đoạn trích.',
      Horizontal:
        'Ảnh nằm bên cạnh chữ khi thẻ rộng từ 30rem, ở trên khi hẹp hơn. Cả hai thẻ dưới đây đều có `variant="horizontal"`: bố cục theo độ rộng mỗi thẻ được cấp, không theo cửa sổ.',
      Compact:
        'Chỉ tiêu đề, chuyên mục và ngày: cho cột bên và mục "tin mới". Ảnh và đoạn trích vẫn có trong mã nhưng không hiển thị.',
      Featured: 'Tin nổi bật của trang chủ: tiêu đề lớn. Ở đây dùng `<h2>`, là mục đầu tiên dưới `<h1>` của trang.',
      VeryLongTitle:
        'Một tiêu đề rất dài, đầy dấu chồng (Ủ, Ộ, Ặ) trong một cột hẹp: chữ xuống dòng, các dòng không chạm nhau và không có gì bị cắt.',
      MissingImage: 'Không có ảnh: thẻ chỉ có chữ, không có khung trống ở chỗ ảnh.',
      English:
        'Bên trong `lang="en"`, bất kể ngôn ngữ của tài liệu: bài mẫu tiếng Anh, và ngày do thẻ viết vào một `<time datetime>` trống theo mẫu dài tiếng Anh.',
      AccessibilityGuidance: guidanceStory(articleCardVi, 'Components/Article card', '', 'vi'),
    },
  },
  'portal-article-list': {
    component: `Một danh sách tin (các \`<portal-article-card>\` hoặc phần tử bất kỳ), có tiêu đề và liên kết "xem tất cả" nếu cần, xếp thành các cột theo độ rộng của chính danh sách.

- Mỗi phần tử con là một mục danh sách (\`role="listitem"\`, trừ khi nó đã có vai trò) trong một khung \`role="list"\`, nên trình đọc màn hình vẫn nhận ra danh sách dù không có dấu đầu dòng.
- Một thẻ tiêu đề con trực tiếp (\`<h2>\`–\`<h6>\`) là tiêu đề của danh sách, một \`<p>\` con trực tiếp là lời giới thiệu, cả hai ở trên các mục; một \`<a>\` con trực tiếp là liên kết "xem tất cả", ở sau các mục. Danh sách không tự viết nội dung: tiêu đề và liên kết là của bạn, nên không có JavaScript chúng vẫn có.`,
    stories: {
      Playground:
        'Bài mẫu giữa các tin bên cạnh nó. Thu hẹp khung chứa (Controls: width) để thấy số cột theo độ rộng của danh sách; các token `--portal-article-list-*` đặt số cột tối đa, cột hẹp nhất và khoảng cách.',
      Sidebar: 'Cột "tin mới" bên cạnh bài viết: thẻ gọn, một cột, tiêu đề `<h3>` vì nằm dưới tiêu đề của một phần.',
      English: 'Bên trong `lang="en"`: các tin tiếng Anh, và liên kết "See all" sau chúng.',
      AccessibilityGuidance: guidanceStory(articleListVi, 'Components/Article list', '', 'vi'),
    },
  },
  'portal-article': {
    component: `Một bài viết đầy đủ: chuyên mục, tiêu đề, dòng thời gian và địa điểm, phần mở đầu (sa-pô), thân bài và dòng tác giả, trình bày để đọc và để in.

Mọi thứ là light DOM của trang, và chính phần tử là bài viết. Viết \`role="article"\` trên nó và các phần theo thứ tự đọc, để trang đọc như nhau trước khi (hoặc không có) JavaScript chạy.

- Cấp tiêu đề là thẻ bạn viết: \`h1\` trên trang bài viết, \`h2\` khi trang đã có \`h1\`.
- Nếu bạn quên \`role="article"\` thì nó được thêm vào (đừng bọc thêm trong \`<article>\`: sẽ thành hai bài viết).
- Khi in, phần khung của trang (thanh bỏ qua, điều hướng, tìm kiếm, nút bấm) được ẩn, mỗi liên kết trong bài in kèm địa chỉ đầy đủ, ảnh không bị cắt qua hai trang.
- Bài viết kiểm tra nội dung khi hiển thị lần đầu và khi các phần tử con thay đổi: liên kết, tiêu đề, chuyên mục và các \`<time datetime>\`.`,
    stories: {
      Playground:
        'Cả bài viết, theo ngôn ngữ của trang (thanh công cụ Locale). Trong bảng Controls, bật các phần tùy chọn, JSON-LD, tiêu đề cấp 2 và thân bài phong phú hơn, và đổi các token. JSON-LD là một `<script>` con của phần tử: mở trình kiểm tra của trình duyệt để xem.',
      EnglishWithoutOptionalParts:
        'Chỉ bài viết, không có phần tùy chọn nào (không tác giả, nguồn, ngày cập nhật hay JSON-LD), bằng tiếng Anh: `lang="en"` trên phần tử thắng ngôn ngữ của trang.',
      VietnameseWithAllOptionalParts:
        'Mọi phần tùy chọn, bằng tiếng Việt: nguồn và ngày cập nhật trong dòng tác giả, JSON-LD NewsArticle có đơn vị xuất bản, và thân bài có danh sách, trích dẫn, hình và bảng, mỗi khối được bài viết giãn cách mà không phải sửa khối.',
      HeadlineAtLevel2:
        'Khi trang đã có `h1` (trang chuyên mục hiển thị một bài đầy đủ), hãy viết tiêu đề bằng `h2`: cấp tiêu đề là thẻ bạn viết.',
      AccessibilityGuidance: guidanceStory(
        articleVi,
        'Components/Article',
        'Khung xem hiển thị bài viết trên một trang cổng nhỏ: đầu trang, điều hướng, bài viết, chân trang. In nó ra (<kbd>Ctrl</kbd>+<kbd>P</kbd>, hoặc <kbd>⌘</kbd>+<kbd>P</kbd>) để xem bản in.',
        'vi',
      ),
    },
  },
  'portal-attendance-list': {
    component: `Ai chủ trì và ai tham dự một cuộc họp, nhóm theo vai trò, như tin của HĐND tỉnh vẫn viết: "Đồng chí Phạm Sỹ Lợi, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh chủ trì Hội nghị; tham dự Hội nghị có …".

Tự viết các nhóm để trang đọc đúng khi không có JavaScript: mỗi nhóm một \`<ul data-role="presiding">\` (\`co-presiding\`, \`attending\`, \`guest\`), mỗi người một \`<li>\` với tên trong \`<b>\` và mỗi chức vụ trong một \`<span>\`, mỗi cơ quan hay đoàn một \`<li>\` ghi tên. Một tiêu đề ngay trước danh sách là nhãn của nó; danh sách không có tiêu đề được đặt nhãn theo ngôn ngữ của trang. Hoặc đưa danh sách dưới dạng dữ liệu: thuộc tính \`attendees\`, hay một \`<script type="application/json">\` con; kết quả là cùng mã light DOM.

Mọi chữ được sinh ra (nhãn, số lượng, danh xưng, câu văn) nằm trong light DOM và theo ngôn ngữ của trang. Các nhóm giữ thứ tự đã viết; \`sort="name"\` xếp người trong mỗi nhóm theo tên.`,
    stories: {
      Playground: 'Cuộc họp mẫu, viết bằng mã; bảng Controls đổi các thuộc tính và token.',
      SampleMeeting:
        'Bản tin mẫu ("Hội nghị giao ban … lần thứ ba"), dựng lại đúng như bản gốc: Đồng chí Phạm Sỹ Lợi chủ trì với hai chức vụ, rồi sáu cơ quan tham dự, theo thứ tự bản tin ghi.',
      LargeMeeting:
        'Một cuộc họp lớn: người chủ trì và 64 đại biểu các huyện, có số lượng ("65 đại biểu" tất cả), xếp theo tên. Các tên là hư cấu.',
      Sentence: '`variant="sentence"`: lời văn của một bản tin, để dùng trong bài viết. Đoạn văn trước nó là của chính bản tin.',
      JsonForm:
        'Dạng dữ liệu cho nguồn tin từ CMS: một `<script type="application/json">` con. Nó được hiển thị thành cùng các danh sách light DOM như dạng viết tay, nên người đọc, công cụ dịch và tìm kiếm nhận cùng một nội dung. Với `jsonld`, JSON-LD schema.org cho máy tìm kiếm được viết kèm.',
      English: 'Bên trong `lang="en"`, mọi chữ được sinh ra đều bằng tiếng Anh: "Presiding", "Attending", "Comrade", "1 delegate".',
      AccessibilityGuidance: guidanceStory(attendanceListVi, 'Components/Attendance list', '', 'vi'),
    },
  },
  'portal-figure': {
    component: `Một ảnh tin tức có chú thích và nguồn ảnh, kèm chức năng phóng to dễ tiếp cận nếu cần.

Viết một \`<figure>\` thật làm phần tử con: \`<img>\` (hoặc \`<picture>\`) có \`src\`, \`alt\`, \`width\` và \`height\`, rồi \`<figcaption>\` với chú thích và, trong \`<small>\`, nguồn ảnh ("Ảnh: …"). Không có JavaScript, đó đã là một ảnh có chú thích; thành phần chỉ trình bày và thêm phần phóng to.

\`alt\` nói ảnh cho thấy gì; chú thích cho bối cảnh. Thiếu \`alt\` sẽ được cảnh báo kèm \`src\`; \`alt=""\` là đúng khi chú thích đã nói đủ. Ảnh không tải được vẫn giữ khung, \`alt\` và chú thích, hiện một nền thay thế trung tính, và phần tử có thuộc tính \`broken\`.

Với \`zoomable\`, một nút trên ảnh ("Phóng to ảnh: <đầu chú thích>") và một cú nhấp vào ảnh mở ảnh độ phân giải đầy đủ (\`data-full-src\`, hoặc ảnh lớn nhất trong \`srcset\`) trong một \`<dialog>\` có lặp lại chú thích.`,
    stories: {
      Playground: 'Ảnh đầu tiên của bài mẫu. Controls đổi bố cục, chức năng phóng to, ảnh và các token.',
      FullWidth: 'Mặc định: ảnh rộng bằng cột chữ, chú thích và nguồn ảnh ở dưới.',
      Inset: '`variant="inset"`: hẹp hơn cột chữ (tối đa `--portal-figure-inset-size`), căn giữa.',
      FloatStart: '`variant="float-start"`: đặt trôi về phía đầu dòng (bên trái trong tiếng Việt và tiếng Anh); chữ chảy bao quanh.',
      FloatEnd: '`variant="float-end"`: đặt trôi về phía cuối dòng; chữ chảy bao quanh.',
      NarrowContainer:
        'Cùng ảnh đặt trôi trong một cột rộng 20rem (điện thoại, cột bên): khi khung chứa hẹp hơn `--portal-figure-float-breakpoint` (30rem), ảnh chiếm hết chiều rộng và chữ tiếp tục ở dưới. Không cần container query.',
      Zoom:
        '`zoomable`: một nút trên ảnh, và cú nhấp vào ảnh, mở ảnh độ phân giải đầy đủ (`data-full-src`) trong một hộp thoại modal có lặp lại chú thích. Hãy thử bằng bàn phím: <kbd>Tab</kbd>, <kbd>Enter</kbd>, <kbd>Esc</kbd>.',
      English: 'Bên trong `lang="en"`, nút phóng to là "Enlarge photo: …" và nút đóng hộp thoại là "Close", bất kể ngôn ngữ của tài liệu.',
      BrokenImage:
        'Tệp ảnh không tồn tại. Khung giữ nguyên kích thước với nền thay thế trung tính, `alt` và chú thích vẫn đọc được, nút phóng to bị bỏ đi, và console ghi địa chỉ ảnh.',
      DecorativeAndUncaptioned:
        'Trái: `alt=""` trang trí, đúng khi chú thích đã nói hết những gì ảnh cho thấy (người đọc bỏ qua ảnh và đọc chú thích). Phải: không có chú thích, nên đó là một ảnh chỉ có `alt`; nút phóng to mang tên theo `alt`.',
      AccessibilityGuidance: guidanceStory(figureVi, 'Components/Figure', '', 'vi'),
    },
  },
  'portal-skip-ribbon': {
    component: `Các liên kết bỏ qua ở đầu trang cổng thông tin: như "Skip Ribbon Commands / Skip to main content" của SharePoint, nhưng làm đúng cách.

Tự viết các liên kết dưới dạng \`<a href="#id">\` con: chúng chạy được khi không có JavaScript, và nhiều liên kết giữ nguyên thứ tự. Để trống, dải tự viết một liên kết light DOM đến \`<main>\` của trang, theo ngôn ngữ của trang ("Bỏ qua để đến nội dung chính" / "Skip to main content").

Dải được ẩn cho đến khi một liên kết của nó nhận tiêu điểm, khi đó nó hiện cố định ở đầu khung nhìn. Kích hoạt một liên kết trong trang sẽ chuyển tiêu điểm đến đích (thêm \`tabindex="-1"\` trong lúc có tiêu điểm, nếu đích chưa có) và vẫn đổi hash của URL.`,
    stories: {
      Playground:
        'Một liên kết đến nội dung chính. Nhấn <kbd>Tab</kbd> trên khung xem để thấy dải; bảng Controls đổi chữ, đích và các token.',
      SeveralLinks:
        'Ba liên kết, đến nội dung chính, điều hướng và ô tìm kiếm, theo thứ tự các đích xuất hiện trên trang. Mỗi liên kết chuyển tiêu điểm đến đích của nó.',
      English:
        'Một dải trống bên trong phần tử có `lang="en"` tự viết liên kết "Skip to main content" đến `<main>` của trang. `lang` gần nhất thắng, cả khi tài liệu (thanh công cụ Locale) là tiếng Việt.',
      AccessibilityGuidance: guidanceStory(
        skipRibbonVi,
        'Components/Skip ribbon',
        'Thử trên khung xem của ví dụ này: nhấp vào hộp hướng dẫn ở trên cùng (nhấp thấp hơn thì <kbd>Tab</kbd> sẽ bắt đầu từ đó), rồi dùng bàn phím.',
        'vi',
      ),
    },
  },
};
