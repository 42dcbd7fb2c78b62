/**
 * How long an audio or video file plays, in seconds: Strapi measures nothing of the kind, and
 * the radio's bulletins, podcast enclosures and the press's renditions need it. Measured once,
 * when the bytes arrive (an upload, a replaced file), and kept on the upload itself (the
 * `duration` attribute that src/extensions/upload/strapi-server.ts adds to the upload plugin's
 * file type), so that the REST output and the Document Service carry it wherever the file is
 * populated. music-metadata reads it from the container (MP3 frames, MP4 atoms, …).
 *
 * A file that cannot be read is kept without a duration: an upload never fails for this.
 */
import { createReadStream } from 'node:fs';
import path from 'node:path';
import type { Readable } from 'node:stream';
import type { Core } from '@strapi/strapi';
import { importEsm } from '../esm';

export const FILE_UID = 'plugin::upload.file';
export const DURATION_ATTRIBUTE = 'duration';

/** The part of music-metadata (an ES module) used here. */
interface MusicMetadata {
  parseStream(stream: Readable, fileInfo: { mimeType?: string }, options: { duration: boolean; skipCovers: boolean }): Promise<{ format: { duration?: number } }>;
}

/** What a write to a file row carries when it brings new bytes (Strapi's upload service). */
interface FileWrite {
  name?: string;
  mime?: string;
  getStream?: () => Readable;
  duration?: number | null;
}

const isTimed = (mime: unknown): mime is string => typeof mime === 'string' && /^(audio|video)\//.test(mime);

async function durationOf(stream: Readable, mime: string): Promise<number | null> {
  const { parseStream } = await importEsm<MusicMetadata>('music-metadata');
  try {
    // `duration: true`: count the frames of an MP3 without a Xing header rather than guess.
    const { format } = await parseStream(stream, { mimeType: mime }, { duration: true, skipCovers: true });
    const seconds = format.duration;
    return typeof seconds === 'number' && Number.isFinite(seconds) && seconds > 0 ? Math.round(seconds * 1000) / 1000 : null;
  } finally {
    stream.destroy();
  }
}

async function measured(strapi: Core.Strapi, name: string | undefined, measure: () => Promise<number | null>): Promise<number | null> {
  try {
    return await measure();
  } catch (error) {
    strapi.log.warn(`[uploads] could not measure the duration of "${name ?? '?'}": ${(error as Error).message}`);
    return null;
  }
}

/** Before a file row is written with new bytes: their duration, or none (an image replacing a recording). */
async function measureWrite(strapi: Core.Strapi, data: FileWrite | undefined): Promise<void> {
  if (!data || typeof data.getStream !== 'function') return;
  const { getStream, mime } = data;
  data.duration = isTimed(mime) ? await measured(strapi, data.name, () => durationOf(getStream(), mime)) : null;
}

/** A stored file's bytes, when they are in this CMS's public folder (the local upload provider). */
function localStream(strapi: Core.Strapi, url: string): Readable | null {
  if (!url.startsWith('/')) return null;
  const root = path.resolve(strapi.dirs.static.public);
  const file = path.resolve(root, `.${decodeURIComponent(url.split('?')[0]!)}`);
  return file.startsWith(`${root}${path.sep}`) ? createReadStream(file) : null;
}

/**
 * Files uploaded before durations were measured. Only those in this CMS's own folder: the CMS
 * makes no call out to read a file stored elsewhere (those are measured when uploaded).
 */
export async function measureStoredDurations(strapi: Core.Strapi): Promise<void> {
  const files = (await strapi.db.query(FILE_UID).findMany({
    where: { [DURATION_ATTRIBUTE]: null, $or: [{ mime: { $startsWith: 'audio/' } }, { mime: { $startsWith: 'video/' } }] },
    select: ['id', 'name', 'url', 'mime'],
  })) as { id: number; name: string; url: string; mime: string }[];
  for (const file of files) {
    const stream = localStream(strapi, file.url);
    if (!stream) continue;
    const duration = await measured(strapi, file.name, () => durationOf(stream, file.mime));
    if (duration !== null) await strapi.db.query(FILE_UID).update({ where: { id: file.id }, data: { [DURATION_ATTRIBUTE]: duration } });
  }
}

/** At start, before anything uploads (the seed): measure what comes, then what is there without a duration. */
export async function startUploadDurations(strapi: Core.Strapi): Promise<void> {
  strapi.db.lifecycles.subscribe({
    models: [FILE_UID],
    beforeCreate: (event) => measureWrite(strapi, event.params.data as FileWrite),
    beforeUpdate: (event) => measureWrite(strapi, event.params.data as FileWrite),
  });
  await measureStoredDurations(strapi);
}
