/**
 * The content model's round trip through the Document Service and the public REST API, in all
 * three locales, on SQLite and on PostgreSQL; relations survive draft -> publish and are shared
 * by a document's translations. What the public may ask, and drafts: public-api*.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UID } from '@strapi/strapi';
import { LOCALES, paragraphs, type Ref, populateOf, populateQuery, schemas, uidOf, type Locale } from '@cchc/content-types';
import { bootCms, type DatabaseKind, type RunningCms } from '../support/strapi';
import { createTaxonomy, uploadTestImage, type Taxonomy } from '../support/fixtures';

const ARTICLE = uidOf('article') as UID.ContentType;
const EVENT = uidOf('event') as UID.ContentType;

const texts: Record<Locale, { title: string; summary: string; body: string; alt: string }> = {
  // The Vietnamese title arrives decomposed (NFD), as some keyboards send it.
  vi: {
    title: 'Đẩy mạnh cải cách thủ tục hành chính'.normalize('NFD'),
    summary: 'Tỉnh rút ngắn thời gian giải quyết hồ sơ từ 15 xuống 5 ngày.',
    body: 'Bộ phận một cửa tiếp nhận hồ sơ trực tuyến.',
    alt: 'Cán bộ bộ phận một cửa hướng dẫn người dân',
  },
  km: {
    title: 'ជំរុញកំណែទម្រង់នីតិវិធីរដ្ឋបាល',
    summary: 'ខេត្តកាត់បន្ថយរយៈពេលដោះស្រាយឯកសារពី ១៥ មក ៥ ថ្ងៃ។',
    body: 'ផ្នែកច្រកចេញចូលតែមួយទទួលឯកសារតាមអនឡាញ។',
    alt: 'មន្ត្រីណែនាំប្រជាពលរដ្ឋ',
  },
  en: {
    title: 'Pushing ahead with administrative procedure reform',
    summary: 'The province cuts processing time from 15 to 5 days.',
    body: 'The one-stop shop accepts applications online.',
    alt: 'A one-stop-shop officer helps a citizen',
  },
};

async function getJson(url: string) {
  const res = await fetch(url);
  return { status: res.status, body: (await res.json()) as { data: unknown; meta?: { pagination?: { pageSize: number; total: number } }; error?: { message: string } } };
}

describe.each<DatabaseKind>(['sqlite', 'postgres'])('CMS on %s', (database) => {
  let cms: RunningCms;
  let terms: Taxonomy;
  let imageId: number;

  beforeAll(async () => {
    cms = await bootCms(database);
    terms = await createTaxonomy(cms.strapi);
    imageId = await uploadTestImage(cms.strapi);
  });
  afterAll(async () => {
    await cms?.stop();
  });

  const api = (path: string) => `${cms.url}/api${path}`;

  it('round-trips an article with every kind of field in vi, km and en', async () => {
    const docs = cms.strapi.documents(ARTICLE);
    const shared = {
      kind: 'feature',
      date: '2026-03-15T02:30:00.000Z',
      agency: terms.agency,
      reformAreas: [terms.reformArea],
      topics: [terms.topic],
      audiences: [terms.audience],
      localities: [terms.locality],
      isDemo: false,
    };
    const localized = (l: Locale) => ({
      title: texts[l].title,
      summary: texts[l].summary,
      body: paragraphs(texts[l].body),
      byline: 'Minh Anh',
      cover: { image: imageId, alt: texts[l].alt, caption: texts[l].summary, credit: 'Sở Nội vụ' },
      gallery: [{ image: imageId, alt: texts[l].alt }],
    });
    const created = await docs.create({ locale: 'vi', data: { ...localized('vi'), ...shared } } as never);
    // The translations are written with their own text only: structure comes from Vietnamese.
    await docs.update({ documentId: created.documentId, locale: 'km', data: localized('km') } as never);
    await docs.update({ documentId: created.documentId, locale: 'en', data: localized('en') } as never);
    for (const locale of LOCALES) await docs.publish({ documentId: created.documentId, locale } as never);

    for (const locale of LOCALES) {
      const { status, body } = await getJson(
        api(`/articles/${created.documentId}?locale=${locale}&${populateQuery(populateOf('article'))}`),
      );
      expect(status, locale).toBe(200);
      const article = schemas.article.parse(body.data);
      expect(article.title).toBe(texts[locale].title.normalize('NFC'));
      expect(article.locale).toBe(locale);
      expect(article.summary).toBe(texts[locale].summary);
      expect(article.body).toEqual(paragraphs(texts[locale].body));
      expect(article.cover.alt).toBe(texts[locale].alt);
      expect(article.cover.image.width).toBe(320);
      expect(article.gallery).toHaveLength(1);
      // Shared structure, identical in every locale.
      expect(article.kind).toBe('feature');
      expect(article.date).toBe('2026-03-15T02:30:00.000Z');
      expect(article.agency?.documentId).toBe(terms.agency);
      expect(article.reformAreas?.map((r) => r.documentId)).toEqual([terms.reformArea]);
      expect(article.topics?.map((r) => r.documentId)).toEqual([terms.topic]);
      expect(article.audiences?.map((r) => r.documentId)).toEqual([terms.audience]);
      expect(article.localities?.map((r) => r.documentId)).toEqual([terms.locality]);
      // Related terms come in the reader's language.
      expect(article.agency?.locale).toBe(locale);
    }
    const one = async (l: Locale) =>
      schemas.article.parse((await getJson(api(`/articles/${created.documentId}?locale=${l}&${populateQuery(populateOf('article'))}`))).body.data);
    const vi = await one('vi');
    expect(vi.slug).toBe('day-manh-cai-cach-thu-tuc-hanh-chinh');
    const en = await one('en');
    expect(en.slug).toBe('pushing-ahead-with-administrative-procedure-reform');
    // A Khmer title has no Latin letters: the slug mirrors another translation's.
    const km = await one('km');
    expect(km.slug).toBe('day-manh-cai-cach-thu-tuc-hanh-chinh');
  });

  it('keeps slugs unique per type and locale', async () => {
    const docs = cms.strapi.documents(ARTICLE);
    const data = { title: 'Hội nghị đối thoại doanh nghiệp', summary: 's', body: paragraphs('b'), agency: terms.agency };
    const a = await docs.create({ locale: 'vi', data } as never);
    const b = await docs.create({ locale: 'vi', data } as never);
    expect(a.slug).toBe('hoi-nghi-doi-thoai-doanh-nghiep');
    expect(b.slug).toBe('hoi-nghi-doi-thoai-doanh-nghiep-2');
    const edited = await docs.update({ documentId: b.documentId, locale: 'vi', data: { slug: 'Đối thoại 2026' } } as never);
    expect(edited?.slug).toBe('doi-thoai-2026');
  });

  it('keeps relations through draft -> publish, including to a target published later', async () => {
    const articles = cms.strapi.documents(ARTICLE);
    const events = cms.strapi.documents(EVENT);
    const report = await articles.create({
      locale: 'vi',
      data: { title: 'Tường thuật hội thi', summary: 's', body: paragraphs('b'), agency: terms.agency, cover: { image: imageId, alt: 'ảnh' } },
    } as never);
    const event = await events.create({
      locale: 'vi',
      data: {
        title: 'Hội thi tìm hiểu CCHC',
        summary: 'Hội thi dành cho công chức trẻ',
        eventKind: 'contest',
        startsAt: '2026-05-10T01:00:00.000Z',
        eventStatus: 'held',
        agency: terms.agency,
        coOrganisers: [terms.agency],
        reportArticle: report.documentId,
      },
    } as never);
    await events.publish({ documentId: event.documentId, locale: 'vi' } as never);
    await articles.publish({ documentId: report.documentId, locale: 'vi' } as never);

    const { body } = await getJson(api(`/events/${event.documentId}?${populateQuery(populateOf('event'))}`));
    const published = schemas.event.parse(body.data);
    expect(published.coOrganisers?.map((a) => a.documentId)).toEqual([terms.agency]);
    expect(published.reportArticle?.documentId).toBe(report.documentId);
    expect(published.reportArticle?.slug).toBe('tuong-thuat-hoi-thi');
  });

  it('shares relations between translations when an editor changes them', async () => {
    const docs = cms.strapi.documents(ARTICLE);
    const a = await docs.create({
      locale: 'vi',
      data: { title: 'Chuyển đổi số cấp xã', summary: 's', body: paragraphs('b'), agency: terms.agency },
    } as never);
    await docs.update({ documentId: a.documentId, locale: 'en', data: { title: 'Digital transformation in communes', summary: 's', body: paragraphs('b') } } as never);
    // The editor tags the English translation; the Vietnamese one follows.
    await docs.update({ documentId: a.documentId, locale: 'en', data: { topics: [terms.topic], audiences: [terms.audience] } } as never);
    type Tagged = { topics: Ref[]; audiences: Ref[]; agency: Ref };
    const vi = (await docs.findOne({ documentId: a.documentId, locale: 'vi', populate: ['topics', 'audiences'] } as never)) as unknown as Tagged;
    expect(vi.topics.map((t) => t.documentId)).toEqual([terms.topic]);
    expect(vi.audiences.map((t) => t.documentId)).toEqual([terms.audience]);
    const en = (await docs.findOne({ documentId: a.documentId, locale: 'en', populate: ['agency'] } as never)) as unknown as Tagged;
    expect(en.agency).toMatchObject({ documentId: terms.agency, locale: 'en' });
  });
});
