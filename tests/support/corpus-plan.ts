/**
 * What a generated corpus holds, decided before anything is written: the taxonomy terms, the
 * images, and N documents as Document Service data (Vietnamese, and for some a Khmer
 * translation). Both ways of writing a corpus (./corpus.ts) read this one plan, so that the
 * same plan written either way gives the same database.
 *
 * Pure: no Strapi, no database. Ids are not known yet, so the data names terms and images by
 * `Ref`s, which `resolveRefs` turns into documentIds and file ids once they exist.
 */
import { paragraphs, type ContentTypeName } from '@cchc/content-types';
import { createRandom } from '../../cms/src/seed/media/random';
import { FIXED_SEED } from './generated';
import type { Names } from './fixtures';

/** A term or an image named before it exists. */
export type Ref = { ref: 'term'; key: string } | { ref: 'image'; index: number };

export type Data = Record<string, unknown>;

export interface TermPlan {
  /** Unique in the plan, e.g. `agency:0`. */
  key: string;
  type: 'agency' | 'reform-area' | 'topic';
  names: Names;
  extra: Data;
}

export interface DocumentPlan {
  /** 0-based, in the order the documents are written. */
  index: number;
  type: ContentTypeName;
  /** Document Service data of the Vietnamese original. */
  vi: Data;
  /** Its Khmer translation: the translated fields only (the CMS copies the shared ones). */
  km?: Data;
}

export interface CorpusPlan {
  seed: number;
  terms: TermPlan[];
  /** File names of the images uploaded for the corpus, shared by its documents. */
  images: string[];
  documents: DocumentPlan[];
}

export interface CorpusOptions {
  documents: number;
  /** Owning agencies the documents are spread over (`so-noi-vu`, then `co-quan-2`, …). */
  agencies?: number;
  /** Chooses the optional parts of each document (translation, extra terms, gallery, …). */
  seed?: number;
  /** The share of documents with a Khmer translation (about one in ten, as on the real site). */
  khmerShare?: number;
}

const AREAS = ['Cải cách thể chế', 'Cải cách thủ tục hành chính', 'Cải cách tài chính công', 'Chính phủ số'];
const TOPICS = ['Lan tỏa dịch vụ công trực tuyến', 'Chuyển đổi số cấp xã'];
const WORDS = ['cải cách', 'thủ tục', 'một cửa', 'dịch vụ công', 'trực tuyến', 'chuyển đổi số', 'người dân', 'doanh nghiệp', 'công chức', 'tuyên truyền', 'hồ sơ', 'Sóc Trăng', 'Cần Thơ', 'đối thoại'];
/** Seven in ten documents are articles, as in the section's archive. */
const KINDS: ContentTypeName[] = ['article', 'article', 'article', 'article', 'article', 'article', 'article', 'good-practice', 'event', 'training-material'];
const IMAGES = 6;
const KHMER_DIGITS = '០១២៣៤៥៦៧៨៩';

function phrase(i: number, length: number): string {
  return Array.from({ length }, (_, k) => WORDS[(i * 7 + k * 3) % WORDS.length]).join(' ');
}

/** A Khmer title has Khmer digits: no Latin letter, so the CMS gives it the Vietnamese slug. */
const khmerNumber = (n: number) => [...String(n)].map((d) => KHMER_DIGITS[Number(d)]).join('');

const term = (key: string): Ref => ({ ref: 'term', key });
const image = (index: number): Ref => ({ ref: 'image', index });

function plannedTerms(agencies: number): TermPlan[] {
  const terms: TermPlan[] = [
    { key: 'agency:0', type: 'agency', names: { vi: 'Sở Nội vụ', km: 'មន្ទីរកិច្ចការផ្ទៃក្នុង', en: 'Department of Home Affairs' }, extra: { code: 'so-noi-vu', agencyKind: 'department' } },
  ];
  for (let n = 2; n <= agencies; n++) {
    terms.push({ key: `agency:${n - 1}`, type: 'agency', names: { vi: `Cơ quan ${n}`, km: `ស្ថាប័ន ${n}`, en: `Agency ${n}` }, extra: { code: `co-quan-${n}`, agencyKind: 'department' } });
  }
  AREAS.forEach((name, i) =>
    terms.push({ key: `reform-area:${i}`, type: 'reform-area', names: { vi: name, km: `វិស័យ ${i + 1}`, en: `Area ${i + 1}` }, extra: { code: `area-${i}`, order: i, crossCutting: false } }),
  );
  TOPICS.forEach((name, i) => terms.push({ key: `topic:${i}`, type: 'topic', names: { vi: name, km: `ប្រធានបទ ${i + 1}`, en: `Topic ${i + 1}` }, extra: { code: `topic-${i}` } }));
  return terms;
}

export function planCorpus(options: CorpusOptions): CorpusPlan {
  const { documents: total, agencies = 1, seed = FIXED_SEED, khmerShare = 0.1 } = options;
  const random = createRandom(seed);
  const documents: DocumentPlan[] = [];
  for (let i = 0; i < total; i++) {
    const type = KINDS[i % KINDS.length]!;
    const cover = { image: image(i % IMAGES), alt: `Ảnh minh họa ${i + 1}` };
    const firstArea = random.int(0, AREAS.length - 1);
    const areas = random.next() < 0.3 ? [firstArea, (firstArea + 1) % AREAS.length] : [firstArea];
    const common: Data = {
      title: `${phrase(i, 6)} ${i + 1}`,
      summary: phrase(i + 1, 24),
      agency: term(`agency:${i % agencies}`),
      reformAreas: areas.map((a) => term(`reform-area:${a}`)),
      cover,
      isDemo: true,
    };
    if (random.next() < 0.25) common.topics = [term(`topic:${random.int(0, TOPICS.length - 1)}`)];
    const body = paragraphs(phrase(i + 2, 60), phrase(i + 3, 80), phrase(i + 4, 50));
    const date = new Date(Date.UTC(2022, 6, 1) + (i % 1500) * 86_400_000).toISOString();
    const files = Array.from({ length: random.int(1, 2) }, (_, k) => ({ file: image(k), title: `Tài liệu ${k + 1} (PDF)` }));
    let vi: Data;
    let translated: Data = {};
    switch (type) {
      case 'article': {
        vi = { ...common, body, date, kind: 'news' };
        if (random.next() < 0.15) vi.gallery = Array.from({ length: random.int(1, 2) }, (_, k) => ({ image: image((i + k + 1) % IMAGES), alt: `Ảnh ${k + 1}` }));
        translated = { body };
        break;
      }
      case 'good-practice': {
        vi = { ...common, problem: body, solution: body, year: 2022 + (i % 5), stage: 'pilot' };
        if (random.next() < 0.5) vi.results = [{ indicator: 'Thời gian giải quyết hồ sơ', before: '15', after: '5', unit: 'ngày' }];
        translated = { problem: body, solution: body };
        break;
      }
      case 'event':
        vi = { ...common, body, startsAt: date, eventKind: 'workshop', eventStatus: 'held' };
        translated = { body };
        break;
      case 'training-material':
        vi = { ...common, body, versionDate: date.slice(0, 10), materialKind: 'handbook', files };
        translated = { body, files };
        break;
    }
    const km = random.next() < khmerShare ? { title: `ឯកសារ ${khmerNumber(i + 1)}`, summary: 'សេចក្តីសង្ខេប', cover, ...translated } : undefined;
    documents.push({ index: i, type, vi, ...(km ? { km } : {}) });
  }
  return { seed, terms: plannedTerms(agencies), images: Array.from({ length: IMAGES }, (_, i) => `corpus-${i}.png`), documents };
}

/** The terms and images of a plan once they exist: documentIds by term key, file ids by image index. */
export interface CorpusSetup {
  terms: Map<string, string>;
  images: number[];
}

const isRef = (value: unknown): value is Ref => typeof value === 'object' && value !== null && 'ref' in value;

/** `data` with every `Ref` replaced by the id it names: Document Service data. */
export function resolveRefs(data: Data, setup: CorpusSetup): Data {
  const resolve = (value: unknown): unknown => {
    if (isRef(value)) {
      const id = value.ref === 'term' ? setup.terms.get(value.key) : setup.images[value.index];
      if (id === undefined) throw new Error(`the corpus names ${JSON.stringify(value)}, which its set-up did not make`);
      return id;
    }
    if (Array.isArray(value)) return value.map(resolve);
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolve(v)]));
    return value;
  };
  return resolve(data) as Data;
}
