/**
 * The content manager's models that have the editorial workflow: the model's types with the
 * `workflow` capability (content-types/src/capabilities.ts), by their Strapi uid.
 */
import { typesWith, uidOf } from '@cchc/content-types/model';

const BY_UID = new Map<string, string>(typesWith('workflow').map((t) => [uidOf(t.name), t.name]));

export const WORKFLOW_MODELS = [...BY_UID.keys()];
export const isWorkflowModel = (model: string) => BY_UID.has(model);
export const typeOfModel = (model: string) => BY_UID.get(model) ?? model;
