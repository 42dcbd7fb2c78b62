/**
 * The PDFs the seed makes (handbooks, leaflets, slide decks, reports), with their Vietnamese
 * text, and the generated audio. Content documents point at them by key.
 */
import type { PdfSeed } from '../types';

/** Keys of generated audio files (MP3 signature tunes). */
export const AUDIO = {
  radioTune: 'demo-nhac-hieu-chuyen-muc-cchc',
  khmerBulletinTune: 'demo-nhac-hieu-ban-tin-cchc-tieng-khmer',
} as const;

export const PDFS: readonly PdfSeed[] = [
  {
    key: 'demo-so-tay-tuyen-truyen-vien-cchc',
    layout: 'handbook',
    title: 'Sổ tay tuyên truyền viên cải cách hành chính',
    subtitle: 'Chương 1–4: kiến thức cơ bản và kỹ năng tuyên truyền (tái bản có cập nhật năm 2025)',
    sections: [
      {
        heading: '1. Cải cách hành chính là gì?',
        paragraphs: [
          'Cải cách hành chính nhà nước là quá trình thay đổi có chủ đích cách Nhà nước tổ chức và vận hành bộ máy để phục vụ người dân, doanh nghiệp tốt hơn. Theo Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ, Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030 có sáu nội dung: cải cách thể chế; cải cách thủ tục hành chính; cải cách tổ chức bộ máy hành chính nhà nước; cải cách chế độ công vụ; cải cách tài chính công; xây dựng và phát triển Chính phủ điện tử, Chính phủ số.',
          'Khi đánh giá Chỉ số cải cách hành chính (PAR INDEX) của các sở, ngành, địa phương, tỉnh còn xem xét hai nội dung chung: công tác chỉ đạo, điều hành cải cách hành chính và tác động của cải cách hành chính đến người dân, tổ chức và sự phát triển kinh tế - xã hội.',
        ],
      },
      {
        heading: '2. Mục tiêu của Đề án tuyên truyền đến năm 2030',
        paragraphs: [
          'Đề án tuyên truyền cải cách hành chính ban hành kèm theo Quyết định số 1738/QĐ-UBND ngày 30/6/2022 đặt mục tiêu: đến năm 2030, 100% cán bộ, công chức, viên chức được khảo sát nắm vững mục tiêu, nhiệm vụ cải cách hành chính của Trung ương, của tỉnh, của cơ quan, đơn vị và của cá nhân; 95% người dân, tổ chức được khảo sát hiểu rõ mục đích, ý nghĩa và lợi ích của cải cách hành chính.',
          'Hoạt động tuyên truyền phải kịp thời, đầy đủ, thường xuyên, đa chiều và phù hợp với từng nhóm đối tượng trên từng địa bàn; kết hợp hình thức truyền thống với ứng dụng công nghệ thông tin.',
        ],
        bullets: [
          'Tập huấn, bồi dưỡng tuyên truyền viên hằng năm.',
          'Chương trình "Lan tỏa dịch vụ công trực tuyến".',
          'Chia sẻ kiến thức, kinh nghiệm; nhân rộng mô hình hay.',
          'Duy trì chuyên trang, chuyên mục cải cách hành chính.',
          'Khảo sát ý kiến người dân, tổ chức, doanh nghiệp hằng năm.',
          'Sơ kết Đề án năm 2025, tổng kết năm 2030.',
        ],
      },
      {
        heading: '3. Năm bước chuẩn bị một buổi tuyên truyền',
        paragraphs: [
          'Một buổi tuyên truyền hiệu quả bắt đầu từ câu hỏi: người nghe là ai và họ cần biết điều gì để làm được việc của mình? Người dân cần biết nộp hồ sơ ở đâu, mất bao lâu, tốn bao nhiêu; doanh nghiệp cần biết thủ tục nào đã được cắt giảm; cán bộ, công chức cần biết nhiệm vụ của chính mình.',
        ],
        bullets: [
          'Xác định đối tượng và nhu cầu thông tin của họ.',
          'Chọn một thông điệp chính, nói bằng lời dễ hiểu, có ví dụ gần gũi.',
          'Chọn kênh phù hợp: họp tổ dân cư, loa truyền thanh, Zalo, sân khấu hóa, báo, đài.',
          'Chuẩn bị tài liệu: tờ rơi, hình ảnh, câu hỏi thường gặp.',
          'Ghi nhận ý kiến phản hồi và báo cáo kết quả về cơ quan thường trực.',
        ],
      },
      {
        heading: '4. Tuyên truyền trong vùng đồng bào Khmer',
        paragraphs: [
          'Hơn 30% dân số khu vực Sóc Trăng là đồng bào Khmer. Tuyên truyền viên nên phối hợp với chùa, Ban quản trị chùa, người có uy tín trong ấp, sóc; sử dụng song ngữ Việt - Khmer trên tờ rơi và bảng hướng dẫn; tận dụng chương trình phát thanh, truyền hình tiếng Khmer.',
          'Khi giới thiệu dịch vụ công trực tuyến, nên hướng dẫn trực tiếp trên điện thoại của người dân, từng bước một, và để lại số điện thoại hỗ trợ của tổ công nghệ số cộng đồng.',
        ],
      },
    ],
  },
  {
    key: 'demo-to-roi-dich-vu-cong-truc-tuyen',
    layout: 'leaflet',
    title: 'Nộp hồ sơ trực tuyến: 5 bước đơn giản',
    subtitle: 'Tờ rơi Chương trình "Lan tỏa dịch vụ công trực tuyến"',
    sections: [
      {
        heading: 'Vì sao nên làm thủ tục trực tuyến?',
        paragraphs: [
          'Không phải đi lại, không phải xếp hàng, nộp hồ sơ bất cứ lúc nào, theo dõi được hồ sơ đang ở đâu. Nhiều thủ tục được giảm phí, lệ phí khi nộp trực tuyến.',
        ],
      },
      {
        heading: '5 bước',
        bullets: [
          'Bước 1. Kích hoạt tài khoản định danh điện tử VNeID mức độ 2.',
          'Bước 2. Đăng nhập Cổng Dịch vụ công quốc gia bằng tài khoản VNeID.',
          'Bước 3. Tìm thủ tục cần làm, điền tờ khai, đính kèm giấy tờ (ảnh chụp hoặc bản điện tử).',
          'Bước 4. Thanh toán phí, lệ phí trực tuyến (nếu có).',
          'Bước 5. Theo dõi hồ sơ và nhận kết quả qua bưu chính hoặc bản điện tử.',
        ],
      },
      {
        heading: 'Cần giúp đỡ?',
        paragraphs: [
          'Tổ công nghệ số cộng đồng ở ấp, khóm và công chức Bộ phận một cửa sẵn sàng hướng dẫn trực tiếp. Đoàn viên thanh niên hỗ trợ tại Bộ phận một cửa vào giờ hành chính.',
          'Bảo vệ tài khoản: không cung cấp mật khẩu, mã OTP cho bất kỳ ai, kể cả người tự xưng là cán bộ.',
        ],
      },
    ],
  },
  {
    key: 'demo-bai-giang-ky-nang-tuyen-truyen-cchc',
    layout: 'slides',
    title: 'Kỹ năng tuyên truyền cải cách hành chính',
    subtitle: 'Bài giảng lớp bồi dưỡng tuyên truyền viên CCHC',
    sections: [
      { heading: 'Mục tiêu buổi học', bullets: ['Hiểu vai trò của tuyên truyền viên CCHC', 'Biết xây dựng thông điệp cho từng nhóm đối tượng', 'Thực hành một buổi tuyên truyền 10 phút'] },
      { heading: 'Tuyên truyền viên là ai?', paragraphs: ['Công chức, viên chức được cơ quan, đơn vị phân công làm đầu mối thông tin, tuyên truyền về cải cách hành chính, phối hợp với Sở Nội vụ và báo, đài.'] },
      { heading: 'Thông điệp tốt', bullets: ['Ngắn: một ý chính', 'Cụ thể: con số, thời hạn, địa chỉ', 'Gần gũi: ví dụ từ chính địa phương', 'Có lời kêu gọi hành động'] },
      { heading: 'Chọn kênh', bullets: ['Họp tổ dân cư, sinh hoạt chi bộ', 'Loa truyền thanh cơ sở, Zalo', 'Báo Sóc Trăng, Đài PT-TH (tiếng Việt, tiếng Khmer)', 'Sân khấu hóa, hội thi'] },
      { heading: 'Thực hành', paragraphs: ['Mỗi nhóm chọn một thủ tục hành chính thường gặp và chuẩn bị phần tuyên truyền 10 phút cho người dân ấp, khóm: thủ tục gì, làm ở đâu, mất bao lâu, làm trực tuyến thế nào.'] },
    ],
  },
  {
    key: 'demo-bai-giang-chuong-trinh-tong-the-2021-2030',
    layout: 'slides',
    title: 'Chương trình tổng thể cải cách hành chính 2021 - 2030',
    subtitle: 'Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ',
    sections: [
      { heading: 'Sáu nội dung cải cách', bullets: ['Cải cách thể chế', 'Cải cách thủ tục hành chính', 'Cải cách tổ chức bộ máy hành chính nhà nước', 'Cải cách chế độ công vụ', 'Cải cách tài chính công', 'Xây dựng và phát triển Chính phủ điện tử, Chính phủ số'] },
      { heading: 'Trọng tâm', bullets: ['Cải cách thể chế', 'Xây dựng đội ngũ cán bộ, công chức, viên chức chuyên nghiệp', 'Xây dựng Chính phủ điện tử, Chính phủ số'] },
      { heading: 'Đo lường kết quả', paragraphs: ['Chỉ số cải cách hành chính (PAR INDEX) và Chỉ số hài lòng về sự phục vụ hành chính (SIPAS) được xác định hằng năm cho từng bộ, ngành, tỉnh, thành phố.'] },
      { heading: 'Ở tỉnh Sóc Trăng', paragraphs: ['Kế hoạch số 163/KH-UBND ngày 24/11/2021 cụ thể hóa Chương trình tổng thể; Đề án tuyên truyền CCHC đến năm 2030 (Quyết định 1738/QĐ-UBND) bảo đảm mọi người biết và tham gia.'] },
    ],
  },
  {
    key: 'demo-bao-cao-so-ket-de-an-tuyen-truyen-2025',
    layout: 'report',
    title: 'Báo cáo sơ kết thực hiện Đề án tuyên truyền cải cách hành chính giai đoạn 2022 - 2025',
    subtitle: '(Bản tóm tắt phục vụ hội nghị sơ kết)',
    sections: [
      {
        heading: 'I. Kết quả thực hiện',
        paragraphs: [
          'Sau ba năm triển khai, các cơ quan, đơn vị đã ban hành kế hoạch tuyên truyền cải cách hành chính hằng năm; tổ chức các lớp bồi dưỡng cho tuyên truyền viên; duy trì chuyên mục cải cách hành chính trên Báo Sóc Trăng, Đài Phát thanh - Truyền hình Sóc Trăng (tiếng Việt và tiếng Khmer) và chuyên trang trên Cổng thông tin điện tử tỉnh.',
          'Chương trình "Lan tỏa dịch vụ công trực tuyến" được triển khai đến cấp xã; tỷ lệ hồ sơ trực tuyến tăng qua từng năm. Nhiều mô hình hay được giới thiệu và nhân rộng.',
        ],
      },
      {
        heading: 'II. Hạn chế',
        paragraphs: [
          'Một số đơn vị chưa bố trí nguồn lực thỏa đáng; nội dung tuyên truyền ở cơ sở có nơi còn hình thức; mức độ am hiểu của người dân vùng sâu, vùng xa về dịch vụ công trực tuyến còn thấp.',
        ],
      },
      {
        heading: 'III. Nhiệm vụ giai đoạn 2026 - 2030',
        bullets: [
          'Tiếp tục thực hiện Đề án trong bộ máy chính quyền hai cấp của thành phố Cần Thơ.',
          'Chuẩn hóa cơ sở dữ liệu tuyên truyền CCHC dùng chung.',
          'Tăng tuyên truyền song ngữ Việt - Khmer.',
          'Khảo sát hằng năm để đo tiến độ đến mục tiêu 100% và 95% năm 2030.',
        ],
      },
    ],
  },
  {
    key: 'demo-ke-hoach-tuyen-truyen-cchc-2024',
    layout: 'report',
    title: 'Kế hoạch tuyên truyền cải cách hành chính năm 2024',
    subtitle: '(Văn bản mẫu minh họa)',
    sections: [
      { heading: 'I. Mục đích, yêu cầu', paragraphs: ['Cụ thể hóa Đề án tuyên truyền cải cách hành chính đến năm 2030 cho năm 2024; xác định nội dung trọng tâm, thời gian, cơ quan chủ trì và phối hợp.'] },
      {
        heading: 'II. Nội dung trọng tâm',
        bullets: [
          'Dịch vụ công trực tuyến toàn trình và thanh toán trực tuyến.',
          'Kết quả Chỉ số PAR INDEX, SIPAS năm 2023 và giải pháp cải thiện.',
          'Mô hình hay trong thực hiện cơ chế một cửa, một cửa liên thông.',
          'Đạo đức công vụ, văn hóa công sở.',
        ],
      },
      { heading: 'III. Hình thức', bullets: ['Tin, bài, phóng sự trên báo, đài', 'Hội thi tìm hiểu CCHC', 'Sân khấu hóa tại các xã', 'Zalo tuyên truyền CCHC'] },
      { heading: 'IV. Tổ chức thực hiện', paragraphs: ['Sở Nội vụ là cơ quan thường trực, theo dõi, tổng hợp, báo cáo Ủy ban nhân dân tỉnh định kỳ hằng quý, 6 tháng và năm.'] },
    ],
  },
  {
    key: 'demo-huong-dan-khao-sat-muc-do-am-hieu-cchc',
    layout: 'report',
    title: 'Hướng dẫn khảo sát mức độ am hiểu và hài lòng về cải cách hành chính',
    sections: [
      { heading: '1. Mục đích', paragraphs: ['Đo mức độ am hiểu của cán bộ, công chức, viên chức và người dân về cải cách hành chính; ghi nhận ý kiến về hiệu quả công tác tuyên truyền; lồng ghép với khảo sát xác định Chỉ số cải cách hành chính.'] },
      { heading: '2. Đối tượng và mẫu', bullets: ['Cán bộ, công chức, viên chức: chọn ngẫu nhiên theo danh sách cơ quan.', 'Người dân, tổ chức: người đã giải quyết thủ tục trong 12 tháng.', 'Doanh nghiệp: theo danh sách đăng ký kinh doanh.'] },
      { heading: '3. Cách tính kết quả', paragraphs: ['Tỷ lệ am hiểu là số người trả lời đúng từ 80% câu hỏi kiến thức trở lên trên tổng số người được khảo sát. Kết quả được so sánh với mục tiêu năm 2030: 100% cán bộ, công chức, viên chức và 95% người dân, tổ chức.'] },
      { heading: '4. Bảo vệ dữ liệu cá nhân', paragraphs: ['Phiếu khảo sát không ghi họ tên, số điện thoại; dữ liệu chỉ dùng để tổng hợp thống kê và được xóa sau khi công bố kết quả.'] },
    ],
  },
  {
    key: 'demo-to-roi-thu-tuc-sau-sap-xep',
    layout: 'leaflet',
    title: 'Làm thủ tục ở đâu sau sắp xếp đơn vị hành chính?',
    subtitle: 'Thông tin cho người dân khu vực Sóc Trăng cũ, từ ngày 1/7/2025',
    sections: [
      { heading: 'Điều gì thay đổi?', paragraphs: ['Từ ngày 1/7/2025, tỉnh Sóc Trăng hợp nhất vào thành phố Cần Thơ, không còn cấp huyện. Chính quyền địa phương có hai cấp: thành phố và xã, phường.'] },
      { heading: 'Người dân làm thủ tục ở đâu?', bullets: ['Tại Trung tâm Phục vụ hành chính công của xã, phường nơi thuận tiện nhất.', 'Nhiều thủ tục không phụ thuộc địa giới hành chính: có thể nộp ở bất kỳ điểm tiếp nhận nào.', 'Nộp trực tuyến trên Cổng Dịch vụ công quốc gia.'] },
      { heading: 'Giấy tờ cũ còn giá trị không?', paragraphs: ['Giấy tờ đã cấp trước ngày 1/7/2025 vẫn còn giá trị sử dụng; người dân không phải đổi giấy tờ chỉ vì thay đổi tên đơn vị hành chính.'] },
    ],
  },
  {
    key: 'demo-kich-ban-san-khau-hoa-cchc',
    layout: 'report',
    title: 'Kịch bản sân khấu hóa "Một cửa, một lòng"',
    subtitle: 'Tiểu phẩm tuyên truyền cải cách hành chính (khoảng 15 phút)',
    sections: [
      { heading: 'Nhân vật', bullets: ['Bà Tư, người dân ấp, lần đầu làm thủ tục chứng thực', 'Anh Sơn, công chức Bộ phận một cửa', 'Chị Sa Rây, đoàn viên tổ công nghệ số cộng đồng, nói được tiếng Khmer'] },
      { heading: 'Cảnh 1: Ngại đi làm giấy tờ', paragraphs: ['Bà Tư kể với hàng xóm chuyện mấy năm trước đi làm giấy tờ phải đi lại nhiều lần. Chị Sa Rây ghé nhà, hướng dẫn bà xem thủ tục trên điện thoại và hẹn đưa bà ra Bộ phận một cửa.'] },
      { heading: 'Cảnh 2: Tại Bộ phận một cửa', paragraphs: ['Anh Sơn niềm nở tiếp nhận, kiểm tra giấy tờ, hẹn trả kết quả ngay trong buổi. Bà Tư ngạc nhiên vì mọi thứ được niêm yết rõ ràng, có cả bảng hướng dẫn song ngữ Việt - Khmer.'] },
      { heading: 'Cảnh 3: Lan tỏa', paragraphs: ['Bà Tư trở thành người "tuyên truyền viên" của xóm: bà rủ hàng xóm cài tài khoản định danh điện tử và thử nộp hồ sơ trực tuyến. Kết thúc bằng bài hát về cải cách hành chính.'] },
    ],
  },
  {
    key: 'demo-bo-cau-hoi-hoi-thi-tim-hieu-cchc',
    layout: 'report',
    title: 'Bộ câu hỏi Hội thi tìm hiểu cải cách hành chính (trích)',
    sections: [
      { heading: 'Câu 1', paragraphs: ['Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030 được ban hành kèm theo văn bản nào? Đáp án: Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ.'] },
      { heading: 'Câu 2', paragraphs: ['Chương trình tổng thể có bao nhiêu nội dung cải cách? Đáp án: sáu nội dung (thể chế; thủ tục hành chính; tổ chức bộ máy; chế độ công vụ; tài chính công; Chính phủ điện tử, Chính phủ số).'] },
      { heading: 'Câu 3', paragraphs: ['Đề án tuyên truyền CCHC của tỉnh đặt mục tiêu đến năm 2030 bao nhiêu phần trăm người dân, tổ chức được khảo sát hiểu rõ mục đích, ý nghĩa, lợi ích của cải cách hành chính? Đáp án: 95%.'] },
      { heading: 'Câu 4', paragraphs: ['SIPAS là gì? Đáp án: Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước.'] },
    ],
  },
  {
    key: 'demo-bai-giang-chinh-quyen-hai-cap',
    layout: 'slides',
    title: 'Thủ tục hành chính trong chính quyền địa phương hai cấp',
    subtitle: 'Bồi dưỡng công chức cấp xã thành phố Cần Thơ, năm 2025',
    sections: [
      { heading: 'Từ ngày 1/7/2025', bullets: ['Không còn cấp huyện', 'Xã, phường tiếp nhận nhiều thủ tục trước đây của cấp huyện', 'Trung tâm Phục vụ hành chính công cấp xã'] },
      { heading: 'Nguyên tắc phục vụ', bullets: ['Không để gián đoạn việc giải quyết thủ tục', 'Tiếp nhận không phụ thuộc địa giới hành chính', 'Hướng dẫn một lần, đầy đủ'] },
      { heading: 'Số hóa hồ sơ', paragraphs: ['Hồ sơ, kết quả giải quyết được số hóa khi tiếp nhận; người dân không phải nộp lại giấy tờ đã có trong cơ sở dữ liệu.'] },
      { heading: 'Tuyên truyền cho người dân', paragraphs: ['Giải thích rõ: giấy tờ cũ còn giá trị; làm thủ tục ở đâu thuận tiện nhất; số điện thoại hỗ trợ của xã, phường.'] },
    ],
  },
  {
    key: 'demo-kich-ban-video-lan-toa-dvctt',
    layout: 'report',
    title: 'Kịch bản video "Ngồi nhà vẫn làm được giấy tờ"',
    subtitle: 'Video hướng dẫn 3 phút, Chương trình "Lan tỏa dịch vụ công trực tuyến"',
    sections: [
      { heading: 'Cảnh mở đầu (0:00 - 0:20)', paragraphs: ['Chị Lan, chủ một tiệm tạp hóa, cần đăng ký khai sinh cho con nhưng không thể đóng cửa tiệm cả buổi.'] },
      { heading: 'Hướng dẫn (0:20 - 2:20)', bullets: ['Mở ứng dụng VNeID, đăng nhập Cổng Dịch vụ công quốc gia', 'Chọn thủ tục liên thông đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế', 'Chụp giấy chứng sinh, điền tờ khai', 'Nhận kết quả điện tử và bản giấy qua bưu điện'] },
      { heading: 'Kết (2:20 - 3:00)', paragraphs: ['Lời nhắn: "Cần giúp đỡ, hãy gọi tổ công nghệ số cộng đồng của ấp, khóm". Hiện thông tin hỗ trợ của Bộ phận một cửa.'] },
    ],
  },
  {
    key: 'demo-quy-trinh-tra-ket-qua-tai-nha',
    layout: 'report',
    title: 'Quy trình tiếp nhận và trả kết quả thủ tục hành chính tại nhà',
    subtitle: 'Tài liệu mô hình (trích)',
    sections: [
      { heading: '1. Phạm vi', paragraphs: ['Áp dụng cho người cao tuổi, người khuyết tật, người bệnh nặng và người dân ở ấp xa có nhu cầu giải quyết thủ tục chứng thực, hộ tịch.'] },
      { heading: '2. Các bước', bullets: ['Người dân gọi điện hoặc nhắn Zalo Bộ phận một cửa xã', 'Công chức hẹn giờ, mang thiết bị đến tiếp nhận hồ sơ', 'Hồ sơ được cập nhật ngay vào hệ thống một cửa điện tử', 'Kết quả được trả tận nhà hoặc qua bưu chính'] },
      { heading: '3. Chi phí', paragraphs: ['Người dân chỉ nộp phí, lệ phí theo quy định; không thu thêm bất kỳ khoản nào cho việc đến tận nhà.'] },
    ],
  },
  {
    key: 'demo-quy-che-zalo-tuyen-truyen-cchc',
    layout: 'report',
    title: 'Quy chế quản lý nhóm Zalo tuyên truyền cải cách hành chính',
    sections: [
      { heading: '1. Mục đích', paragraphs: ['Cung cấp thông tin thủ tục hành chính, lịch tiếp nhận, hướng dẫn dịch vụ công trực tuyến cho người dân ấp, khóm; tiếp nhận câu hỏi và phản ánh.'] },
      { heading: '2. Quản trị viên', bullets: ['Công chức văn phòng - thống kê phụ trách nội dung', 'Trưởng ấp, khóm hỗ trợ thành viên', 'Trả lời câu hỏi trong vòng 1 ngày làm việc'] },
      { heading: '3. Quy tắc', bullets: ['Không đăng thông tin cá nhân của người khác', 'Không quảng cáo', 'Câu hỏi riêng tư được chuyển sang trao đổi riêng'] },
    ],
  },
];
