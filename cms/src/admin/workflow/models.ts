/**
 * The content manager's models that have the editorial workflow: the content types of the model
 * (content-types/src/model.ts, CONTENT_TYPES), not the taxonomies. Written out here because the
 * admin bundle cannot import the content model (a CommonJS workspace package Vite takes as
 * source, not as a dependency); tests/cms/model.test.ts fails if this list and the model part.
 */
export const WORKFLOW_MODELS = ['api::article.article', 'api::good-practice.good-practice', 'api::event.event', 'api::training-material.training-material'];

const BY_UID = new Map<string, string>(WORKFLOW_MODELS.map((uid) => [uid, uid.split('.')[1]!]));

export const isWorkflowModel = (model: string) => BY_UID.has(model);
export const typeOfModel = (model: string) => BY_UID.get(model) ?? model;
