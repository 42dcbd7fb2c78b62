import type { ArticleSeed } from '../types';
import { body } from './blocks';
import { picture } from './pictures';
export const ARTICLES_2025_2026: readonly ArticleSeed[] = [
  {
    key: 'du-thao-ket-qua-khao-sat-2026',
    kind: 'news',
    date: '2026-11-24T10:00:00+07:00',
    agency: 'so-noi-vu-can-tho',
    draft: true,
    cover: picture('chart'),
    text: { vi: { title: 'Dự thảo: Kết quả khảo sát mức độ am hiểu CCHC năm 2026', summary: 'x', body: body('x') } },
  },
];
