/**
 * Why an erasure was made: a closed list, recorded with each erasure as its reason. The
 * administrator chooses one of the grounds (the practice of Decree 13/2023/NĐ-CP, Article 16,
 * which Law 91/2025/QH15 and Decree 356/2025/NĐ-CP keep); the retention job records
 * `retention`. A list and not free text, because a reason typed by hand ("Ông Nguyễn Văn A,
 * 0912…, gọi điện yêu cầu") would put the person's data into the record that proves it was
 * erased. Plain data, no Node import: the admin screen shows these labels too.
 */

/** The grounds an administrator may give, in the order the screen offers them. */
export const ERASURE_GROUNDS = ['request', 'consent', 'purpose', 'unlawful', 'authority'] as const;

export type ErasureGround = (typeof ERASURE_GROUNDS)[number];

/** A ground, or `retention`: the data was kept as long as its type declares (`retentionDays`). */
export type ErasureReason = ErasureGround | 'retention';

export const REASON_LABELS: Record<ErasureReason, { vi: string; en: string }> = {
  request: { vi: 'Người có dữ liệu yêu cầu xóa', en: 'The person asked for erasure' },
  consent: { vi: 'Người có dữ liệu rút lại sự đồng ý', en: 'The person withdrew their consent' },
  purpose: { vi: 'Không còn cần cho mục đích đã thu thập', en: 'No longer needed for the purpose it was collected for' },
  unlawful: { vi: 'Dữ liệu bị xử lý sai mục đích hoặc trái pháp luật', en: 'Processed for another purpose or unlawfully' },
  authority: { vi: 'Theo yêu cầu của cơ quan nhà nước có thẩm quyền', en: 'Required by a competent state authority' },
  retention: { vi: 'Hết thời hạn lưu trữ', en: 'Retention period over' },
};

export const isErasureGround = (value: unknown): value is ErasureGround => typeof value === 'string' && (ERASURE_GROUNDS as readonly string[]).includes(value);
