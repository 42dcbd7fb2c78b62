/**
 * The demo's people: authors of three agencies, two coordinating editors (so that four eyes can
 * be tried), and a translator for Khmer and for English, each in their editorial role
 * (cms/src/permissions/roles.ts). Their password is a published local default, printed by
 * `npm start` next to the administrator's: they are made only where the local administrator
 * is (on loopback, outside production), and the CMS refuses to start where others could
 * reach it while one of them still has that password (bootstrap/admin-user.ts).
 */
import { ROLE_CODES } from '../permissions/roles';

export const DEMO_PASSWORD = 'Cchc-demo-2026';

export interface DemoUser {
  email: string;
  firstname: string;
  lastname: string;
  role: string;
  /** Agency codes (the seed's agencies). */
  agencies: string[];
  /** What `npm start` says they are. */
  description: string;
}

export const DEMO_USERS: readonly DemoUser[] = [
  { email: 'tacgia.baost@cchc.local', firstname: 'Tác giả', lastname: 'Báo Sóc Trăng', role: ROLE_CODES.author, agencies: ['bao-soc-trang'], description: 'tác giả, Báo Sóc Trăng' },
  { email: 'tacgia.cantho@cchc.local', firstname: 'Tác giả', lastname: 'UBND TP Cần Thơ', role: ROLE_CODES.author, agencies: ['ubnd-tp-can-tho'], description: 'tác giả, UBND thành phố Cần Thơ' },
  { email: 'tacgia.ptth@cchc.local', firstname: 'Tác giả', lastname: 'Đài PT-TH', role: ROLE_CODES.author, agencies: ['dai-ptth-soc-trang'], description: 'tác giả, Đài Phát thanh - Truyền hình' },
  { email: 'bientap@cchc.local', firstname: 'Biên tập viên', lastname: 'Sở Nội vụ', role: ROLE_CODES.editor, agencies: ['so-noi-vu-can-tho'], description: 'biên tập viên, Sở Nội vụ' },
  { email: 'bientap2@cchc.local', firstname: 'Biên tập viên 2', lastname: 'Sở Nội vụ', role: ROLE_CODES.editor, agencies: ['so-noi-vu-can-tho'], description: 'biên tập viên thứ hai (quy tắc hai người)' },
  { email: 'dich.khmer@cchc.local', firstname: 'Biên dịch', lastname: 'tiếng Khmer', role: ROLE_CODES.translatorKm, agencies: [], description: 'biên dịch tiếng Khmer' },
  { email: 'dich.anh@cchc.local', firstname: 'Biên dịch', lastname: 'tiếng Anh', role: ROLE_CODES.translatorEn, agencies: [], description: 'biên dịch tiếng Anh' },
];
