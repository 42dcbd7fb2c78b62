/**
 * Puts generated files into Strapi's media library through the upload plugin, once: a file
 * whose name is already in the library is reused, so a second run uploads nothing. Files are
 * made only when needed, in a temporary folder that is removed afterwards (never in the repo).
 */
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import type { PdfSeed, Scene } from '../types';
import { renderTune } from './audio';
import { renderPdf } from './pdf';
import { renderPicture } from './picture';

export interface MediaStats {
  created: number;
  reused: number;
}

interface FileInfo {
  name: string;
  alternativeText?: string;
  caption?: string;
}

interface UploadedFile {
  id: number;
}

interface UploadService {
  upload(
    input: {
      data: { fileInfo: FileInfo };
      files: { filepath: string; originalFilename: string; mimetype: string; size: number };
    },
  ): Promise<UploadedFile[] | UploadedFile>;
}

export class MediaLibrary {
  readonly stats: MediaStats = { created: 0, reused: 0 };
  private readonly ids = new Map<string, number>();
  private tempDir: string | undefined;

  constructor(
    private readonly strapi: Core.Strapi,
    private readonly pdfs: ReadonlyMap<string, PdfSeed>,
    private readonly log: (line: string) => void,
  ) {}

  /** A generated JPEG picture (covers, galleries, posters). */
  image(name: string, scene: Scene, info: { alt: string; caption?: string }): Promise<number> {
    return this.ensure(`${name}.jpg`, 'image/jpeg', () => renderPicture(scene, name), info);
  }

  pdf(key: string): Promise<number> {
    const spec = this.pdfs.get(key);
    if (!spec) throw new Error(`[seed] no PDF "${key}" in data/files.ts`);
    return this.ensure(`${key}.pdf`, 'application/pdf', () => renderPdf(spec), { alt: spec.title, caption: spec.subtitle });
  }

  /** A generated signature tune (MP3). */
  audio(key: string, seconds = 12): Promise<number> {
    return this.ensure(`${key}.mp3`, 'audio/mpeg', () => renderTune(key, seconds), { alt: 'Nhạc hiệu chuyên mục cải cách hành chính' });
  }

  /** Removes the temporary folder of generated files. */
  dispose(): void {
    if (this.tempDir) rmSync(this.tempDir, { recursive: true, force: true });
    this.tempDir = undefined;
  }

  private async ensure(
    name: string,
    mimetype: string,
    make: () => Promise<Buffer>,
    info: { alt: string; caption?: string },
  ): Promise<number> {
    const known = this.ids.get(name);
    if (known !== undefined) return known;

    const existing = (await this.strapi.db
      .query('plugin::upload.file')
      .findOne({ where: { name }, select: ['id'], orderBy: { id: 'asc' } })) as UploadedFile | null;
    if (existing) {
      this.stats.reused += 1;
      this.ids.set(name, existing.id);
      return existing.id;
    }

    this.tempDir ??= mkdtempSync(path.join(os.tmpdir(), 'cchc-seed-'));
    const filepath = path.join(this.tempDir, name);
    writeFileSync(filepath, await make());
    const upload = this.strapi.plugin('upload').service('upload') as unknown as UploadService;
    const result = await upload.upload({
      data: { fileInfo: { name, alternativeText: info.alt, caption: info.caption } },
      files: { filepath, originalFilename: name, mimetype, size: statSync(filepath).size },
    });
    const file = Array.isArray(result) ? result[0] : result;
    if (!file) throw new Error(`[seed] the upload of ${name} returned nothing`);
    rmSync(filepath, { force: true });
    this.stats.created += 1;
    this.ids.set(name, file.id);
    this.log(`  uploaded ${name}`);
    return file.id;
  }
}
