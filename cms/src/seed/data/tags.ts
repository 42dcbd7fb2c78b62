/** Short names for the taxonomy keys used over and over in the content data. */
export const CB = 'can-bo-cong-chuc-vien-chuc' as const;
export const DAN = 'nguoi-dan' as const;
export const DN = 'doanh-nghiep' as const;
export const HSSV = 'hoc-sinh-sinh-vien' as const;

export const SOC_TRANG = '94' as const;
export const CAN_THO = '92' as const;

/** Bylines of the standing agency, per language. */
export const BYLINE_SNV = {
  vi: 'Phòng Cải cách hành chính - Sở Nội vụ',
  km: 'ការិយាល័យកំណែទម្រង់រដ្ឋបាល - មន្ទីរកិច្ចការផ្ទៃក្នុង',
  en: 'Administrative Reform Division, Department of Home Affairs',
} as const;

export const BYLINE_SNV_CAN_THO = {
  vi: 'Phòng Cải cách hành chính - Sở Nội vụ thành phố Cần Thơ',
  km: 'ការិយាល័យកំណែទម្រង់រដ្ឋបាល - មន្ទីរកិច្ចការផ្ទៃក្នុងទីក្រុងកឹនថើ',
  en: 'Administrative Reform Division, Cần Thơ Department of Home Affairs',
} as const;
