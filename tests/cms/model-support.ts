export {
  ALL_TYPES,
  DEFAULT_LOCALE,
  LOCALES,
  editorTexts,
  strapiComponents,
  strapiSchemaOf,
  uidOf,
} from '@cchc/content-types';
import { components } from '@cchc/content-types';

export const COMPONENTS_UIDS = [components.image, components.file, components.contact, components.measuredResult].map((c) => c.uid);
