/**
 * The version history panel (cms/src/admin/history/) in the production admin build, in
 * Chromium: an editor opens a document with three versions, compares two (insertions and
 * deletions marked with <ins>/<del>, not by colour only), restores one as the new draft after
 * a confirmation; no untranslated English on any of those screens.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { bootProductionCms, launchChromium } from './chromium';
import type { UID } from '@strapi/strapi';
import { paragraphs } from '@cchc/content-types';
import type { RunningCms } from '../support/strapi';
import { createTerm, uploadTestImage } from '../support/fixtures';
import { englishWordsIn, VISIBLE_TEXT_SCRIPT } from './english-words';

const ADMIN = { email: 'quantri@soctrang.gov.vn', password: 'Một-mật-khẩu-dài-2026' };
const ALLOWED = ['Strapi', 'CCHC', 'Sóc Trăng', 'English', ADMIN.email];
const ARTICLE = 'api::article.article' as UID.ContentType;

let cms: RunningCms;
let browser: Browser;
let page: Page;
let articleId: string;

beforeAll(async () => {
  cms = await bootProductionCms(ADMIN);
  const agency = await createTerm(cms.strapi, 'agency', { vi: 'Sở Nội vụ', km: 'មន្ទីរកិច្ចការផ្ទៃក្នុង', en: 'Department of Home Affairs' }, { code: 'so-noi-vu', agencyKind: 'department' });
  const image = await uploadTestImage(cms.strapi, 'quay-mot-cua.png');
  const docs = cms.strapi.documents(ARTICLE);
  const article = await docs.create({
    locale: 'vi',
    data: { title: 'Bộ phận một cửa cấp xã', summary: 'Tóm tắt', body: paragraphs('Người dân nộp hồ sơ tại xã.'), agency, cover: { image, alt: 'Quầy một cửa' } },
  } as never);
  articleId = article.documentId;
  const update = (data: Record<string, unknown>) => docs.update({ documentId: articleId, locale: 'vi', data } as never);
  await docs.publish({ documentId: articleId, locale: 'vi' } as never);
  await update({ summary: 'Tóm tắt đã sửa lỗi chính tả' });
  await docs.publish({ documentId: articleId, locale: 'vi' } as never);
  await update({ title: 'Bộ phận một cửa hiện đại', body: paragraphs('Người dân nộp hồ sơ trực tuyến.') });
  await docs.publish({ documentId: articleId, locale: 'vi', major: true, changeNote: 'Bổ sung dịch vụ công trực tuyến' } as never);

  browser = await launchChromium();
  page = await (await browser.newContext({ viewport: { width: 1440, height: 1000 } })).newPage();
  await page.goto(`${cms.url}/admin`, { waitUntil: 'networkidle' });
  await page.fill('input[name="email"]', ADMIN.email);
  await page.fill('input[name="password"]', ADMIN.password);
  await page.click('button[type="submit"]');
  await page.waitForURL((url) => !url.pathname.includes('/auth/'));
});
afterAll(async () => {
  await browser?.close();
  await cms?.stop();
});

async function english(): Promise<string[]> {
  await page.waitForLoadState('networkidle');
  return englishWordsIn((await page.evaluate(VISIBLE_TEXT_SCRIPT)) as string, ALLOWED);
}

describe('the version history panel (production build)', () => {
  it('lists the versions of the document on its edit view, in Vietnamese', async () => {
    await page.goto(`${cms.url}/admin/content-manager/collection-types/${ARTICLE}/${articleId}?plugins[i18n][locale]=vi`, { waitUntil: 'networkidle' });
    await page.getByText('Lịch sử phiên bản').first().waitFor({ timeout: 30_000 });
    const list = page.getByRole('list', { name: 'Lịch sử phiên bản' });
    await list.waitFor();
    expect(await list.getByRole('listitem').count()).toBe(3);
    const newest = list.getByRole('listitem').first();
    expect(await newest.innerText()).toMatch(/Phiên bản 3[\s\S]*Thay đổi lớn[\s\S]*Hệ thống[\s\S]*Ghi chú thay đổi: Bổ sung dịch vụ công trực tuyến/i);
    expect(await list.getByRole('listitem').nth(1).innerText()).toMatch(/Thay đổi nhỏ/i);
    expect(await english()).toEqual([]);
  });

  it('compares two versions, marking insertions and deletions in the text itself', async () => {
    const compare = page.getByRole('button', { name: 'So sánh', exact: true });
    expect(await compare.isDisabled()).toBe(true);
    await page.getByRole('checkbox', { name: 'Chọn phiên bản 1 để so sánh' }).click();
    await page.getByRole('checkbox', { name: 'Chọn phiên bản 3 để so sánh' }).click();
    await compare.click();
    const dialog = page.getByRole('dialog', { name: 'So sánh phiên bản 1 và 3' });
    await dialog.waitFor();
    await dialog.getByRole('heading', { name: /Tiêu đề/ }).waitFor();
    const inserted = await dialog.locator('ins').allInnerTexts();
    const deleted = await dialog.locator('del').allInnerTexts();
    expect(inserted.join(' ')).toContain('hiện đại');
    expect(inserted.join(' ')).toContain('trực tuyến');
    expect(deleted.join(' ')).toContain('cấp xã');
    // Not by colour alone: each mark says what it is to a screen reader.
    expect(inserted.every((text) => text.startsWith('[thêm]'))).toBe(true);
    expect(deleted.every((text) => text.startsWith('[xóa]'))).toBe(true);
    expect(await english()).toEqual([]);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
  });

  it('restores a version as the new draft after saying what that does', async () => {
    await page.getByRole('button', { name: 'Khôi phục phiên bản 1' }).click();
    const confirm = page.getByRole('alertdialog');
    await confirm.waitFor();
    expect(await confirm.innerText()).toMatch(/bản nháp mới[\s\S]*duyệt lại/);
    expect(await english()).toEqual([]);
    await Promise.all([page.waitForEvent('load'), confirm.getByRole('button', { name: 'Khôi phục thành bản nháp' }).click()]);
    await page.getByText('Đã khôi phục phiên bản 1 thành bản nháp mới').waitFor({ timeout: 30_000 });
    expect(await page.locator('input[name="title"]').inputValue()).toBe('Bộ phận một cửa cấp xã');
    expect(await english()).toEqual([]);

    const docs = cms.strapi.documents(ARTICLE);
    const draft = (await docs.findOne({ documentId: articleId, locale: 'vi', status: 'draft' } as never)) as unknown as { title: string; summary: string };
    const published = (await docs.findOne({ documentId: articleId, locale: 'vi', status: 'published' } as never)) as unknown as { title: string };
    expect([draft.title, draft.summary]).toEqual(['Bộ phận một cửa cấp xã', 'Tóm tắt']);
    expect(published.title).toBe('Bộ phận một cửa hiện đại');
  });
});
