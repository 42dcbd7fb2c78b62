/** What readers are told of a document's life: see `historyOf` in src/lib/content.ts. */
export { historyOf } from './content.ts';
