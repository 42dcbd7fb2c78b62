/**
 * Every admin route the CMS serves (Strapi's admin, its plugins, ours), by method and path as
 * Strapi lists them, with the judge of each. The list is closed: a route it does not name is
 * refused to everyone but the administrator (route-judge.ts), so a Strapi upgrade that adds a
 * route takes nothing from an author until someone judges it here, and
 * tests/cms/admin-routes.test.ts fails until then.
 */

export type Judge =
  | 'public'
  | 'open'
  | 'administrator'
  | 'settings'
  | 'documents'
  | 'document-routes'
  | 'media'
  | 'ours';

/** What each judge means (printed by the walk test, and the reason a route carries it). */
export const JUDGES: Readonly<Record<Judge, string>> = {
  public: 'no admin session: signing in and registration, or the route authenticates by its own token',
  open: 'any signed-in admin user: schemas, layouts, their own account; nothing of an agency',
  administrator: 'the administrator (Super Admin) only, whatever the role grants',
  settings: "Strapi's RBAC, which no editorial role holds; refused to editorial users all the same",
  documents: 'goes through the Document Service, where permissions/document-guard.ts judges it',
  'document-routes': 'reads past the Document Service: the content-manager extension judges it',
  media: 'the media library: the upload extension judges it (permissions/media-library.ts)',
  ours: 'our own route, which judges the user itself (permissions/access.ts)',
};

const ADMIN: Record<string, Judge> = {
  'GET /admin/init': 'public',
  'GET /admin/project-type': 'public',
  'POST /admin/login': 'public',
  'POST /admin/access-token': 'public',
  'POST /admin/register-admin': 'public',
  'GET /admin/registration-info': 'public',
  'POST /admin/register': 'public',
  'POST /admin/forgot-password': 'public',
  'POST /admin/reset-password': 'public',
  // The data transfer's own token strategy (tokens only the administrator makes).
  'GET /admin/transfer/runner/push': 'public',
  'GET /admin/transfer/runner/pull': 'public',

  'POST /admin/logout': 'open',
  'GET /admin/telemetry-properties': 'open',
  'GET /admin/license-trial-time-left': 'open',
  'GET /admin/guided-tour-meta': 'open',
  'GET /admin/permissions': 'open',
  'POST /admin/permissions/check': 'open',
  'GET /admin/users/me': 'open',
  'PUT /admin/users/me': 'open',
  'GET /admin/users/me/permissions': 'open',
  'GET /admin/users/me/sessions': 'open',
  'DELETE /admin/users/me/sessions': 'open',
  'DELETE /admin/users/me/sessions/:sessionId': 'open',
  'GET /admin/homepage/layout': 'open',
  'PUT /admin/homepage/layout': 'open',
  'GET /admin/ai-feature-config': 'open',

  // The environment, the Node version and every dependency with its version.
  'GET /admin/information': 'administrator',
  // Counts of accounts, tokens and webhooks; only a session is asked for.
  'GET /admin/homepage/key-statistics': 'administrator',
  // The content API's routes and actions, for the token screens; only a session is asked for.
  'GET /admin/content-api/permissions': 'administrator',
  'GET /admin/content-api/routes': 'administrator',
  'GET /admin/ai-usage': 'administrator',
  'GET /admin/ai-token': 'administrator',

  'GET /admin/project-settings': 'settings',
  'POST /admin/project-settings': 'settings',
  'GET /admin/plugins': 'settings',
  'POST /admin/users': 'settings',
  'GET /admin/users': 'settings',
  'GET /admin/users/:id': 'settings',
  'PUT /admin/users/:id': 'settings',
  'DELETE /admin/users/:id': 'settings',
  'POST /admin/users/batch-delete': 'settings',
  'GET /admin/roles/:id/permissions': 'settings',
  'PUT /admin/roles/:id/permissions': 'settings',
  'GET /admin/roles/:id': 'settings',
  'GET /admin/roles': 'settings',
  'POST /admin/roles': 'settings',
  'PUT /admin/roles/:id': 'settings',
  'DELETE /admin/roles/:id': 'settings',
  'POST /admin/roles/batch-delete': 'settings',
  'GET /admin/webhooks': 'settings',
  'POST /admin/webhooks': 'settings',
  'GET /admin/webhooks/:id': 'settings',
  'PUT /admin/webhooks/:id': 'settings',
  'DELETE /admin/webhooks/:id': 'settings',
  'POST /admin/webhooks/batch-delete': 'settings',
  'POST /admin/webhooks/:id/trigger': 'settings',
  'POST /admin/api-tokens': 'settings',
  'GET /admin/api-tokens': 'settings',
  'DELETE /admin/api-tokens/:id': 'settings',
  'GET /admin/api-tokens/:id': 'settings',
  'PUT /admin/api-tokens/:id': 'settings',
  'POST /admin/api-tokens/:id/regenerate': 'settings',
  'POST /admin/admin-tokens': 'settings',
  'GET /admin/admin-tokens': 'settings',
  'DELETE /admin/admin-tokens/:id': 'settings',
  'GET /admin/admin-tokens/:id': 'settings',
  'PUT /admin/admin-tokens/:id': 'settings',
  'POST /admin/admin-tokens/:id/regenerate': 'settings',
  'GET /admin/admin-tokens/:id/owner-permissions': 'settings',
  'POST /admin/transfer/tokens': 'settings',
  'GET /admin/transfer/tokens': 'settings',
  'DELETE /admin/transfer/tokens/:id': 'settings',
  'GET /admin/transfer/tokens/:id': 'settings',
  'PUT /admin/transfer/tokens/:id': 'settings',
  'POST /admin/transfer/tokens/:id/regenerate': 'settings',
};

const CONTENT_MANAGER: Record<string, Judge> = {
  'GET /content-manager/init': 'open',
  'GET /content-manager/content-types': 'open',
  'GET /content-manager/content-types-settings': 'open',
  'GET /content-manager/content-types/:uid/configuration': 'open',
  'GET /content-manager/components': 'open',
  'GET /content-manager/components/:uid/configuration': 'open',
  'GET /content-manager/preview/script': 'public',
  // The edit views' layout, for everyone: the administrator's to change.
  'PUT /content-manager/content-types/:uid/configuration': 'settings',
  'PUT /content-manager/components/:uid/configuration': 'settings',
  // Slugs taken are counted through the Document Service (an author sees only their agency's).
  'POST /content-manager/uid/generate': 'documents',
  'POST /content-manager/uid/check-availability': 'documents',
  'GET /content-manager/relations/:model/:targetField': 'document-routes',
  'GET /content-manager/relations/:model/:id/:targetField': 'document-routes',
  'GET /content-manager/single-types/:model': 'documents',
  'PUT /content-manager/single-types/:model': 'documents',
  'DELETE /content-manager/single-types/:model': 'documents',
  'POST /content-manager/single-types/:model/actions/publish': 'documents',
  'POST /content-manager/single-types/:model/actions/unpublish': 'documents',
  'POST /content-manager/single-types/:model/actions/discard': 'documents',
  'GET /content-manager/single-types/:model/actions/countDraftRelations': 'document-routes',
  'GET /content-manager/collection-types/:model': 'documents',
  'POST /content-manager/collection-types/:model': 'documents',
  'POST /content-manager/collection-types/:model/clone/:sourceId': 'documents',
  'POST /content-manager/collection-types/:model/auto-clone/:sourceId': 'documents',
  'GET /content-manager/collection-types/:model/:id': 'documents',
  'PUT /content-manager/collection-types/:model/:id': 'documents',
  'DELETE /content-manager/collection-types/:model/:id': 'documents',
  'POST /content-manager/collection-types/:model/actions/publish': 'documents',
  'POST /content-manager/collection-types/:model/:id/actions/publish': 'documents',
  'POST /content-manager/collection-types/:model/:id/actions/unpublish': 'documents',
  'POST /content-manager/collection-types/:model/:id/actions/discard': 'documents',
  'POST /content-manager/collection-types/:model/actions/bulkDelete': 'documents',
  'POST /content-manager/collection-types/:model/actions/bulkFindForValidation': 'documents',
  'POST /content-manager/collection-types/:model/actions/bulkPublish': 'documents',
  'POST /content-manager/collection-types/:model/actions/bulkUnpublish': 'documents',
  'GET /content-manager/collection-types/:model/:id/actions/countDraftRelations': 'document-routes',
  'GET /content-manager/collection-types/:model/actions/countManyEntriesDraftRelations': 'document-routes',
  // Our preview handler (site-publisher/preview.ts) answers only for a document the user may read.
  'GET /content-manager/preview/url/:contentType': 'ours',
  'GET /content-manager/homepage/recent-documents': 'documents',
  'GET /content-manager/homepage/count-documents': 'document-routes',
};

// The content-type builder: changes the model itself (refused by Strapi outside development too).
const CONTENT_TYPE_BUILDER: Record<string, Judge> = Object.fromEntries(
  [
    'GET /reserved-names',
    'GET /content-types',
    'GET /content-types/:uid',
    'POST /content-types',
    'PUT /content-types/:uid',
    'DELETE /content-types/:uid',
    'GET /components',
    'GET /components/:uid',
    'POST /components',
    'PUT /components/:uid',
    'DELETE /components/:uid',
    'PUT /component-categories/:name',
    'DELETE /component-categories/:name',
    'GET /schema',
    'POST /update-schema',
    'GET /update-schema-status',
  ].map((route) => [route.replace(' ', ' /content-type-builder'), 'settings' as Judge]),
);

const EMAIL: Record<string, Judge> = {
  // Sends any e-mail to anyone through the CMS's provider; only a session is asked for.
  'POST /email': 'administrator',
  'POST /email/test': 'settings',
  'GET /email/settings': 'settings',
  'POST /email/verify': 'settings',
};

const UPLOAD: Record<string, Judge> = {
  'GET /upload/settings': 'settings',
  'PUT /upload/settings': 'settings',
  'PUT /upload/configuration': 'settings',
  'GET /upload/configuration': 'open',
  'POST /upload': 'media',
  'POST /upload/actions/upload-from-urls': 'media',
  'GET /upload/files': 'media',
  'POST /upload/files': 'media',
  'GET /upload/files/:id': 'media',
  'PUT /upload/files/:id': 'media',
  'POST /upload/files/:id/replace': 'media',
  'DELETE /upload/files/:id': 'media',
  'GET /upload/folders/:id': 'media',
  'GET /upload/folders': 'media',
  'POST /upload/folders': 'media',
  'PUT /upload/folders/:id': 'media',
  'GET /upload/folder-structure': 'media',
  'POST /upload/actions/bulk-delete': 'media',
  'POST /upload/actions/bulk-move': 'media',
  'POST /upload/actions/bulk-update': 'media',
  // Strapi AI writes alternative texts and captions of any file (not used here).
  'POST /upload/actions/generate-ai-metadata': 'administrator',
  'POST /upload/ai-metadata-jobs': 'administrator',
  'GET /upload/ai-metadata-jobs/latest': 'administrator',
  'GET /upload/ai-metadata-jobs/pending-count': 'administrator',
};

const I18N: Record<string, Judge> = {
  'GET /i18n/iso-locales': 'open',
  'GET /i18n/locales': 'open',
  // The site's languages: their policy reads a permission without a subject, which any role passes.
  'POST /i18n/locales': 'administrator',
  'PUT /i18n/locales/:id': 'administrator',
  'DELETE /i18n/locales/:id': 'administrator',
  'GET /i18n/settings': 'open',
  'PUT /i18n/settings': 'administrator',
  'POST /i18n/content-manager/actions/get-non-localized-fields': 'document-routes',
  // The source locale is read through the Document Service.
  'GET /i18n/content-manager/get-fill-from-locale/:model': 'documents',
  'GET /i18n/ai-localization-jobs/collection-types/:contentType/:documentId': 'administrator',
  'GET /i18n/ai-localization-jobs/single-types/:contentType': 'administrator',
};

// The public API's accounts and roles (the Public role's grants are set by our bootstrap).
const USERS_PERMISSIONS: Record<string, Judge> = {
  'GET /users-permissions/roles/:id': 'settings',
  'GET /users-permissions/roles': 'settings',
  'POST /users-permissions/roles': 'settings',
  'PUT /users-permissions/roles/:role': 'settings',
  'DELETE /users-permissions/roles/:role': 'settings',
  'GET /users-permissions/email-templates': 'settings',
  'PUT /users-permissions/email-templates': 'settings',
  'GET /users-permissions/advanced': 'settings',
  'PUT /users-permissions/advanced': 'settings',
  'GET /users-permissions/providers': 'settings',
  'PUT /users-permissions/providers': 'settings',
  'GET /users-permissions/permissions': 'administrator',
  'GET /users-permissions/policies': 'administrator',
  'GET /users-permissions/routes': 'administrator',
};

const OURS: Record<string, Judge> = Object.fromEntries(
  [
    'GET /cchc-permissions/me',
    'GET /cchc-permissions/users',
    'PUT /cchc-permissions/users/:id/agencies',
    'GET /cchc-workflow/queue',
    'GET /cchc-workflow/documents/:type/:documentId',
    'POST /cchc-workflow/documents/:type/:documentId/transitions/:transition',
    'GET /cchc-history/:uid/:documentId/:locale/versions',
    'GET /cchc-history/:uid/:documentId/:locale/versions/:id',
    'GET /cchc-history/:uid/:documentId/:locale/compare',
    'POST /cchc-history/:uid/:documentId/:locale/versions/:id/restore',
    'GET /cchc-scheduling/:model/:documentId',
    'POST /cchc-scheduling/:model/:documentId',
    'POST /cchc-scheduling/:model/:documentId/:id/cancel',
    'GET /cchc-audit/entries',
    'GET /cchc-audit/entries.csv',
    'POST /cchc-personal-data/erasures/preview',
    'POST /cchc-personal-data/erasures',
    'GET /cchc-personal-data/erasures',
    'GET /cchc-press/outlets/:outletId/webhooks',
    'POST /cchc-press/outlets/:outletId/webhooks',
    'DELETE /cchc-press/webhooks/:id',
    'POST /cchc-press/webhooks/:id/enable',
    'GET /cchc-press/webhooks/:id/deliveries',
    'POST /cchc-press/deliveries/:id/retry',
    'GET /cchc-press/outlets',
    'POST /cchc-press/outlets',
    'PUT /cchc-press/outlets/:id',
    'POST /cchc-press/outlets/:id/rotate',
    'POST /cchc-press/outlets/:id/revoke',
  ].map((route) => [route, 'ours' as Judge]),
);

/** `METHOD /path` (as Strapi's router lists it) → its judge. */
export const ADMIN_ROUTES: Readonly<Record<string, Judge>> = {
  ...ADMIN,
  ...CONTENT_MANAGER,
  ...CONTENT_TYPE_BUILDER,
  ...EMAIL,
  ...UPLOAD,
  ...I18N,
  ...USERS_PERMISSIONS,
  ...OURS,
};

/** The key of a route: its method and its full path, without a trailing slash (as Koa's router matches it). */
export function routeKey(method: string, path: string): string {
  const trimmed = path.length > 1 ? path.replace(/\/+$/, '') : path;
  return `${method.toUpperCase()} ${trimmed}`;
}

export const judgeOf = (method: string, path: string): Judge | undefined => ADMIN_ROUTES[routeKey(method, path)];
