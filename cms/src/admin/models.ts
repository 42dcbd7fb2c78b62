/**
 * The content manager's models of ours, by what the model says they have (their capabilities,
 * content-types/src/capabilities.ts), so that a screen shows on the types its server room serves.
 */
import { typesWith, uidOf, type Capability } from '@cchc/content-types/model';

const typesByUid = (capability: Capability) => new Map<string, string>(typesWith(capability).map((t) => [uidOf(t.name), t.name]));

const WORKFLOW = typesByUid('workflow');
const VERSIONED = typesByUid('versioned');

/** The uids of the types with the editorial workflow (and so scheduling, which goes through it). */
export const WORKFLOW_MODELS = [...WORKFLOW.keys()];
export const isWorkflowModel = (model: string) => WORKFLOW.has(model);
/** Whether every publish of the type is kept as a version (the history panel). */
export const isVersionedModel = (model: string) => VERSIONED.has(model);
/** The type's name (`article`) of a workflow model's uid (`api::article.article`). */
export const typeOfModel = (model: string) => WORKFLOW.get(model) ?? model;
