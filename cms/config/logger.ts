import { winston, formats } from '@strapi/logger';

// LOG_LEVEL=warn keeps tests and scripts quiet; the default shows requests like Strapi does.
export default {
  transports: [
    new winston.transports.Console({
      level: process.env.LOG_LEVEL || 'http',
      // `level` shows that level and everything more severe.
      format: formats.prettyPrint({ timestamps: 'YYYY-MM-DD HH:mm:ss.SSS' }),
    }),
  ],
};
