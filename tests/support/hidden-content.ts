/**
 * A CMS holding text no public caller may ever learn, each kind with its own marker: a
 * never-published draft (with an image used by it alone), a pending edit of a published
 * document, a draft-only translation, and a pending edit of a taxonomy term's slug and code.
 * Published content around them is ordinary and contains no marker.
 */
import type { Core, UID } from '@strapi/strapi';
import { paragraphs, uidOf } from '@cchc/content-types';
import { createTaxonomy, uploadTestImage, type Taxonomy } from './fixtures';

/** Lower-case letters and digits only, so that they survive into slugs unchanged. */
export const MARKERS = {
  draft: 'qzvdraft7k',
  edit: 'qzvedit7k',
  translation: 'qzvtrans7k',
  term: 'qzvterm7k',
  media: 'qzvmedia7k',
} as const;
export type MarkerKind = keyof typeof MARKERS;

export interface HiddenContent {
  terms: Taxonomy;
  /** documentIds, for findOne attempts. */
  ids: { draft: string; edited: string; translated: string; published: string[] };
}

const ARTICLE = uidOf('article') as UID.ContentType;
const TOPIC = uidOf('topic') as UID.ContentType;

export async function createHiddenContent(strapi: Core.Strapi): Promise<HiddenContent> {
  const terms = await createTaxonomy(strapi);
  const imageId = await uploadTestImage(strapi);
  const docs = strapi.documents(ARTICLE);
  const tags = { agency: terms.agency, topics: [terms.topic], reformAreas: [terms.reformArea], localities: [terms.locality] };
  const article = (title: string, cover = imageId) => ({
    title,
    summary: `Tóm tắt: ${title}`,
    body: paragraphs(`Nội dung: ${title}`),
    byline: 'Phòng CCHC',
    cover: { image: cover, alt: `Ảnh: ${title}`, caption: 'Chú thích' },
    ...tags,
  });
  const publish = (documentId: string, locale = 'vi') => docs.publish({ documentId, locale } as never);

  const published: string[] = [];
  for (const title of ['Một cửa liên thông cấp xã', 'Dịch vụ công trực tuyến toàn trình', 'Chỉ số hài lòng năm 2025']) {
    const doc = await docs.create({ locale: 'vi', data: article(title) } as never);
    await docs.update({ documentId: doc.documentId, locale: 'en', data: { ...article(`EN ${title}`), ...tags } } as never);
    await publish(doc.documentId);
    await publish(doc.documentId, 'en');
    published.push(doc.documentId);
  }

  // 1. Never published, with an image nothing published uses (its alt text and caption too).
  const draftImage = await uploadTestImage(strapi, `${MARKERS.media}.png`);
  await strapi.db.query('plugin::upload.file').update({
    where: { id: draftImage },
    data: { alternativeText: `alt ${MARKERS.media}`, caption: `caption ${MARKERS.media}` },
  });
  const draft = await docs.create({
    locale: 'vi',
    data: { ...article(`${MARKERS.draft} tin chưa duyệt`, draftImage), slug: `${MARKERS.draft}-slug` },
  } as never);

  // 2. Published (with a published English translation, whose localizations reach the
  // Vietnamese rows), then edited: the edit waits for review.
  const edited = await docs.create({ locale: 'vi', data: article('Hội nghị đối thoại doanh nghiệp') } as never);
  await docs.update({ documentId: edited.documentId, locale: 'en', data: article('Business dialogue conference') } as never);
  await publish(edited.documentId);
  await publish(edited.documentId, 'en');
  await docs.update({
    documentId: edited.documentId,
    locale: 'vi',
    data: { title: `${MARKERS.edit} sửa chưa duyệt`, summary: `${MARKERS.edit} tóm tắt`, byline: MARKERS.edit, slug: `${MARKERS.edit}-slug` },
  } as never);

  // 3. Published in Vietnamese; its Khmer translation is a draft only.
  const translated = await docs.create({ locale: 'vi', data: article('Cải cách thủ tục đất đai') } as never);
  await publish(translated.documentId);
  await docs.update({
    documentId: translated.documentId,
    locale: 'km',
    data: {
      title: `${MARKERS.translation} ការបកប្រែ`,
      summary: `${MARKERS.translation} km`,
      body: paragraphs(MARKERS.translation),
      slug: `${MARKERS.translation}-slug`,
    },
  } as never);

  // 4. A published topic whose pending edit renames its slug and code.
  await strapi.documents(TOPIC).update({
    documentId: terms.topic,
    locale: 'vi',
    data: { name: `${MARKERS.term} chuyên đề`, slug: `${MARKERS.term}-slug`, code: `${MARKERS.term}-code` },
  } as never);

  return { terms, ids: { draft: draft.documentId, edited: edited.documentId, translated: translated.documentId, published } };
}

/** The first marker a response text carries, if any. */
export function revealedMarker(text: string): MarkerKind | undefined {
  const lower = text.toLowerCase();
  return (Object.keys(MARKERS) as MarkerKind[]).find((k) => lower.includes(MARKERS[k]));
}
