import { t as __exportAll } from "./rolldown-runtime_782esTHO.mjs";
import { A as renderTemplate, N as addAttribute, j as maybeRenderHead, w as renderComponent } from "./sequence_BHAlCKQq.mjs";
import { m as createComponent, p as createAstro } from "./_astro_assets_BFYZnzEP.mjs";
import { E as mod, T as useTranslations, _ as inEveryLocale, a as organizationLd, h as aboutPath, o as withContext, t as $$Base, v as langParam, w as typeLabel, y as localeFromParam } from "./Base_BJdcTsvr.mjs";
import { t as agenciesByCode } from "./content_GcQaujJd.mjs";
import { t as ownerOrganization } from "./owner_DwxQ9K94.mjs";
import { t as $$RefList } from "./RefList_FTHsfDaQ.mjs";
import { LOCALES, TAXONOMIES, listingPath } from "@cchc/content-types";
// src/data/about/schema.ts
/**
* The about page, written from the scheme (Decision 1738/QĐ-UBND of 30/6/2022, see
* /work/shared/seed): its goal, its 2030 targets, the seven tasks of its appendix and what each
* agency must do. One JSON file per language, all with this shape; a gap fails the build.
*/
var text = mod.string().min(1);
var section$3 = mod.object({
	heading: text,
	paragraphs: mod.array(text)
}).strict();
var aboutSchema = mod.object({
	title: text,
	lead: text,
	goals: section$3,
	targets: mod.object({
		heading: text,
		items: mod.array(mod.object({
			value: text,
			text
		}).strict()).min(1)
	}).strict(),
	tasks: mod.object({
		heading: text,
		intro: text,
		columns: mod.object({
			number: text,
			task: text,
			lead: text,
			partners: text,
			output: text,
			timing: text
		}).strict(),
		rows: mod.array(mod.object({
			task: text,
			lead: text,
			partners: text,
			output: text,
			timing: text
		}).strict()).length(7)
	}).strict(),
	roles: mod.object({
		heading: text,
		intro: text,
		items: mod.array(mod.object({
			agency: text,
			/** Codes of the agency in the CMS, to link its page when it has one. */
			codes: mod.array(mod.string()).default([]),
			duties: mod.array(text).min(1)
		}).strict()).min(1)
	}).strict(),
	section: section$3
}).strict();
// src/data/about/index.ts
var raw = {
	vi: {
		title: "Giới thiệu",
		lead: "Chuyên trang thực hiện Đề án tuyên truyền cải cách hành chính tỉnh Sóc Trăng từ nay đến năm 2030, phê duyệt tại Quyết định số 1738/QĐ-UBND ngày 30/6/2022 của Ủy ban nhân dân tỉnh Sóc Trăng.",
		goals: {
			"heading": "Mục tiêu của Đề án",
			"paragraphs": ["Tuyên truyền, phổ biến nhằm đáp ứng có hiệu quả nhu cầu hiểu biết của cán bộ, công chức, viên chức và mọi tầng lớp nhân dân về những kiến thức cơ bản của cải cách hành chính.", "Nâng cao nhận thức, trách nhiệm tổ chức thực hiện nhiệm vụ cải cách hành chính của cấp ủy các cấp, người đứng đầu đơn vị và đội ngũ cán bộ, công chức, viên chức; tạo sự đồng thuận, tham gia góp ý và hưởng ứng của người dân, tổ chức, xã hội trong việc thực hiện các mục tiêu, nhiệm vụ cải cách hành chính nhà nước giai đoạn 2021 - 2030."]
		},
		targets: {
			"heading": "Chỉ tiêu đến năm 2030",
			"items": [{
				"value": "100%",
				"text": "cán bộ, công chức, viên chức được khảo sát nắm vững mục tiêu, nhiệm vụ cải cách hành chính nhà nước của Trung ương, của tỉnh, của cơ quan, đơn vị và của cá nhân."
			}, {
				"value": "95%",
				"text": "người dân, tổ chức được khảo sát hiểu rõ mục đích, ý nghĩa và lợi ích của cải cách hành chính, tiếp tục ủng hộ cải cách hành chính nhà nước tại tỉnh."
			}]
		},
		tasks: {
			"heading": "Các nhiệm vụ của Đề án",
			"intro": "Phụ lục của Đề án giao bảy nhiệm vụ cụ thể:",
			"columns": {
				"number": "TT",
				"task": "Nội dung công việc",
				"lead": "Cơ quan chủ trì",
				"partners": "Cơ quan phối hợp",
				"output": "Hoạt động, sản phẩm",
				"timing": "Thời gian thực hiện"
			},
			"rows": [
				{
					"task": "Tổ chức tập huấn, bồi dưỡng kiến thức, kỹ năng cho cán bộ, công chức, viên chức là tuyên truyền viên về cải cách hành chính",
					"lead": "Sở Nội vụ",
					"partners": "Cơ sở đào tạo",
					"output": "Các lớp bồi dưỡng",
					"timing": "Hằng năm"
				},
				{
					"task": "Xây dựng Chương trình “Lan tỏa dịch vụ công trực tuyến”",
					"lead": "Sở Thông tin và Truyền thông",
					"partners": "Sở Nội vụ và đơn vị liên quan",
					"output": "Kế hoạch; báo cáo kết quả",
					"timing": "Hằng năm"
				},
				{
					"task": "Tổ chức các hoạt động thiết thực để thông tin, chia sẻ kiến thức, kinh nghiệm về cải cách hành chính",
					"lead": "Sở Nội vụ",
					"partners": "Các đơn vị",
					"output": "Kế hoạch; báo cáo kết quả",
					"timing": "Hằng năm"
				},
				{
					"task": "Duy trì và phát triển chuyên trang, chuyên mục cải cách hành chính; tuyên truyền kết quả cải cách hành chính qua hệ thống thông tin báo chí và các kênh tuyên truyền khác",
					"lead": "Sở Nội vụ",
					"partners": "Các đơn vị",
					"output": "Báo cáo kết quả",
					"timing": "Hằng năm"
				},
				{
					"task": "Khảo sát ý kiến của cá nhân, tổ chức, doanh nghiệp về hiệu quả công tác tuyên truyền cải cách hành chính (lồng ghép với khảo sát xác định Chỉ số cải cách hành chính)",
					"lead": "Sở Nội vụ",
					"partners": "Các đơn vị",
					"output": "Báo cáo kết quả",
					"timing": "Hằng năm"
				},
				{
					"task": "Sơ kết thực hiện Đề án",
					"lead": "Sở Nội vụ",
					"partners": "Các đơn vị",
					"output": "Báo cáo sơ kết",
					"timing": "Năm 2025"
				},
				{
					"task": "Tổng kết thực hiện Đề án",
					"lead": "Sở Nội vụ",
					"partners": "Các đơn vị",
					"output": "Báo cáo tổng kết",
					"timing": "Năm 2030"
				}
			]
		},
		roles: {
			"heading": "Trách nhiệm của các cơ quan",
			"intro": "Phần III của Đề án giao việc cho từng cơ quan:",
			"items": [
				{
					"agency": "Sở Nội vụ",
					"codes": ["so-noi-vu"],
					"duties": [
						"Tham mưu Ủy ban nhân dân tỉnh cụ thể hóa Đề án vào kế hoạch tuyên truyền cải cách hành chính hằng năm; theo dõi, đôn đốc, kiểm tra; sơ kết, tổng kết việc thực hiện.",
						"Tập huấn, bồi dưỡng kiến thức, thông tin, kỹ năng cải cách hành chính cho lãnh đạo, cán bộ, công chức, viên chức tham mưu cải cách hành chính và các cơ quan thông tin đại chúng.",
						"Chủ trì hệ thống hóa, xây dựng nội dung, sản phẩm tuyên truyền và cơ sở dữ liệu thống nhất phục vụ tuyên truyền cải cách hành chính toàn tỉnh.",
						"Làm đầu mối phối hợp hoạt động tuyên truyền; tổ chức tiếp nhận thông tin phản hồi, xử lý và công bố kết quả; quản lý Chuyên trang, Chuyên mục và Zalo tuyên truyền cải cách hành chính."
					]
				},
				{
					"agency": "Sở Thông tin và Truyền thông",
					"codes": ["so-tttt"],
					"duties": ["Phối hợp với Sở Nội vụ, báo, đài và chỉ đạo đài truyền thanh cấp huyện đẩy mạnh thông tin, tuyên truyền cải cách hành chính; thẩm định, cấp phép xuất bản các ấn phẩm.", "Tuyên truyền về chuyển đổi số, ứng dụng công nghệ thông tin trong quản lý nhà nước và cung cấp dịch vụ công trực tuyến."]
				},
				{
					"agency": "Sở Văn hóa, Thể thao và Du lịch",
					"codes": ["so-vhttdl"],
					"duties": ["Phối hợp xây dựng, kiểm tra sản phẩm, tài liệu và kịch bản tuyên truyền bằng hình thức sân khấu hóa."]
				},
				{
					"agency": "Văn phòng Ủy ban nhân dân tỉnh, Sở Tư pháp, Sở Khoa học và Công nghệ, Sở Kế hoạch và Đầu tư",
					"codes": [
						"van-phong-ubnd-tinh",
						"so-tu-phap",
						"so-khcn",
						"so-khdt"
					],
					"duties": ["Đề xuất nội dung, hoạt động tuyên truyền về lĩnh vực phụ trách, gửi Sở Nội vụ tổng hợp vào kế hoạch hằng năm của tỉnh.", "Tổ chức hội nghị đối thoại, hội thảo, tập huấn giải đáp vướng mắc về thủ tục hành chính, quy hoạch, cơ chế, chính sách cho doanh nghiệp, nhà đầu tư, nhà tài trợ."]
				},
				{
					"agency": "Sở Tài chính",
					"codes": ["so-tai-chinh"],
					"duties": ["Xây dựng nội dung, hoạt động tuyên truyền về cải cách tài chính công.", "Tham mưu bố trí kinh phí thực hiện Đề án; hướng dẫn thanh toán, quyết toán kinh phí."]
				},
				{
					"agency": "Ủy ban Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội tỉnh",
					"codes": ["mttq-tinh"],
					"duties": ["Phối hợp xây dựng, triển khai chương trình liên tịch; tuyên truyền, vận động các tầng lớp Nhân dân hưởng ứng cải cách hành chính; giám sát việc thực hiện Đề án."]
				},
				{
					"agency": "Báo Sóc Trăng, Đài Phát thanh - Truyền hình Sóc Trăng",
					"codes": ["bao-soc-trang", "dai-ptth-soc-trang"],
					"duties": ["Phối hợp với Sở Nội vụ xây dựng nội dung, sản phẩm, thông điệp tuyên truyền; duy trì và nâng cao chất lượng chuyên mục, tin, bài về cải cách hành chính; chọn thời điểm đưa tin, phát sóng phù hợp."]
				},
				{
					"agency": "Trường Chính trị, các trường cao đẳng trực thuộc Ủy ban nhân dân tỉnh",
					"codes": ["truong-chinh-tri"],
					"duties": ["Xây dựng nội dung giảng dạy về cải cách hành chính nhà nước, đưa vào chương trình của nhà trường cho sinh viên, học viên."]
				},
				{
					"agency": "Các sở, ngành, đơn vị sự nghiệp công lập tỉnh và Ủy ban nhân dân các huyện, thị xã, thành phố",
					"codes": [],
					"duties": ["Quán triệt Đề án đến toàn thể cán bộ, công chức, viên chức; cụ thể hóa nhiệm vụ vào kế hoạch tuyên truyền cải cách hành chính hằng năm của đơn vị.", "Báo cáo định kỳ hằng quý, 6 tháng và năm về kết quả thực hiện, gửi Sở Nội vụ."]
				}
			]
		},
		section: {
			"heading": "Về chuyên trang",
			"paragraphs": ["Chuyên trang là nhiệm vụ số 4 của Đề án. Nội dung được hệ thống hóa theo lĩnh vực, chuyên đề, đối tượng và địa bàn, làm cơ sở dữ liệu chung về cải cách hành chính cho nghiên cứu, học tập, tuyên truyền và chia sẻ kinh nghiệm.", "Chuyên trang có bản tiếng Việt, tiếng Khmer và tiếng Anh. Nội dung chưa được dịch chỉ có ở ngôn ngữ gốc, và trang sẽ nói rõ điều đó."]
		}
	},
	km: {
		title: "អំពីគេហទំព័រ",
		lead: "គេហទំព័រនេះអនុវត្តគម្រោងផ្សព្វផ្សាយកំណែទម្រង់រដ្ឋបាលខេត្តឃ្លាំងចាប់ពីពេលនេះដល់ឆ្នាំ២០៣០ ដែលត្រូវបានអនុម័តដោយសេចក្តីសម្រេចលេខ ១៧៣៨/QĐ-UBND ចុះថ្ងៃទី៣០ ខែមិថុនា ឆ្នាំ២០២២ របស់គណៈកម្មាធិការប្រជាជនខេត្តឃ្លាំង។",
		goals: {
			"heading": "គោលដៅនៃគម្រោង",
			"paragraphs": ["ផ្សព្វផ្សាយ និងពន្យល់ ដើម្បីឆ្លើយតបប្រកបដោយប្រសិទ្ធភាពនូវតម្រូវការស្វែងយល់របស់កម្មាភិបាល មន្ត្រីរាជការ បុគ្គលិកសាធារណៈ និងប្រជាពលរដ្ឋគ្រប់មជ្ឈដ្ឋាន អំពីចំណេះដឹងមូលដ្ឋាននៃកំណែទម្រង់រដ្ឋបាល។", "លើកកម្ពស់ការយល់ដឹង និងការទទួលខុសត្រូវរបស់គណៈកម្មាធិការបក្សគ្រប់ថ្នាក់ ប្រធានអង្គភាព និងកម្មាភិបាល មន្ត្រីរាជការ ក្នុងការអនុវត្តភារកិច្ចកំណែទម្រង់រដ្ឋបាល និងបង្កើតការឯកភាព ការចូលរួមផ្តល់យោបល់ និងការគាំទ្ររបស់ប្រជាពលរដ្ឋ អង្គការ និងសង្គម ចំពោះគោលដៅ និងភារកិច្ចកំណែទម្រង់រដ្ឋបាលដំណាក់កាល ២០២១–២០៣០។"]
		},
		targets: {
			"heading": "ចំណុចដៅដល់ឆ្នាំ២០៣០",
			"items": [{
				"value": "100%",
				"text": "នៃកម្មាភិបាល មន្ត្រីរាជការ និងបុគ្គលិកសាធារណៈដែលត្រូវបានស្ទង់មតិ យល់ច្បាស់អំពីគោលដៅ និងភារកិច្ចកំណែទម្រង់រដ្ឋបាលរបស់ថ្នាក់កណ្តាល ខេត្ត អង្គភាព និងខ្លួនឯង។"
			}, {
				"value": "95%",
				"text": "នៃប្រជាពលរដ្ឋ និងអង្គការដែលត្រូវបានស្ទង់មតិ យល់ច្បាស់អំពីគោលបំណង អត្ថន័យ និងអត្ថប្រយោជន៍នៃកំណែទម្រង់រដ្ឋបាល ហើយបន្តគាំទ្រកំណែទម្រង់រដ្ឋបាលនៅក្នុងខេត្ត។"
			}]
		},
		tasks: {
			"heading": "ភារកិច្ចនៃគម្រោង",
			"intro": "ឧបសម្ព័ន្ធនៃគម្រោងកំណត់ភារកិច្ចជាក់លាក់ចំនួនប្រាំពីរ៖",
			"columns": {
				"number": "ល.រ",
				"task": "ខ្លឹមសារការងារ",
				"lead": "ស្ថាប័នទទួលបន្ទុក",
				"partners": "ស្ថាប័នសហការ",
				"output": "សកម្មភាព ឬលទ្ធផល",
				"timing": "ពេលវេលាអនុវត្ត"
			},
			"rows": [
				{
					"task": "រៀបចំវគ្គបណ្តុះបណ្តាល និងបំប៉នចំណេះដឹង ជំនាញ ដល់កម្មាភិបាល មន្ត្រីរាជការ និងបុគ្គលិកសាធារណៈ ដែលជាអ្នកផ្សព្វផ្សាយកំណែទម្រង់រដ្ឋបាល",
					"lead": "មន្ទីរកិច្ចការផ្ទៃក្នុង",
					"partners": "គ្រឹះស្ថានបណ្តុះបណ្តាល",
					"output": "វគ្គបំប៉ន",
					"timing": "ប្រចាំឆ្នាំ"
				},
				{
					"task": "កសាងកម្មវិធី «ផ្សព្វផ្សាយសេវាសាធារណៈតាមអនឡាញ»",
					"lead": "មន្ទីរព័ត៌មាន និងទូរគមនាគមន៍",
					"partners": "មន្ទីរកិច្ចការផ្ទៃក្នុង និងអង្គភាពពាក់ព័ន្ធ",
					"output": "ផែនការ និងរបាយការណ៍លទ្ធផល",
					"timing": "ប្រចាំឆ្នាំ"
				},
				{
					"task": "រៀបចំសកម្មភាពជាក់ស្តែង ដើម្បីផ្តល់ព័ត៌មាន ចែករំលែកចំណេះដឹង និងបទពិសោធន៍អំពីកំណែទម្រង់រដ្ឋបាល",
					"lead": "មន្ទីរកិច្ចការផ្ទៃក្នុង",
					"partners": "អង្គភាពនានា",
					"output": "ផែនការ និងរបាយការណ៍លទ្ធផល",
					"timing": "ប្រចាំឆ្នាំ"
				},
				{
					"task": "ថែរក្សា និងអភិវឌ្ឍគេហទំព័រ និងកម្មវិធីពិសេសស្តីពីកំណែទម្រង់រដ្ឋបាល និងផ្សព្វផ្សាយលទ្ធផលកំណែទម្រង់រដ្ឋបាលតាមរយៈសារព័ត៌មាន និងបណ្តាញផ្សព្វផ្សាយផ្សេងទៀត",
					"lead": "មន្ទីរកិច្ចការផ្ទៃក្នុង",
					"partners": "អង្គភាពនានា",
					"output": "របាយការណ៍លទ្ធផល",
					"timing": "ប្រចាំឆ្នាំ"
				},
				{
					"task": "ស្ទង់មតិបុគ្គល អង្គការ និងសហគ្រាស អំពីប្រសិទ្ធភាពនៃការផ្សព្វផ្សាយកំណែទម្រង់រដ្ឋបាល (រួមជាមួយការស្ទង់មតិសម្រាប់សន្ទស្សន៍កំណែទម្រង់រដ្ឋបាល)",
					"lead": "មន្ទីរកិច្ចការផ្ទៃក្នុង",
					"partners": "អង្គភាពនានា",
					"output": "របាយការណ៍លទ្ធផល",
					"timing": "ប្រចាំឆ្នាំ"
				},
				{
					"task": "បូកសរុបពាក់កណ្តាលអាណត្តិនៃការអនុវត្តគម្រោង",
					"lead": "មន្ទីរកិច្ចការផ្ទៃក្នុង",
					"partners": "អង្គភាពនានា",
					"output": "របាយការណ៍បូកសរុបពាក់កណ្តាលអាណត្តិ",
					"timing": "ឆ្នាំ២០២៥"
				},
				{
					"task": "បូកសរុបចុងក្រោយនៃការអនុវត្តគម្រោង",
					"lead": "មន្ទីរកិច្ចការផ្ទៃក្នុង",
					"partners": "អង្គភាពនានា",
					"output": "របាយការណ៍បូកសរុបចុងក្រោយ",
					"timing": "ឆ្នាំ២០៣០"
				}
			]
		},
		roles: {
			"heading": "ការទទួលខុសត្រូវរបស់ស្ថាប័ន",
			"intro": "ផ្នែកទី III នៃគម្រោងប្រគល់ការងារដល់ស្ថាប័ននីមួយៗ៖",
			"items": [
				{
					"agency": "មន្ទីរកិច្ចការផ្ទៃក្នុង",
					"codes": ["so-noi-vu"],
					"duties": [
						"ផ្តល់យោបល់ដល់គណៈកម្មាធិការប្រជាជនខេត្ត ដើម្បីបញ្ចូលគម្រោងទៅក្នុងផែនការផ្សព្វផ្សាយកំណែទម្រង់រដ្ឋបាលប្រចាំឆ្នាំ តាមដាន ជំរុញ ត្រួតពិនិត្យ និងបូកសរុបការអនុវត្ត។",
						"បណ្តុះបណ្តាល និងបំប៉នចំណេះដឹង និងជំនាញកំណែទម្រង់រដ្ឋបាល ដល់ថ្នាក់ដឹកនាំ មន្ត្រីដែលផ្តល់យោបល់លើកំណែទម្រង់រដ្ឋបាល និងស្ថាប័នព័ត៌មានសាធារណៈ។",
						"ដឹកនាំការរៀបចំខ្លឹមសារ ផលិតផលផ្សព្វផ្សាយ និងមូលដ្ឋានទិន្នន័យរួម សម្រាប់ការផ្សព្វផ្សាយកំណែទម្រង់រដ្ឋបាលទូទាំងខេត្ត។",
						"ជាសេនាធិការសម្របសម្រួលសកម្មភាពផ្សព្វផ្សាយ ទទួល ដោះស្រាយ និងប្រកាសលទ្ធផលនៃមតិកែលម្អ និងគ្រប់គ្រងគេហទំព័រ កម្មវិធីពិសេស និង Zalo ផ្សព្វផ្សាយកំណែទម្រង់រដ្ឋបាល។"
					]
				},
				{
					"agency": "មន្ទីរព័ត៌មាន និងទូរគមនាគមន៍",
					"codes": ["so-tttt"],
					"duties": ["សហការជាមួយមន្ទីរកិច្ចការផ្ទៃក្នុង កាសែត ស្ថានីយ៍វិទ្យុ-ទូរទស្សន៍ និងវិទ្យុថ្នាក់ស្រុក ដើម្បីពង្រឹងការផ្សព្វផ្សាយកំណែទម្រង់រដ្ឋបាល ព្រមទាំងវាយតម្លៃ និងផ្តល់អាជ្ញាបណ្ណបោះពុម្ពផ្សាយ។", "ផ្សព្វផ្សាយអំពីការផ្លាស់ប្តូរឌីជីថល ការប្រើប្រាស់បច្ចេកវិទ្យាព័ត៌មានក្នុងការគ្រប់គ្រងរដ្ឋ និងសេវាសាធារណៈតាមអនឡាញ។"]
				},
				{
					"agency": "មន្ទីរវប្បធម៌ កីឡា និងទេសចរណ៍",
					"codes": ["so-vhttdl"],
					"duties": ["សហការរៀបចំ និងត្រួតពិនិត្យផលិតផល ឯកសារ និងសាច់រឿងផ្សព្វផ្សាយក្នុងទម្រង់សម្តែងលើឆាក។"]
				},
				{
					"agency": "ការិយាល័យគណៈកម្មាធិការប្រជាជនខេត្ត មន្ទីរយុត្តិធម៌ មន្ទីរវិទ្យាសាស្ត្រ និងបច្ចេកវិទ្យា មន្ទីរផែនការ និងវិនិយោគ",
					"codes": [
						"van-phong-ubnd-tinh",
						"so-tu-phap",
						"so-khcn",
						"so-khdt"
					],
					"duties": ["ស្នើខ្លឹមសារ និងសកម្មភាពផ្សព្វផ្សាយក្នុងវិស័យដែលខ្លួនទទួលបន្ទុក ជូនមន្ទីរកិច្ចការផ្ទៃក្នុង ដើម្បីបញ្ចូលក្នុងផែនការប្រចាំឆ្នាំរបស់ខេត្ត។", "រៀបចំសន្និសីទសន្ទនា សិក្ខាសាលា និងវគ្គបណ្តុះបណ្តាល ដើម្បីឆ្លើយសំណួរអំពីនីតិវិធីរដ្ឋបាល ផែនការ យន្តការ និងគោលនយោបាយ សម្រាប់សហគ្រាស អ្នកវិនិយោគ និងម្ចាស់ជំនួយ។"]
				},
				{
					"agency": "មន្ទីរហិរញ្ញវត្ថុ",
					"codes": ["so-tai-chinh"],
					"duties": ["រៀបចំខ្លឹមសារ និងសកម្មភាពផ្សព្វផ្សាយអំពីកំណែទម្រង់ហិរញ្ញវត្ថុសាធារណៈ។", "ផ្តល់យោបល់លើការបែងចែកថវិកាសម្រាប់អនុវត្តគម្រោង និងណែនាំអំពីការទូទាត់ និងការទូទាត់ចុងក្រោយ។"]
				},
				{
					"agency": "គណៈកម្មាធិការរណសិរ្សមាតុភូមិវៀតណាម និងអង្គការនយោបាយ-សង្គមខេត្ត",
					"codes": ["mttq-tinh"],
					"duties": ["អនុវត្តកម្មវិធីសហការ អំពាវនាវប្រជាពលរដ្ឋគ្រប់មជ្ឈដ្ឋានឲ្យគាំទ្រកំណែទម្រង់រដ្ឋបាល និងត្រួតពិនិត្យការអនុវត្តគម្រោង។"]
				},
				{
					"agency": "កាសែតឃ្លាំង និងស្ថានីយ៍វិទ្យុ-ទូរទស្សន៍ឃ្លាំង",
					"codes": ["bao-soc-trang", "dai-ptth-soc-trang"],
					"duties": ["សហការជាមួយមន្ទីរកិច្ចការផ្ទៃក្នុង ក្នុងការរៀបចំខ្លឹមសារ ផលិតផល និងសារផ្សព្វផ្សាយ ថែរក្សា និងលើកកម្ពស់គុណភាពកម្មវិធី ព័ត៌មាន និងអត្ថបទអំពីកំណែទម្រង់រដ្ឋបាល ព្រមទាំងជ្រើសរើសពេលវេលាផ្សាយឲ្យសមស្រប។"]
				},
				{
					"agency": "សាលានយោបាយខេត្ត និងមហាវិទ្យាល័យក្រោមគណៈកម្មាធិការប្រជាជនខេត្ត",
					"codes": ["truong-chinh-tri"],
					"duties": ["រៀបចំខ្លឹមសារបង្រៀនអំពីកំណែទម្រង់រដ្ឋបាល ហើយបញ្ចូលក្នុងកម្មវិធីសិក្សាសម្រាប់និស្សិត និងសិក្ខាកាម។"]
				},
				{
					"agency": "ប្រធានមន្ទីរ ស្ថាប័ន អង្គភាពសាធារណៈ និងប្រធានគណៈកម្មាធិការប្រជាជនស្រុក ក្រុង",
					"codes": [],
					"duties": ["ផ្សព្វផ្សាយគម្រោងដល់កម្មាភិបាល មន្ត្រីរាជការ និងបុគ្គលិកសាធារណៈទាំងអស់ និងបញ្ចូលភារកិច្ចទៅក្នុងផែនការផ្សព្វផ្សាយប្រចាំឆ្នាំរបស់អង្គភាព។", "រាយការណ៍លទ្ធផលអនុវត្តប្រចាំត្រីមាស ប្រចាំឆមាស និងប្រចាំឆ្នាំ ជូនមន្ទីរកិច្ចការផ្ទៃក្នុង។"]
				}
			]
		},
		section: {
			"heading": "អំពីគេហទំព័រនេះ",
			"paragraphs": ["គេហទំព័រនេះគឺជាភារកិច្ចទី៤ នៃគម្រោង។ ខ្លឹមសារត្រូវបានរៀបចំតាមវិស័យ ប្រធានបទ ក្រុមគោលដៅ និងមូលដ្ឋាន ជាមូលដ្ឋានទិន្នន័យរួមអំពីកំណែទម្រង់រដ្ឋបាល សម្រាប់ការស្រាវជ្រាវ ការសិក្សា ការផ្សព្វផ្សាយ និងការចែករំលែកបទពិសោធន៍។", "គេហទំព័រនេះមានជាភាសាវៀតណាម ភាសាខ្មែរ និងភាសាអង់គ្លេស។ ខ្លឹមសារដែលមិនទាន់បកប្រែ មានតែជាភាសាដើមប៉ុណ្ណោះ ហើយទំព័រនឹងប្រាប់អំពីរឿងនេះ។"]
		}
	},
	en: {
		title: "About",
		lead: "This section carries out the scheme for communicating administrative reform in Sóc Trăng province to 2030, approved by Decision 1738/QĐ-UBND of the Provincial People's Committee on 30 June 2022.",
		goals: {
			"heading": "What the scheme aims for",
			"paragraphs": ["To meet the need of officials, civil servants, public employees and people of every walk of life for the basics of administrative reform, by informing and explaining.", "To raise the awareness and responsibility of Party committees at every level, heads of agencies and all officials for carrying out administrative reform; and to win the consent, contributions and support of citizens, organisations and society for the goals and tasks of state administrative reform in 2021–2030."]
		},
		targets: {
			"heading": "Targets for 2030",
			"items": [{
				"value": "100%",
				"text": "of officials, civil servants and public employees surveyed have a firm grasp of the goals and tasks of administrative reform of the central government, the province, their agency and themselves."
			}, {
				"value": "95%",
				"text": "of citizens and organisations surveyed clearly understand the purpose, meaning and benefits of administrative reform and continue to support it in the province."
			}]
		},
		tasks: {
			"heading": "The scheme's tasks",
			"intro": "The appendix of the scheme sets seven tasks:",
			"columns": {
				"number": "No.",
				"task": "Task",
				"lead": "Lead agency",
				"partners": "In cooperation with",
				"output": "Activity or output",
				"timing": "When"
			},
			"rows": [
				{
					"task": "Train officials, civil servants and public employees who communicate administrative reform, in knowledge and skills",
					"lead": "Department of Home Affairs",
					"partners": "Training institutions",
					"output": "Training courses",
					"timing": "Every year"
				},
				{
					"task": "Build the programme “Spreading online public services”",
					"lead": "Department of Information and Communications",
					"partners": "Department of Home Affairs and agencies concerned",
					"output": "Plan; report on results",
					"timing": "Every year"
				},
				{
					"task": "Organise practical activities to inform and share knowledge and experience of administrative reform",
					"lead": "Department of Home Affairs",
					"partners": "All agencies",
					"output": "Plan; report on results",
					"timing": "Every year"
				},
				{
					"task": "Keep up and develop the administrative reform web section and columns; spread the results of administrative reform through the press and other channels",
					"lead": "Department of Home Affairs",
					"partners": "All agencies",
					"output": "Report on results",
					"timing": "Every year"
				},
				{
					"task": "Survey individuals, organisations and businesses on how well administrative reform is communicated (together with the survey for the Administrative Reform Index)",
					"lead": "Department of Home Affairs",
					"partners": "All agencies",
					"output": "Report on results",
					"timing": "Every year"
				},
				{
					"task": "Mid-term review of the scheme",
					"lead": "Department of Home Affairs",
					"partners": "All agencies",
					"output": "Mid-term report",
					"timing": "2025"
				},
				{
					"task": "Final review of the scheme",
					"lead": "Department of Home Affairs",
					"partners": "All agencies",
					"output": "Final report",
					"timing": "2030"
				}
			]
		},
		roles: {
			"heading": "Who does what",
			"intro": "Part III of the scheme gives each agency its work:",
			"items": [
				{
					"agency": "Department of Home Affairs",
					"codes": ["so-noi-vu"],
					"duties": [
						"Advises the Provincial People's Committee on turning the scheme into a yearly communication plan; monitors, urges and checks its implementation, and reviews it.",
						"Trains leaders and officials who advise on administrative reform, and the mass media, in its knowledge and skills.",
						"Leads the work of organising communication content and products and of a single database serving administrative reform communication across the province.",
						"Coordinates communication activities; receives feedback, handles it and publishes the results; runs the administrative reform web section, columns and Zalo channel."
					]
				},
				{
					"agency": "Department of Information and Communications",
					"codes": ["so-tttt"],
					"duties": ["With the Department of Home Affairs, the newspaper and the radio and television station, and district radio, steps up information on administrative reform; approves and licenses publications.", "Communicates digital transformation, the use of IT in state management and online public services."]
				},
				{
					"agency": "Department of Culture, Sports and Tourism",
					"codes": ["so-vhttdl"],
					"duties": ["Helps prepare and check communication products, materials and scripts for staged performances."]
				},
				{
					"agency": "Office of the Provincial People's Committee, Departments of Justice, of Science and Technology, and of Planning and Investment",
					"codes": [
						"van-phong-ubnd-tinh",
						"so-tu-phap",
						"so-khcn",
						"so-khdt"
					],
					"duties": ["Propose communication content and activities in their fields to the Department of Home Affairs for the province's yearly plan.", "Hold dialogues, workshops and courses answering questions on administrative procedures, planning, mechanisms and policies for businesses, investors and donors."]
				},
				{
					"agency": "Department of Finance",
					"codes": ["so-tai-chinh"],
					"duties": ["Prepares content and activities communicating public finance reform.", "Advises on funding the scheme and guides agencies on payment and settlement."]
				},
				{
					"agency": "Viet Nam Fatherland Front Committee and the province's socio-political organisations",
					"codes": ["mttq-tinh"],
					"duties": ["Run joint programmes; encourage people of all walks of life to support administrative reform; oversee the implementation of the scheme."]
				},
				{
					"agency": "Sóc Trăng Newspaper, Sóc Trăng Radio and Television Station",
					"codes": ["bao-soc-trang", "dai-ptth-soc-trang"],
					"duties": ["Work with the Department of Home Affairs on content, products and messages; keep up and improve their administrative reform columns, news and stories; choose suitable times to publish and broadcast."]
				},
				{
					"agency": "The Provincial Political School and the colleges of the Provincial People's Committee",
					"codes": ["truong-chinh-tri"],
					"duties": ["Develop teaching on state administrative reform and include it in their courses for students and trainees."]
				},
				{
					"agency": "Heads of departments, agencies and public service units, and chairs of the district, town and city People's Committees",
					"codes": [],
					"duties": ["Brief all their staff on the scheme; turn its tasks into their own yearly communication plans.", "Report every quarter, half-year and year on the results to the Department of Home Affairs."]
				}
			]
		},
		section: {
			"heading": "About this section",
			"paragraphs": ["This section is task 4 of the scheme. Its content is organised by reform area, topic, audience and locality, as a shared database on administrative reform for research, learning, communication and sharing experience.", "It is published in Vietnamese, Khmer and English. Content that has not been translated is available in its original language only, and the page says so."]
		}
	}
};
/** The about page's text in one language, checked against the schema. */
function aboutContent(locale) {
	const result = aboutSchema.safeParse(raw[locale]);
	if (!result.success) {
		const problems = result.error.issues.map((i) => `  - ${i.path.join(".")}: ${i.message}`).join("\n");
		throw new Error(`src/data/about/${locale}.json does not match src/data/about/schema.ts:\n${problems}`);
	}
	return result.data;
}
// src/components/views/AboutView.astro
createAstro("http://127.0.0.1:4321/");
var $$AboutView = createComponent(async ($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$AboutView;
	const { locale } = Astro.props;
	const t = useTranslations(locale);
	const about = aboutContent(locale);
	const roles = await Promise.all(about.roles.items.map(async (role) => ({
		...role,
		agencies: await agenciesByCode(role.codes, locale)
	})));
	return renderTemplate`${renderComponent($$result, "Base", $$Base, {
		"locale": locale,
		"title": about.title,
		"description": about.lead,
		"path": aboutPath(locale),
		"alternates": inEveryLocale(aboutPath),
		"jsonLd": [withContext(organizationLd(ownerOrganization(locale, Astro.site.toString())))]
	}, { "default": ($$result) => renderTemplate` ${maybeRenderHead($$result)}<article class="wrap document about"> <h1>${about.title}</h1> <p class="lead">${about.lead}</p> <section> <h2>${about.goals.heading}</h2> ${about.goals.paragraphs.map((p) => renderTemplate`<p>${p}</p>`)} </section> <section> <h2>${about.targets.heading}</h2> <ul class="targets" role="list"> ${about.targets.items.map((item) => renderTemplate`<li><strong>${item.value}</strong> ${item.text}</li>`)} </ul> </section> <section> <h2 id="about-tasks">${about.tasks.heading}</h2> <p>${about.tasks.intro}</p> <div class="table-wrap" role="region" aria-labelledby="about-tasks" tabindex="0"> <table> <thead> <tr> <th scope="col">${about.tasks.columns.number}</th> <th scope="col">${about.tasks.columns.task}</th> <th scope="col">${about.tasks.columns.lead}</th> <th scope="col">${about.tasks.columns.partners}</th> <th scope="col">${about.tasks.columns.output}</th> <th scope="col">${about.tasks.columns.timing}</th> </tr> </thead> <tbody> ${about.tasks.rows.map((row, i) => renderTemplate`<tr> <th scope="row">${i + 1}</th> <td>${row.task}</td> <td>${row.lead}</td> <td>${row.partners}</td> <td>${row.output}</td> <td>${row.timing}</td> </tr>`)} </tbody> </table> </div> </section> <section> <h2>${about.roles.heading}</h2> <p>${about.roles.intro}</p> ${roles.map((role) => renderTemplate`<section> <h3>${role.agencies.length === 1 && role.agencies[0].href ? renderTemplate`<a${addAttribute(role.agencies[0].href, "href")}>${role.agency}</a>` : role.agency}</h3> ${role.agencies.length > 1 && renderTemplate`${renderComponent($$result, "RefList", $$RefList, { "refs": role.agencies })}`} <ul>${role.duties.map((d) => renderTemplate`<li>${d}</li>`)}</ul> </section>`)} </section> <section> <h2>${about.section.heading}</h2> ${about.section.paragraphs.map((p) => renderTemplate`<p>${p}</p>`)} <nav aria-labelledby="about-browse"> <h3 id="about-browse">${t("footer.browse")}</h3> <ul class="inline-list"> ${TAXONOMIES.map((def) => renderTemplate`<li><a${addAttribute(listingPath(def.name, locale), "href")}>${typeLabel(def.name, locale, true)}</a></li>`)} </ul> </nav> </section> </article> ` })}`;
}, "/work/main/site/src/components/views/AboutView.astro", void 0);
// src/pages/[...lang]/gioi-thieu.astro
var gioi_thieu_exports = /* @__PURE__ */ __exportAll({
	default: () => $$GioiThieu,
	file: () => $$file,
	getStaticPaths: () => getStaticPaths,
	url: () => $$url
});
createAstro("http://127.0.0.1:4321/");
function getStaticPaths() {
	return LOCALES.map((locale) => ({ params: { lang: langParam(locale) } }));
}
var $$GioiThieu = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$GioiThieu;
	const locale = localeFromParam(Astro.params.lang);
	return renderTemplate`${renderComponent($$result, "AboutView", $$AboutView, { "locale": locale })}`;
}, "/work/main/site/src/pages/[...lang]/gioi-thieu.astro", void 0);
var $$file = "/work/main/site/src/pages/[...lang]/gioi-thieu.astro";
var $$url = "/[...lang]/gioi-thieu/";
// \0virtual:astro:page:src/pages/[...lang]/gioi-thieu@_@astro
var page = () => gioi_thieu_exports;
export { page };
