/** The content manager's models that have the editorial workflow (derived from the content model). */
import { CONTENT_TYPES, uidOf } from '@cchc/content-types';

const BY_UID = new Map<string, string>(CONTENT_TYPES.map((t) => [uidOf(t.name), t.name]));

export const isWorkflowModel = (model: string) => BY_UID.has(model);
export const typeOfModel = (model: string) => BY_UID.get(model) ?? model;
export const WORKFLOW_MODELS = [...BY_UID.keys()];
