/**
 * The editorial workflow as people meet it, in the production admin panel in Chromium: an author
 * of one agency logs in, writes and submits; the coordinating editor finds the submission in
 * the review queue, asks for a change with a comment; the author sees the comment, revises and
 * submits again; the editor approves and publishes. Every screen on that path is checked for
 * untranslated English (visible text, accessible names, placeholders).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { paragraphs, uidOf } from '@cchc/content-types';
import type { RunningCms } from '../support/strapi';
import { bootProductionCms, launchChromium, signIn as signInAs } from './chromium';
import { createTerm, uploadTestImage } from '../support/fixtures';
import { createAdminUser, type TestUser } from '../support/admin-users';
import { englishWordsIn, VISIBLE_TEXT_SCRIPT } from './english-words';

const ADMIN = { email: 'quantri@soctrang.gov.vn', password: 'Một-mật-khẩu-dài-2026' };
const AGENCY = 'Sở Tư pháp';
const ALLOWED = ['Strapi', 'CCHC', 'Sóc Trăng', 'English', AGENCY];
const TITLE = 'Một cửa liên thông ở Mỹ Xuyên';

let cms: RunningCms;
let browser: Browser;
let author: TestUser;
let editor: TestUser;
let documentId: string;

beforeAll(async () => {
  cms = await bootProductionCms(ADMIN);
  const agency = await createTerm(cms.strapi, 'agency', { vi: AGENCY, km: 'មន្ទីរយុត្តិធម៌', en: 'Department of Justice' }, { code: 'so-tu-phap', agencyKind: 'department' });
  const image = await uploadTestImage(cms.strapi);
  author = await createAdminUser(cms.strapi, 'tacgia@tuphap.test', ['cchc-author'], [agency]);
  editor = await createAdminUser(cms.strapi, 'bientap@noivu.test', ['cchc-editor']);
  // The draft the author starts from (the media picker is Strapi's own and tested there).
  const draft = await cms.strapi.documents(uidOf('article') as never).create({
    locale: 'vi',
    data: { title: 'Bản nháp', summary: 'Tóm tắt', body: paragraphs('Nội dung'), agency, cover: { image, alt: 'Quầy một cửa' } } as never,
  });
  documentId = draft.documentId;
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await cms?.stop();
});

const editView = () => `/admin/content-manager/collection-types/api::article.article/${documentId}?plugins[i18n][locale]=vi`;

const signIn = (user: TestUser): Promise<Page> => signInAs(browser, cms.url, user);

/** Waits for `text` on the screen; if it never comes, the failure says what the screen showed. */
async function shows(page: Page, text: string): Promise<void> {
  try {
    await page.getByText(text, { exact: false }).first().waitFor({ timeout: 30_000 });
  } catch (error) {
    const screen = ((await page.evaluate(VISIBLE_TEXT_SCRIPT)) as string).replace(/\s+/g, ' ').slice(0, 3000);
    throw new Error(`"${text}" never showed on ${page.url()}; the screen read: ${screen}`, { cause: error });
  }
}

/** The screen's untranslated English once `ready` shows. */
async function englishOn(page: Page, ready: string): Promise<string[]> {
  await shows(page, ready);
  await page.waitForLoadState('networkidle');
  return englishWordsIn((await page.evaluate(VISIBLE_TEXT_SCRIPT)) as string, [...ALLOWED, author.email, editor.email]);
}

/** The workflow panel's action, then its form's confirmation. */
async function act(page: Page, action: string, fill?: [label: string, text: string]) {
  await page.getByRole('button', { name: action, exact: true }).click();
  if (fill) await page.getByLabel(fill[0]).fill(fill[1]);
  await page.getByRole('button', { name: `Xác nhận: ${action}` }).click();
}

describe('an author submits, the editor reviews, in Chromium', () => {
  it('lets the author write and submit, in Vietnamese', async () => {
    const page = await signIn(author);
    await page.goto(`${cms.url}${editView()}`, { waitUntil: 'networkidle' });
    expect(await englishOn(page, 'Quy trình biên tập')).toEqual([]);
    await expect(page.getByText('Bản nháp', { exact: true }).first().isVisible()).resolves.toBe(true);
    // Strapi's own publish button is not offered on a workflow type.
    await expect(page.getByRole('button', { name: 'Xuất bản', exact: true }).count()).resolves.toBe(0);

    await page.getByLabel('Tiêu đề').fill(TITLE);
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await shows(page, TITLE);
    await page.waitForLoadState('networkidle');
    await act(page, 'Gửi duyệt');
    await shows(page, 'Chờ duyệt');
    expect(await englishOn(page, 'Chờ duyệt')).toEqual([]);
    await page.context().close();
  });

  it('shows the editor the submission in the review queue; the editor asks for a change', async () => {
    const page = await signIn(editor);
    await page.getByRole('link', { name: 'Hàng chờ duyệt' }).click();
    await page.getByRole('heading', { name: 'Hàng chờ duyệt' }).waitFor();
    expect(await englishOn(page, TITLE)).toEqual([]);
    const row = page.getByRole('row', { name: new RegExp(TITLE) });
    await expect(row.getByText(AGENCY).isVisible()).resolves.toBe(true);
    await expect(row.getByText('Tiếng Việt').isVisible()).resolves.toBe(true);
    await row.getByRole('link', { name: TITLE }).click();
    await shows(page, 'Quy trình biên tập');
    expect(await englishOn(page, 'Yêu cầu sửa')).toEqual([]);
    await act(page, 'Yêu cầu sửa', ['Điều cần sửa', 'Bổ sung số hồ sơ đã giải quyết năm 2026.']);
    await shows(page, 'Cần sửa');
    await page.context().close();
  });

  it('shows the author the comment; the author revises and submits again', async () => {
    const page = await signIn(author);
    await page.goto(`${cms.url}${editView()}`, { waitUntil: 'networkidle' });
    await shows(page, '«Bổ sung số hồ sơ đã giải quyết năm 2026.»');
    expect(await englishOn(page, 'Cần sửa')).toEqual([]);
    await page.getByLabel('Sapo').fill('Năm 2026 giải quyết 12.400 hồ sơ một cửa liên thông.');
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await page.waitForLoadState('networkidle');
    await act(page, 'Gửi duyệt');
    await shows(page, 'Chờ duyệt');
    await page.context().close();
  });

  it('lets the editor approve and publish, and the document is on the site', async () => {
    const page = await signIn(editor);
    await page.goto(`${cms.url}${editView()}`, { waitUntil: 'networkidle' });
    await act(page, 'Duyệt');
    await shows(page, 'Đã duyệt');
    await act(page, 'Xuất bản');
    await shows(page, 'Đang đăng trên trang');
    expect(await englishOn(page, 'Đã xuất bản')).toEqual([]);
    await page.context().close();
    const published = await fetch(`${cms.url}/api/articles/${documentId}?locale=vi`);
    expect(published.status).toBe(200);
    expect(((await published.json()) as { data: { summary: string } }).data.summary).toBe('Năm 2026 giải quyết 12.400 hồ sơ một cửa liên thông.');
  });
});
