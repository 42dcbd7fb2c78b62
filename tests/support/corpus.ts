/**
 * A generated corpus for the build benchmark: N documents across the four content types,
 * Vietnamese with a Khmer translation for every tenth, tagged with a few taxonomy terms and
 * sharing a handful of cover images (as a real archive reuses photos). Written through the
 * Document Service like any other content.
 */
import type { Core, UID } from '@strapi/strapi';
import { paragraphs, uidOf } from '@cchc/content-types';
import { createTerm, uploadTestImage } from './fixtures';

const AREAS = ['Cải cách thể chế', 'Cải cách thủ tục hành chính', 'Cải cách tài chính công', 'Chính phủ số'];
const WORDS = ['cải cách', 'thủ tục', 'một cửa', 'dịch vụ công', 'trực tuyến', 'chuyển đổi số', 'người dân', 'doanh nghiệp', 'công chức', 'tuyên truyền', 'hồ sơ', 'Sóc Trăng', 'Cần Thơ', 'đối thoại'];

function phrase(i: number, length: number): string {
  return Array.from({ length }, (_, k) => WORDS[(i * 7 + k * 3) % WORDS.length]).join(' ');
}

async function mapLimit<T>(items: T[], limit: number, fn: (item: T) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < items.length) await fn(items[next++]!);
    }),
  );
}

/**
 * `agencies` spreads the documents over that many owning agencies (`so-noi-vu`, then
 * `co-quan-2`, …), as the section's departments and localities share it; the build benchmark
 * keeps one.
 */
export async function generateCorpus(strapi: Core.Strapi, total: number, log: (line: string) => void, agencies = 1): Promise<void> {
  const started = Date.now();
  const owners = [await createTerm(strapi, 'agency', { vi: 'Sở Nội vụ', km: 'មន្ទីរកិច្ចការផ្ទៃក្នុង', en: 'Department of Home Affairs' }, { code: 'so-noi-vu', agencyKind: 'department' })];
  for (let n = 2; n <= agencies; n++) {
    owners.push(await createTerm(strapi, 'agency', { vi: `Cơ quan ${n}`, km: `ស្ថាប័ន ${n}`, en: `Agency ${n}` }, { code: `co-quan-${n}`, agencyKind: 'department' }));
  }
  const areas: string[] = [];
  for (const [i, name] of AREAS.entries()) {
    areas.push(await createTerm(strapi, 'reform-area', { vi: name, km: `វិស័យ ${i + 1}`, en: `Area ${i + 1}` }, { code: `area-${i}`, order: i, crossCutting: false }));
  }
  const images: number[] = [];
  for (let i = 0; i < 6; i++) images.push(await uploadTestImage(strapi, `corpus-${i}.png`));
  const files = images.slice(0, 1);

  const kinds = ['article', 'article', 'article', 'article', 'article', 'article', 'article', 'good-practice', 'event', 'training-material'];
  const indices = Array.from({ length: total }, (_, i) => i);
  let done = 0;
  await mapLimit(indices, 6, async (i) => {
    const type = kinds[i % kinds.length]!;
    const title = `${phrase(i, 6)} ${i + 1}`;
    const common = {
      title,
      summary: phrase(i + 1, 24),
      agency: owners[i % owners.length],
      reformAreas: [areas[i % areas.length]],
      cover: { image: images[i % images.length], alt: `Ảnh minh họa ${i + 1}` },
      isDemo: true,
    };
    const body = paragraphs(phrase(i + 2, 60), phrase(i + 3, 80), phrase(i + 4, 50));
    const date = new Date(Date.UTC(2022, 6, 1) + (i % 1500) * 86_400_000).toISOString();
    const data: Record<string, unknown> =
      type === 'article'
        ? { ...common, body, date, kind: 'news' }
        : type === 'good-practice'
          ? { ...common, problem: body, solution: body, year: 2022 + (i % 5), stage: 'pilot' }
          : type === 'event'
            ? { ...common, body, startsAt: date, eventKind: 'workshop', eventStatus: 'held' }
            : { ...common, body, versionDate: date.slice(0, 10), materialKind: 'handbook', files: [{ file: files[0], title: 'Tài liệu (PDF)' }] };
    const docs = strapi.documents(uidOf(type) as UID.ContentType);
    const created = await docs.create({ locale: 'vi', data, status: 'published' } as never);
    if (i % 10 === 0) {
      await docs.update({
        documentId: created.documentId,
        locale: 'km',
        data: { title: `ឯកសារ ${i + 1}`, summary: 'សេចក្តីសង្ខេប', cover: common.cover, ...(type === 'good-practice' ? { problem: body, solution: body } : { body }), ...(type === 'training-material' ? { files: data.files } : {}) },
        status: 'published',
      } as never);
    }
    done++;
    if (done % 500 === 0) log(`corpus: ${done}/${total} documents (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  });
  log(`corpus: ${total} documents in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
