import type { Core } from '@strapi/strapi';

const allowedMediaTypes = [
  'image/jpeg',
  'image/png',
  'image/webp',
  'image/avif',
  'video/mp4',
  'video/webm',
  'audio/mpeg',
  'audio/mp4',
  'audio/ogg',
  'application/pdf',
  'application/msword',
  'application/vnd.openxmlformats-officedocument.*',
  'application/vnd.ms-powerpoint',
  'application/vnd.oasis.opendocument.*',
  'text/plain',
  'text/csv',
];

// SVG can carry scripts; executables have no place in a news section.
const deniedTypes = [
  'image/svg+xml',
  'application/vnd.microsoft.portable-executable',
  'application/x-msdownload',
  'application/x-msdos-program',
  'application/x-executable',
  'application/x-dosexec',
  'application/x-sh',
  'text/x-shellscript',
  'application/x-mach-binary',
  'text/html',
];

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Plugin => ({
  'users-permissions': {
    config: {
      jwtManagement: 'refresh',
      sessions: { httpOnly: true },
    },
  },
  upload: {
    config: {
      sizeLimit: env.int('UPLOAD_SIZE_LIMIT', 200 * 1024 * 1024),
      security: { allowedTypes: allowedMediaTypes, deniedTypes },
      // Responsive variants are made by the site's image pipeline, not on upload.
      breakpoints: { small: 500 },
      // Uploaded files get unique names (the file's name and a random suffix), so they may be
      // cached for a year. The site's asset pipeline downloads each name once
      // (site/src/lib/assets/originals.ts).
      providerOptions: { localServer: { maxage: 365 * 24 * 60 * 60 * 1000 } },
    },
  },
});

export default config;
