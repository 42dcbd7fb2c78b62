import { A as renderTemplate, D as renderSlot, L as unescapeHTML, M as renderHead, N as addAttribute, j as maybeRenderHead, w as renderComponent } from "./sequence_BHAlCKQq.mjs";
import { m as createComponent, p as createAstro, t as getImage } from "./_astro_assets_BFYZnzEP.mjs";
import * as mod from "zod/v4";
import { ALL_TYPES, CONTENT_TYPES, DEFAULT_LOCALE, LOCALES, LOCALE_NAMES, LOCALE_TAGS, TAXONOMIES, canonicalUrl, documentPath, homePath, isLocale, listingPath, localePrefix, pick, reformArea, typeByName } from "@cchc/content-types";
// src/i18n/schema.ts
/**
* Every UI string of the site, one flat dotted key each. Each language's JSON file is parsed
* with this strict schema when the site builds: a missing, misspelt or extra key fails the build.
* `{name}` in a string is replaced by `t(key, { name })`.
*/
var text = mod.string().min(1);
var uiSchema = mod.object({
	/** The section's name, in the header and page titles. */
	"site.name": text,
	/** One line under the name: whose section it is. */
	"site.tagline": text,
	/** The default meta description (home page, pages without their own summary). */
	"site.description": text,
	/** The owner (a setting): name and address, in the footer and the owner's JSON-LD. */
	"owner.name": text,
	"owner.address": text,
	"skip.main": text,
	"nav.label": text,
	"nav.home": text,
	"nav.about": text,
	"breadcrumb.label": text,
	/** Language switcher: its label, and the note on a language without a translation of this page. */
	"lang.label": text,
	"lang.unavailable": text,
	"listing.empty": text,
	/** Link from an empty listing to the Vietnamese one. */
	"listing.inDefault": text,
	"listing.pageTitle": text,
	"pagination.label": text,
	"pagination.prev": text,
	"pagination.next": text,
	"pagination.page": text,
	"pagination.status": text,
	"home.intro": text,
	"home.latest": text,
	"home.upcoming": text,
	"home.noUpcoming": text,
	"home.seeAll": text,
	"meta.published": text,
	"history.title": text,
	"history.firstPublished": text,
	"meta.updated": text,
	"meta.byline": text,
	"meta.type": text,
	"doc.tags": text,
	"doc.gallery": text,
	"doc.attachments": text,
	"doc.listen": text,
	"doc.watch": text,
	"doc.download": text,
	"doc.mediaFallback": text,
	/** Printed under an article: where it was published. */
	"print.source": text,
	"practice.problem": text,
	"practice.solution": text,
	"practice.results": text,
	"practice.indicator": text,
	"practice.before": text,
	"practice.after": text,
	"practice.unit": text,
	"practice.implementer": text,
	"practice.year": text,
	"practice.stage": text,
	"practice.replicatedIn": text,
	"practice.contact": text,
	"practice.files": text,
	"contact.phone": text,
	"contact.email": text,
	"event.when": text,
	"event.where": text,
	"event.online": text,
	"event.status": text,
	"event.organiser": text,
	"event.coOrganisers": text,
	"event.registration": text,
	"event.register": text,
	"event.report": text,
	"event.materials": text,
	"material.version": text,
	"material.files": text,
	"material.event": text,
	"term.content": text,
	"term.empty": text,
	"term.count": text,
	"locality.kind": text,
	"locality.parent": text,
	"locality.validFrom": text,
	"locality.validTo": text,
	"locality.successors": text,
	"locality.ended": text,
	"agency.kind": text,
	"agency.shortName": text,
	"agency.website": text,
	"agency.address": text,
	"agency.validFrom": text,
	"agency.validTo": text,
	"agency.successors": text,
	"agency.ended": text,
	"area.crossCutting": text,
	"footer.browse": text,
	"footer.scheme": text,
	"footer.sitemap": text,
	"notFound.title": text,
	"notFound.body": text,
	"notFound.home": text,
	"gone.title": text,
	"gone.body": text,
	"gone.home": text,
	"preview.banner": text,
	"preview.note": text
}).strict();
// src/i18n/en.json
var en_default = {
	"site.name": "Administrative reform",
	"site.tagline": "Administrative reform information section of Sóc Trăng province",
	"site.description": "News, good practices, events and training materials on administrative reform in Sóc Trăng province, for officials, citizens and businesses.",
	"owner.name": "Department of Home Affairs of Sóc Trăng province",
	"owner.address": "Sóc Trăng, Viet Nam",
	"skip.main": "Skip to main content",
	"nav.label": "Sections",
	"nav.home": "Home",
	"nav.about": "About",
	"breadcrumb.label": "You are here",
	"lang.label": "Language",
	"lang.unavailable": "not translated, go to home page",
	"listing.empty": "There is nothing in English in this section yet.",
	"listing.inDefault": "See it in Vietnamese",
	"listing.pageTitle": "{title} – page {page}",
	"pagination.label": "Pages",
	"pagination.prev": "Previous page",
	"pagination.next": "Next page",
	"pagination.page": "Page {page}",
	"pagination.status": "Page {page} of {pages}",
	"home.intro": "News, good practices, events and materials on administrative reform for officials, civil servants, citizens and businesses.",
	"home.latest": "Latest news",
	"home.upcoming": "Upcoming events",
	"home.noUpcoming": "No events are coming up at the moment.",
	"home.seeAll": "See all: {section}",
	"meta.published": "Published",
	"history.title": "Updates to this page",
	"history.firstPublished": "First published",
	"meta.updated": "Updated",
	"meta.byline": "By",
	"meta.type": "Type",
	"doc.tags": "Filed under",
	"doc.gallery": "Photos",
	"doc.attachments": "Attachments",
	"doc.listen": "Listen",
	"doc.watch": "Watch the video",
	"doc.download": "Download",
	"doc.mediaFallback": "Your browser cannot play this file; download it:",
	"print.source": "Source",
	"practice.problem": "The problem",
	"practice.solution": "The solution",
	"practice.results": "Measured results",
	"practice.indicator": "Indicator",
	"practice.before": "Before",
	"practice.after": "After",
	"practice.unit": "Unit",
	"practice.implementer": "Carried out by",
	"practice.year": "In use since",
	"practice.stage": "Stage",
	"practice.replicatedIn": "Replicated in",
	"practice.contact": "Contact to learn from this practice",
	"practice.files": "Documents",
	"contact.phone": "Phone",
	"contact.email": "Email",
	"event.when": "When",
	"event.where": "Where",
	"event.online": "Join online",
	"event.status": "Status",
	"event.organiser": "Organised by",
	"event.coOrganisers": "Co-organised by",
	"event.registration": "Registration",
	"event.register": "Open the registration page",
	"event.report": "Report",
	"event.materials": "Course materials",
	"material.version": "Version of",
	"material.files": "Files",
	"material.event": "Part of the course",
	"term.content": "Related content",
	"term.empty": "Nothing is filed here yet.",
	"term.count": "{count} items",
	"locality.kind": "Level",
	"locality.parent": "Part of",
	"locality.validFrom": "Valid from",
	"locality.validTo": "Valid until",
	"locality.successors": "Succeeded by",
	"locality.ended": "This administrative unit ceased to exist after {date}. Content written before then keeps the unit it was written about.",
	"agency.kind": "Kind of agency",
	"agency.shortName": "Abbreviation",
	"agency.website": "Website",
	"agency.address": "Address",
	"agency.validFrom": "Active from",
	"agency.validTo": "Active until",
	"agency.successors": "Succeeded by",
	"agency.ended": "This agency ceased to exist after {date}. Content written before then keeps the agency it was written about.",
	"area.crossCutting": "A cross-cutting part of the provincial reform index, outside the six areas of Resolution 76/NQ-CP.",
	"footer.browse": "Browse by",
	"footer.scheme": "Part of the scheme for communicating administrative reform in Sóc Trăng to 2030 (Decision 1738/QĐ-UBND of 30/6/2022).",
	"footer.sitemap": "Sitemap",
	"notFound.title": "Page not found",
	"notFound.body": "The page you are looking for does not exist or has moved.",
	"notFound.home": "Go to the home page",
	"gone.title": "This content has been withdrawn",
	"gone.body": "The content at this address has been taken off the site and is no longer published.",
	"gone.home": "Go to the home page",
	"preview.banner": "Draft, not published",
	"preview.note": "This preview is for editors only; readers do not see this content yet."
};
// src/i18n/km.json
var km_default = {
	"site.name": "កំណែទម្រង់រដ្ឋបាល",
	"site.tagline": "គេហទំព័រផ្សព្វផ្សាយកំណែទម្រង់រដ្ឋបាលខេត្តឃ្លាំង",
	"site.description": "ព័ត៌មាន គំរូល្អ ព្រឹត្តិការណ៍ និងឯកសារបណ្តុះបណ្តាលអំពីកំណែទម្រង់រដ្ឋបាលរបស់ខេត្តឃ្លាំង សម្រាប់មន្ត្រីរាជការ ប្រជាពលរដ្ឋ និងសហគ្រាស។",
	"owner.name": "មន្ទីរកិច្ចការផ្ទៃក្នុងខេត្តឃ្លាំង",
	"owner.address": "ខេត្តឃ្លាំង ប្រទេសវៀតណាម",
	"skip.main": "រំលងទៅខ្លឹមសារចម្បង",
	"nav.label": "ផ្នែក",
	"nav.home": "ទំព័រដើម",
	"nav.about": "អំពីគេហទំព័រ",
	"breadcrumb.label": "ទីតាំងទំព័រ",
	"lang.label": "ភាសា",
	"lang.unavailable": "មិនទាន់មានការបកប្រែ ទៅទំព័រដើម",
	"listing.empty": "មិនទាន់មានខ្លឹមសារជាភាសាខ្មែរនៅផ្នែកនេះទេ។",
	"listing.inDefault": "មើលជាភាសាវៀតណាម",
	"listing.pageTitle": "{title} – ទំព័រ {page}",
	"pagination.label": "ការបែងចែកទំព័រ",
	"pagination.prev": "ទំព័រមុន",
	"pagination.next": "ទំព័របន្ទាប់",
	"pagination.page": "ទំព័រ {page}",
	"pagination.status": "ទំព័រ {page}/{pages}",
	"home.intro": "ព័ត៌មាន គំរូល្អ ព្រឹត្តិការណ៍ និងឯកសារអំពីកំណែទម្រង់រដ្ឋបាល សម្រាប់កម្មាភិបាល មន្ត្រីរាជការ ប្រជាពលរដ្ឋ និងសហគ្រាស។",
	"home.latest": "ព័ត៌មានថ្មីៗ",
	"home.upcoming": "ព្រឹត្តិការណ៍ខាងមុខ",
	"home.noUpcoming": "បច្ចុប្បន្នមិនទាន់មានព្រឹត្តិការណ៍ខាងមុខទេ។",
	"home.seeAll": "មើលទាំងអស់៖ {section}",
	"meta.published": "ចុះផ្សាយថ្ងៃ",
	"history.title": "ការធ្វើបច្ចុប្បន្នភាព",
	"history.firstPublished": "ចុះផ្សាយលើកដំបូង",
	"meta.updated": "ធ្វើបច្ចុប្បន្នភាព",
	"meta.byline": "អ្នកនិពន្ធ",
	"meta.type": "ប្រភេទ",
	"doc.tags": "ចំណាត់ថ្នាក់",
	"doc.gallery": "រូបភាព",
	"doc.attachments": "ឯកសារភ្ជាប់",
	"doc.listen": "ស្តាប់",
	"doc.watch": "មើលវីដេអូ",
	"doc.download": "ទាញយក",
	"doc.mediaFallback": "កម្មវិធីរុករករបស់អ្នកមិនអាចចាក់ឯកសារនេះបានទេ សូមទាញយក៖",
	"print.source": "ប្រភព",
	"practice.problem": "បញ្ហា",
	"practice.solution": "ដំណោះស្រាយ",
	"practice.results": "លទ្ធផលដែលវាស់វែងបាន",
	"practice.indicator": "សូចនាករ",
	"practice.before": "មុន",
	"practice.after": "ក្រោយ",
	"practice.unit": "ឯកតា",
	"practice.implementer": "អង្គភាពអនុវត្ត",
	"practice.year": "ឆ្នាំចាប់ផ្តើមអនុវត្ត",
	"practice.stage": "ដំណាក់កាល",
	"practice.replicatedIn": "ទីកន្លែងដែលបានពង្រីក",
	"practice.contact": "ទំនាក់ទំនងដើម្បីសិក្សាគំរូ",
	"practice.files": "ឯកសារ",
	"contact.phone": "ទូរស័ព្ទ",
	"contact.email": "អ៊ីមែល",
	"event.when": "ពេលវេលា",
	"event.where": "ទីកន្លែង",
	"event.online": "ចូលរួមតាមអនឡាញ",
	"event.status": "ស្ថានភាព",
	"event.organiser": "ស្ថាប័នទទួលបន្ទុក",
	"event.coOrganisers": "ស្ថាប័នសហការ",
	"event.registration": "ការចុះឈ្មោះចូលរួម",
	"event.register": "បើកទំព័រចុះឈ្មោះ",
	"event.report": "អត្ថបទរាយការណ៍",
	"event.materials": "ឯកសារនៃវគ្គ",
	"material.version": "កាលបរិច្ឆេទកំណែ",
	"material.files": "ឯកសារសម្រាប់ទាញយក",
	"material.event": "ជាផ្នែកនៃវគ្គបណ្តុះបណ្តាល",
	"term.content": "ខ្លឹមសារពាក់ព័ន្ធ",
	"term.empty": "មិនទាន់មានខ្លឹមសារភ្ជាប់ជាមួយប្រធានបទនេះទេ។",
	"term.count": "ខ្លឹមសារ {count}",
	"locality.kind": "ថ្នាក់រដ្ឋបាល",
	"locality.parent": "ស្ថិតក្រោម",
	"locality.validFrom": "មានសុពលភាពពី",
	"locality.validTo": "មានសុពលភាពដល់",
	"locality.successors": "អង្គភាពស្នងបន្ត",
	"locality.ended": "អង្គភាពរដ្ឋបាលនេះបានបញ្ចប់ដំណើរការក្រោយថ្ងៃ {date}។ ខ្លឹមសារដែលសរសេរមុននោះ នៅតែរក្សាឈ្មោះអង្គភាពនៅពេលសរសេរ។",
	"agency.kind": "ប្រភេទស្ថាប័ន",
	"agency.shortName": "អក្សរកាត់",
	"agency.website": "គេហទំព័រ",
	"agency.address": "អាសយដ្ឋាន",
	"agency.validFrom": "ដំណើរការពី",
	"agency.validTo": "ដំណើរការដល់",
	"agency.successors": "ស្ថាប័នស្នងបន្ត",
	"agency.ended": "ស្ថាប័ននេះបានបញ្ចប់ដំណើរការក្រោយថ្ងៃ {date}។ ខ្លឹមសារដែលសរសេរមុននោះ នៅតែរក្សាឈ្មោះស្ថាប័ននៅពេលសរសេរ។",
	"area.crossCutting": "ខ្លឹមសាររួមនៃសន្ទស្សន៍កំណែទម្រង់រដ្ឋបាល ក្រៅពីវិស័យទាំងប្រាំមួយនៃសេចក្តីសម្រេច ៧៦/NQ-CP។",
	"footer.browse": "ស្វែងរកតាម",
	"footer.scheme": "អនុវត្តគម្រោងផ្សព្វផ្សាយកំណែទម្រង់រដ្ឋបាលខេត្តឃ្លាំងដល់ឆ្នាំ២០៣០ (សេចក្តីសម្រេចលេខ ១៧៣៨/QĐ-UBND ចុះថ្ងៃទី៣០ ខែមិថុនា ឆ្នាំ២០២២)។",
	"footer.sitemap": "ផែនទីគេហទំព័រ",
	"notFound.title": "រកមិនឃើញទំព័រ",
	"notFound.body": "ទំព័រដែលអ្នកកំពុងស្វែងរកមិនមាន ឬត្រូវបានផ្លាស់ទីទៅកន្លែងផ្សេង។",
	"notFound.home": "ត្រឡប់ទៅទំព័រដើម",
	"gone.title": "ខ្លឹមសារត្រូវបានដកចេញ",
	"gone.body": "ខ្លឹមសារនៅអាសយដ្ឋាននេះត្រូវបានដកចេញពីគេហទំព័រ ហើយលែងផ្សាយទៀតហើយ។",
	"gone.home": "ត្រឡប់ទៅទំព័រដើម",
	"preview.banner": "សេចក្ដីព្រាង មិនទាន់ផ្សាយ",
	"preview.note": "ទំព័រមើលជាមុននេះសម្រាប់តែអ្នកកែសម្រួល អ្នកអានមិនទាន់ឃើញខ្លឹមសារនេះទេ។"
};
// src/i18n/vi.json
var vi_default = {
	"site.name": "Cải cách hành chính",
	"site.tagline": "Chuyên trang tuyên truyền cải cách hành chính tỉnh Sóc Trăng",
	"site.description": "Tin tức, mô hình hay, sự kiện và tài liệu tập huấn về cải cách hành chính (CCHC) của tỉnh Sóc Trăng, cho cán bộ, công chức, người dân và doanh nghiệp.",
	"owner.name": "Sở Nội vụ tỉnh Sóc Trăng",
	"owner.address": "Sóc Trăng, Việt Nam",
	"skip.main": "Chuyển đến nội dung chính",
	"nav.label": "Chuyên mục",
	"nav.home": "Trang chủ",
	"nav.about": "Giới thiệu",
	"breadcrumb.label": "Vị trí trang",
	"lang.label": "Ngôn ngữ",
	"lang.unavailable": "chưa có bản dịch, về trang chủ",
	"listing.empty": "Chưa có nội dung nào ở mục này.",
	"listing.inDefault": "Xem bằng tiếng Việt",
	"listing.pageTitle": "{title} – trang {page}",
	"pagination.label": "Phân trang",
	"pagination.prev": "Trang trước",
	"pagination.next": "Trang sau",
	"pagination.page": "Trang {page}",
	"pagination.status": "Trang {page}/{pages}",
	"home.intro": "Thông tin, mô hình hay, sự kiện và tài liệu về cải cách hành chính cho cán bộ, công chức, viên chức, người dân và doanh nghiệp.",
	"home.latest": "Tin mới",
	"home.upcoming": "Sự kiện sắp diễn ra",
	"home.noUpcoming": "Hiện chưa có sự kiện sắp diễn ra.",
	"home.seeAll": "Xem tất cả: {section}",
	"meta.published": "Đăng ngày",
	"history.title": "Các lần cập nhật",
	"history.firstPublished": "Đăng lần đầu",
	"meta.updated": "Cập nhật",
	"meta.byline": "Tác giả",
	"meta.type": "Thể loại",
	"doc.tags": "Phân loại",
	"doc.gallery": "Ảnh",
	"doc.attachments": "Tệp đính kèm",
	"doc.listen": "Nghe",
	"doc.watch": "Xem video",
	"doc.download": "Tải về",
	"doc.mediaFallback": "Trình duyệt không phát được tệp này; hãy tải về:",
	"print.source": "Nguồn",
	"practice.problem": "Vấn đề",
	"practice.solution": "Giải pháp",
	"practice.results": "Kết quả đo được",
	"practice.indicator": "Chỉ số",
	"practice.before": "Trước",
	"practice.after": "Sau",
	"practice.unit": "Đơn vị tính",
	"practice.implementer": "Đơn vị thực hiện",
	"practice.year": "Năm áp dụng",
	"practice.stage": "Giai đoạn",
	"practice.replicatedIn": "Nơi đã nhân rộng",
	"practice.contact": "Liên hệ học hỏi mô hình",
	"practice.files": "Tài liệu",
	"contact.phone": "Điện thoại",
	"contact.email": "Thư điện tử",
	"event.when": "Thời gian",
	"event.where": "Địa điểm",
	"event.online": "Tham gia trực tuyến",
	"event.status": "Tình trạng",
	"event.organiser": "Cơ quan chủ trì",
	"event.coOrganisers": "Cơ quan phối hợp",
	"event.registration": "Đăng ký tham dự",
	"event.register": "Mở trang đăng ký",
	"event.report": "Bài tường thuật",
	"event.materials": "Tài liệu của lớp",
	"material.version": "Ngày phiên bản",
	"material.files": "Tệp tài liệu",
	"material.event": "Thuộc lớp tập huấn",
	"term.content": "Nội dung liên quan",
	"term.empty": "Chưa có nội dung nào gắn với mục này.",
	"term.count": "{count} nội dung",
	"locality.kind": "Cấp hành chính",
	"locality.parent": "Trực thuộc",
	"locality.validFrom": "Hiệu lực từ",
	"locality.validTo": "Hiệu lực đến",
	"locality.successors": "Đơn vị kế thừa",
	"locality.ended": "Đơn vị hành chính này chấm dứt hoạt động từ sau ngày {date}. Nội dung viết trước đó vẫn giữ tên đơn vị lúc viết.",
	"agency.kind": "Loại cơ quan",
	"agency.shortName": "Tên viết tắt",
	"agency.website": "Trang thông tin điện tử",
	"agency.address": "Địa chỉ",
	"agency.validFrom": "Hoạt động từ",
	"agency.validTo": "Hoạt động đến",
	"agency.successors": "Cơ quan kế thừa",
	"agency.ended": "Cơ quan này chấm dứt hoạt động từ sau ngày {date}. Nội dung viết trước đó vẫn giữ tên cơ quan lúc viết.",
	"area.crossCutting": "Nội dung chung của Chỉ số cải cách hành chính, ngoài sáu lĩnh vực của Nghị quyết 76/NQ-CP.",
	"footer.browse": "Tra cứu theo",
	"footer.scheme": "Thực hiện Đề án tuyên truyền cải cách hành chính tỉnh Sóc Trăng đến năm 2030 (Quyết định số 1738/QĐ-UBND ngày 30/6/2022).",
	"footer.sitemap": "Sơ đồ trang",
	"notFound.title": "Không tìm thấy trang",
	"notFound.body": "Trang bạn tìm không có hoặc đã được chuyển đi.",
	"notFound.home": "Về trang chủ",
	"gone.title": "Nội dung đã được gỡ",
	"gone.body": "Nội dung ở địa chỉ này đã được gỡ khỏi trang và không còn được đăng.",
	"gone.home": "Về trang chủ",
	"preview.banner": "Bản nháp, chưa đăng",
	"preview.note": "Trang xem trước chỉ dành cho người biên tập; bạn đọc chưa thấy nội dung này."
};
// src/i18n/index.ts
/** UI strings per language (see schema.ts) and the `t()` that pages use. */
function parse(locale, data) {
	const result = uiSchema.safeParse(data);
	if (result.success) return result.data;
	const problems = result.error.issues.map((i) => `  - "${i.path.join(".") || i.message}": ${i.message}`).join("\n");
	throw new Error(`src/i18n/${locale}.json does not match src/i18n/schema.ts:\n${problems}`);
}
var raw = {
	vi: vi_default,
	km: km_default,
	en: en_default
};
var strings = Object.fromEntries(LOCALES.map((l) => [l, parse(l, raw[l])]));
function useTranslations(locale) {
	return (key, vars) => strings[locale][key].replace(/\{(\w+)\}/g, (whole, name) => vars && name in vars ? String(vars[name]) : whole);
}
// src/lib/labels.ts
/** Names shown to readers, taken from the content model (types, choice values) per language. */
function typeLabel(type, locale, plural = false) {
	const def = typeByName(type);
	return pick(plural ? def.pluralName : def.displayName, locale);
}
/** The reader's name of a choice value, e.g. article.kind "news" → "Tin tức". */
function choiceLabel(type, field, value, locale) {
	if (!value) return "";
	const labels = typeByName(type).fields[field]?.valueLabels?.[value];
	return labels ? pick(labels, locale) : value;
}
/** The choice that says what kind of thing a content document is, shown on cards. */
var KIND_FIELD = {
	article: "kind",
	event: "eventKind",
	"good-practice": "stage",
	"training-material": "materialKind"
};
// src/lib/paths.ts
/**
* The site's own paths on top of the public URL scheme of content-types (listingPath,
* documentPath, homePath): route parameters, the about page and paginated term pages.
*/
/** The `[...lang]` route parameter: none for Vietnamese (the root), `km` or `en`. */
function langParam(locale) {
	return locale === DEFAULT_LOCALE ? void 0 : locale;
}
function localeFromParam(param) {
	if (param === void 0) return DEFAULT_LOCALE;
	if (isLocale(param) && param !== DEFAULT_LOCALE) return param;
	throw new Error(`Unknown language segment "${param}"`);
}
/** The page in every language (pages that exist in all of them: home, about, listings). */
function inEveryLocale(pathOf) {
	return Object.fromEntries(LOCALES.map((l) => [l, pathOf(l)]));
}
function aboutPath(locale) {
	return `${localePrefix(locale)}/gioi-thieu/`;
}
/** A term's page listing what is tagged with it: `/linh-vuc/<slug>/`, `/linh-vuc/<slug>/trang/2/`. */
function termPath(type, locale, slug, page = 1) {
	const base = documentPath(type, locale, slug);
	return page > 1 ? `${base}trang/${page}/` : base;
}
/** The type whose URL segment this is (`tin-bai` → article). */
function typeByRoute(route) {
	const found = ALL_TYPES.find((t) => t.route === route);
	if (!found) throw new Error(`No content type has the route segment "${route}"`);
	return found;
}
/** The page that a withdrawn document's address answers with 410, per language. */
function goneBasePath(locale) {
	return `${localePrefix(locale)}/410/`;
}
// src/components/Footer.astro
createAstro("http://127.0.0.1:4321/");
var $$Footer = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Footer;
	const { locale } = Astro.props;
	const t = useTranslations(locale);
	return renderTemplate`${maybeRenderHead($$result)}<footer class="site-footer"> <div class="wrap footer-grid"> <div> <p><strong>${t("owner.name")}</strong><br>${t("owner.address")}</p> <p>${t("footer.scheme")} <a${addAttribute(aboutPath(locale), "href")}>${t("nav.about")}</a></p> </div> <nav aria-labelledby="footer-browse"> <h2 id="footer-browse">${t("footer.browse")}</h2> <ul> ${TAXONOMIES.map((def) => renderTemplate`<li><a${addAttribute(listingPath(def.name, locale), "href")}>${typeLabel(def.name, locale, true)}</a></li>`)} <li><a href="/sitemap-index.xml">${t("footer.sitemap")}</a></li> </ul> </nav> </div> </footer>`;
}, "/work/main/site/src/components/Footer.astro", void 0);
// src/components/LanguageSwitcher.astro
createAstro("http://127.0.0.1:4321/");
var $$LanguageSwitcher = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$LanguageSwitcher;
	const { locale, alternates } = Astro.props;
	const t = useTranslations(locale);
	return renderTemplate`${maybeRenderHead($$result)}<nav class="lang-switcher" data-language-switcher${addAttribute(t("lang.label"), "aria-label")}> <ul> ${LOCALES.map((l) => {
		const href = alternates[l];
		if (l === locale) return renderTemplate`<li><span aria-current="true"${addAttribute(l, "lang")}>${LOCALE_NAMES[l]}</span></li>`;
		if (href) return renderTemplate`<li><a${addAttribute(href, "href")}${addAttribute(l, "hreflang")}${addAttribute(l, "lang")}>${LOCALE_NAMES[l]}</a></li>`;
		return renderTemplate`<li class="unavailable"> <a${addAttribute(homePath(l), "href")}${addAttribute(l, "hreflang")}><span${addAttribute(l, "lang")}>${LOCALE_NAMES[l]}</span> <small>(${t("lang.unavailable")})</small></a> </li>`;
	})} </ul> </nav>`;
}, "/work/main/site/src/components/LanguageSwitcher.astro", void 0);
// src/components/Header.astro
createAstro("http://127.0.0.1:4321/");
var $$Header = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Header;
	const { locale, path, alternates } = Astro.props;
	const t = useTranslations(locale);
	const sections = [...[...CONTENT_TYPES, reformArea].map((def) => ({
		href: listingPath(def.name, locale),
		label: typeLabel(def.name, locale, true)
	})), {
		href: aboutPath(locale),
		label: t("nav.about")
	}];
	return renderTemplate`${maybeRenderHead($$result)}<header class="site-header"> <div class="wrap header-top"> <a class="brand"${addAttribute(homePath(locale), "href")}> <span class="brand-name">${t("site.name")}</span> <span class="brand-tagline">${t("site.tagline")}</span> </a> ${renderComponent($$result, "LanguageSwitcher", $$LanguageSwitcher, {
		"locale": locale,
		"alternates": alternates
	})} </div> <nav class="site-nav"${addAttribute(t("nav.label"), "aria-label")}> <div class="wrap"><ul> ${sections.map(({ href, label }) => renderTemplate`<li><a${addAttribute(href, "href")}${addAttribute(path === href ? "page" : path.startsWith(href) ? "true" : void 0, "aria-current")}>${label}</a></li>`)} </ul></div> </nav> </header>`;
}, "/work/main/site/src/components/Header.astro", void 0);
// src/components/JsonLd.astro
createAstro("http://127.0.0.1:4321/");
var $$JsonLd = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$JsonLd;
	const json = JSON.stringify(Astro.props.data).replace(/</g, "\\u003c").replace(/>/g, "\\u003e").replace(/&/g, "\\u0026").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
	return renderTemplate`<script type="application/ld+json">${unescapeHTML(json)}<\/script>`;
}, "/work/main/site/src/components/JsonLd.astro", void 0);
// src/assets/og-default.png
var og_default_default = new Proxy({
	"src": "/_astro/og-default.Cu8EY7rK.png",
	"width": 1200,
	"height": 630,
	"format": "png"
}, { get(target, name, receiver) {
	if (name === "clone") return structuredClone(target);
	if (name === "fsPath") return "/work/main/site/src/assets/og-default.png";
	return target[name];
} });
// src/lib/env.ts
function trimSlash(url) {
	return url.replace(/\/+$/, "");
}
function readUrl(name, fallback) {
	const value = process.env[name]?.trim() || fallback;
	try {
		return trimSlash(new URL(value).toString());
	} catch {
		throw new Error(`${name} must be an absolute URL such as ${fallback}, got "${value}"`);
	}
}
function strapiUrl() {
	return readUrl("STRAPI_URL", "http://127.0.0.1:1337");
}
function strapiToken() {
	return process.env.STRAPI_TOKEN?.trim() || void 0;
}
// src/lib/media.ts
/** Addresses and labels of files uploaded to the CMS. */
/** Where the build fetches an image from (the CMS as STRAPI_URL reaches it). */
function imageSource(url) {
	return /^https?:\/\//i.test(url) ? url : new URL(url, `${strapiUrl()}/`).toString();
}
/** "PDF, 1,2 MB": the kind and size of a file, for download links. Strapi gives sizes in kB. */
function fileLabel(media, locale) {
	const kind = (media.ext?.replace(".", "") || media.mime.split("/")[1] || "").toUpperCase();
	const number = new Intl.NumberFormat(LOCALE_TAGS[locale], { maximumFractionDigits: 1 });
	const size = media.size >= 1024 ? `${number.format(media.size / 1024)} MB` : `${number.format(Math.max(1, Math.round(media.size)))} kB`;
	return kind ? `${kind}, ${size}` : size;
}
/** Blocks carry an image's URL without its type; the extension tells PNG (maybe transparent) apart. */
function imageMime(url) {
	return /\.png(\?|$)/i.test(url) ? "image/png" : "image/jpeg";
}
// src/lib/images.ts
/** Images made at build time by astro:assets (Astro's sharp service, encoder effort set in astro.config.ts). */
/** Widths of responsive images: phones, tablets and 2× screens, and big screens. */
var WIDTHS = [
	400,
	800,
	1200
];
function widthsFor(originalWidth, widths = WIDTHS) {
	const usable = widths.filter((w) => w <= originalWidth);
	return usable.length ? usable : [originalWidth];
}
/** PNGs may be transparent (logos, infographics): keep PNG as the fallback; photos get JPEG. */
function fallbackFormat(media) {
	return media.mime === "image/png" ? "png" : "jpg";
}
/**
* The picture that Zalo and Facebook show with a link: 1200×630 JPEG (both read JPEG
* everywhere; WebP and AVIF not always). The cover if there is one, else the section's own.
*/
async function shareImage(cover, fallbackAlt) {
	const size = {
		width: 1200,
		height: 630,
		fit: "cover",
		format: "jpg",
		quality: 80
	};
	const result = cover ? await getImage({
		src: imageSource(cover.image.url),
		...size
	}) : await getImage({
		src: og_default_default,
		...size
	});
	return {
		src: result.src,
		width: Number(result.attributes.width ?? size.width),
		height: Number(result.attributes.height ?? size.height),
		alt: cover?.alt ?? fallbackAlt,
		type: "image/jpeg"
	};
}
// src/lib/seo.ts
/** Open Graph wants language_TERRITORY. */
var OG_LOCALE = {
	vi: "vi_VN",
	km: "km_KH",
	en: "en_US"
};
/** A description of at most `max` characters, cut at a word. */
function excerpt(text, max = 200) {
	const clean = (text ?? "").replace(/\s+/g, " ").trim();
	if (clean.length <= max) return clean;
	const cut = clean.slice(0, max - 1);
	const space = cut.lastIndexOf(" ");
	return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}
function organizationLd(org) {
	return compact({
		"@type": "GovernmentOrganization",
		name: org.name,
		alternateName: org.alternateName,
		url: org.url,
		sameAs: org.sameAs,
		logo: org.logo,
		foundingDate: org.foundingDate,
		dissolutionDate: org.dissolutionDate,
		address: org.address ? {
			"@type": "PostalAddress",
			streetAddress: org.address,
			addressCountry: "VN"
		} : void 0
	});
}
function withContext(json) {
	return {
		"@context": "https://schema.org",
		...json
	};
}
function newsArticleLd(a, type = "NewsArticle") {
	return withContext(compact({
		"@type": type,
		mainEntityOfPage: a.url,
		url: a.url,
		headline: excerpt(a.headline, 110),
		description: a.description,
		datePublished: a.datePublished,
		dateModified: a.dateModified,
		inLanguage: a.locale,
		image: a.image ? [a.image] : void 0,
		articleSection: a.section,
		author: a.byline ? {
			"@type": "Person",
			name: a.byline
		} : a.author ? organizationLd(a.author) : void 0,
		publisher: organizationLd(a.publisher)
	}));
}
/** schema.org has no "held": an event that took place as planned stays EventScheduled. */
var EVENT_STATUS = {
	scheduled: "https://schema.org/EventScheduled",
	held: "https://schema.org/EventScheduled",
	postponed: "https://schema.org/EventPostponed",
	cancelled: "https://schema.org/EventCancelled"
};
function eventLd(e) {
	const place = e.venue ? {
		"@type": "Place",
		name: e.venue,
		address: e.venue
	} : void 0;
	const online = e.onlineUrl ? {
		"@type": "VirtualLocation",
		url: e.onlineUrl
	} : void 0;
	const mode = place && online ? "Mixed" : online ? "Online" : "Offline";
	return withContext(compact({
		"@type": "Event",
		url: e.url,
		name: e.name,
		description: e.description,
		startDate: e.startDate,
		endDate: e.endDate,
		eventStatus: EVENT_STATUS[e.status] ?? EVENT_STATUS.scheduled,
		eventAttendanceMode: `https://schema.org/${mode}EventAttendanceMode`,
		location: place && online ? [place, online] : place ?? online,
		inLanguage: e.locale,
		image: e.image ? [e.image] : void 0,
		organizer: e.organizers.length ? e.organizers.map(organizationLd) : void 0
	}));
}
function learningResourceLd(r) {
	return withContext(compact({
		"@type": "LearningResource",
		url: r.url,
		name: r.name,
		description: r.description,
		dateModified: r.dateModified,
		inLanguage: r.locale,
		learningResourceType: r.kind,
		image: r.image,
		publisher: organizationLd(r.publisher)
	}));
}
/** Drops empty values so the JSON-LD carries only what is known. */
function compact(json) {
	return Object.fromEntries(Object.entries(json).filter(([, v]) => v !== void 0 && v !== null && v !== ""));
}
// src/layouts/Base.astro
createAstro("http://127.0.0.1:4321/");
var $$Base = createComponent(async ($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Base;
	const { locale, title, path, alternates, ogType = "website", published, modified, jsonLd = [] } = Astro.props;
	const preview = Astro.locals.preview !== void 0;
	const noindex = Astro.props.noindex === true || preview;
	const t = useTranslations(locale);
	const site = Astro.site.toString();
	const absolute = (p) => canonicalUrl(site, p);
	const fullTitle = title ? `${title} | ${t("site.name")}` : `${t("site.name")} – ${t("site.tagline")}`;
	const description = excerpt(Astro.props.description || t("site.description"), 200);
	const image = Astro.props.image ?? await shareImage(null, t("site.tagline"));
	const translations = Object.entries(alternates);
	const otherLocales = translations.filter(([l]) => l !== locale).map(([l]) => l);
	return renderTemplate`<html${addAttribute(locale, "lang")}> <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${fullTitle}</title><meta name="description"${addAttribute(description, "content")}>${noindex ? renderTemplate`<meta name="robots" content="noindex">` : renderTemplate`<link rel="canonical"${addAttribute(absolute(path), "href")}>`}${translations.map(([l, p]) => renderTemplate`<link rel="alternate"${addAttribute(l, "hreflang")}${addAttribute(absolute(p), "href")}>`)}${translations.length > 1 && alternates.vi && renderTemplate`<link rel="alternate" hreflang="x-default"${addAttribute(absolute(alternates.vi), "href")}>`}<link rel="icon" href="/favicon.svg" type="image/svg+xml"><link rel="sitemap" href="/sitemap-index.xml"><meta name="theme-color" content="#0b3d6e"><meta property="og:site_name"${addAttribute(t("site.name"), "content")}><meta property="og:type"${addAttribute(ogType, "content")}><meta property="og:title"${addAttribute(title ?? t("site.name"), "content")}><meta property="og:description"${addAttribute(description, "content")}><meta property="og:url"${addAttribute(absolute(path), "content")}><meta property="og:locale"${addAttribute(OG_LOCALE[locale], "content")}>${otherLocales.map((l) => renderTemplate`<meta property="og:locale:alternate"${addAttribute(OG_LOCALE[l], "content")}>`)}<meta property="og:image"${addAttribute(absolute(image.src), "content")}><meta property="og:image:type"${addAttribute(image.type, "content")}><meta property="og:image:width"${addAttribute(String(image.width), "content")}><meta property="og:image:height"${addAttribute(String(image.height), "content")}><meta property="og:image:alt"${addAttribute(image.alt, "content")}>${ogType === "article" && published && renderTemplate`<meta property="article:published_time"${addAttribute(published, "content")}>`}${ogType === "article" && modified && renderTemplate`<meta property="article:modified_time"${addAttribute(modified, "content")}>`}<meta name="twitter:card" content="summary_large_image">${jsonLd.map((data) => renderTemplate`${renderComponent($$result, "JsonLd", $$JsonLd, { "data": data })}`)}${renderHead($$result)}</head> <body> <a class="skip-link" href="#main">${t("skip.main")}</a> ${preview && renderTemplate`<div class="preview-banner" role="note"> <strong>${t("preview.banner")}</strong> <span>${t("preview.note")}</span> </div>`} ${renderComponent($$result, "Header", $$Header, {
		"locale": locale,
		"path": path,
		"alternates": Astro.props.switcher ?? alternates
	})} <main id="main" tabindex="-1"> ${renderSlot($$result, $$slots["default"])} </main> ${renderComponent($$result, "Footer", $$Footer, { "locale": locale })} </body> </html>`;
}, "/work/main/site/src/layouts/Base.astro", void 0);
export { choiceLabel as C, mod as E, KIND_FIELD as S, useTranslations as T, inEveryLocale as _, organizationLd as a, termPath as b, shareImage as c, imageMime as d, imageSource as f, goneBasePath as g, aboutPath as h, newsArticleLd as i, widthsFor as l, strapiUrl as m, eventLd as n, withContext as o, strapiToken as p, learningResourceLd as r, fallbackFormat as s, $$Base as t, fileLabel as u, langParam as v, typeLabel as w, typeByRoute as x, localeFromParam as y };
