/**
 * The editorial roles of the section (issue 7), declared once: who they are for and what
 * Strapi's own permission system (RBAC) grants them in the admin panel. Strapi's RBAC decides
 * which screens, buttons and fields a user meets; what a user may do to which document (their
 * agency, their locale, the workflow's rules) is enforced again by our code where the write
 * happens (`document-guard.ts`, `cms/src/workflow/`), because a role edited in the admin panel,
 * or one of Strapi's known condition bugs, must never open more than the rules allow.
 *
 * The administrator is Strapi's Super Admin (users, roles, agencies of users, settings, tokens).
 */
import type { Core } from '@strapi/strapi';
import { LOCALES, typesOfKind, uidOf, type Locale } from '@cchc/content-types';

export const ROLE_CODES = {
  author: 'cchc-author',
  editor: 'cchc-editor',
  translatorKm: 'cchc-translator-km',
  translatorEn: 'cchc-translator-en',
} as const;
export const SUPER_ADMIN_CODE = 'strapi-super-admin';

/** The locale each translator role may edit. */
export const TRANSLATOR_LOCALES: Record<string, Locale> = {
  [ROLE_CODES.translatorKm]: 'km',
  [ROLE_CODES.translatorEn]: 'en',
};

interface Grant {
  action: string;
  subject?: string;
  properties?: { fields?: string[]; locales?: string[] };
}

interface RoleDefinition {
  code: string;
  name: string;
  description: string;
  grants: () => Grant[];
}

const CM = 'plugin::content-manager.explorer';
const contentUids = typesOfKind('content').map((t) => uidOf(t.name));
const taxonomyUids = typesOfKind('taxonomy').map((t) => uidOf(t.name));

/** Every field path of a type: Strapi's RBAC lists the fields a grant covers. */
function fieldsOf(name: string, only?: (localized: boolean) => boolean): string[] {
  const type = [...typesOfKind('content'), ...typesOfKind('taxonomy')].find((t) => t.name === name)!;
  return Object.entries(type.fields)
    .filter(([, field]) => !only || only(field.localized))
    .map(([key]) => key);
}

function onTypes(actions: string[], uids: string[], properties?: (uid: string) => Grant['properties']): Grant[] {
  return uids.flatMap((subject) => actions.map((action) => ({ action: `${CM}.${action}`, subject, properties: properties?.(subject) })));
}

const nameOfUid = (uid: string) => uid.split('.').pop()!;
const allFields = (uid: string) => ({ fields: fieldsOf(nameOfUid(uid)), locales: [...LOCALES] });

/** The media library: authors and translators upload and use files; deleting is checked per agency. */
const MEDIA_USE: Grant[] = [
  { action: 'plugin::upload.read' },
  { action: 'plugin::upload.assets.create' },
  { action: 'plugin::upload.assets.update' },
  { action: 'plugin::upload.assets.download' },
  { action: 'plugin::upload.assets.copy-link' },
];

function translator(locale: Locale): () => Grant[] {
  // Text only: the structure (dates, choices, relations, shared media) is the source's.
  const textFields = (uid: string) => fieldsOf(nameOfUid(uid), (localized) => localized);
  return () => [
    ...onTypes(['read'], [...contentUids, ...taxonomyUids], allFields),
    ...onTypes(['create', 'update'], contentUids, (uid) => ({ fields: textFields(uid), locales: [locale] })),
    { action: 'plugin::upload.read' },
  ];
}

export const EDITORIAL_ROLES: RoleDefinition[] = [
  {
    code: ROLE_CODES.author,
    name: 'Tác giả (cơ quan, đơn vị)',
    description: 'Viết và sửa bản nháp của cơ quan mình, gửi duyệt; không xuất bản, không thấy bản nháp của cơ quan khác.',
    grants: () => [
      ...onTypes(['create', 'read', 'update', 'delete'], contentUids, allFields),
      ...onTypes(['read'], taxonomyUids, allFields),
      ...MEDIA_USE,
    ],
  },
  {
    code: ROLE_CODES.editor,
    name: 'Biên tập viên (Sở Nội vụ)',
    description: 'Duyệt, yêu cầu sửa, xuất bản, gỡ, hẹn giờ nội dung của mọi cơ quan; quản lý danh mục.',
    grants: () => [
      ...onTypes(['create', 'read', 'update', 'delete', 'publish'], [...contentUids, ...taxonomyUids], allFields),
      ...MEDIA_USE,
    ],
  },
  {
    code: ROLE_CODES.translatorKm,
    name: 'Biên dịch tiếng Khmer',
    description: 'Chỉ sửa bản tiếng Khmer của mọi nội dung và gửi duyệt.',
    grants: translator('km'),
  },
  {
    code: ROLE_CODES.translatorEn,
    name: 'Biên dịch tiếng Anh',
    description: 'Chỉ sửa bản tiếng Anh của mọi nội dung và gửi duyệt.',
    grants: translator('en'),
  },
];

/**
 * Creates each editorial role that does not exist yet, with its grants. A role that exists is
 * left as the administrator keeps it: our rules do not depend on its grants.
 */
export async function ensureEditorialRoles(strapi: Core.Strapi): Promise<void> {
  const roles = strapi.service('admin::role');
  for (const definition of EDITORIAL_ROLES) {
    const existing = await strapi.db.query('admin::role').findOne({ where: { code: definition.code } });
    if (existing) continue;
    const role = await roles.create({ name: definition.name, code: definition.code, description: definition.description });
    await roles.assignPermissions(role.id, definition.grants());
    strapi.log.info(`[setup] created the role "${definition.name}"`);
  }
}
