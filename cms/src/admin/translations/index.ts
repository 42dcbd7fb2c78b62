/**
 * Our Vietnamese for the admin panel, merged over Strapi's own `vi` (which lacks a few hundred
 * strings of the admin and the content manager and has none for the media library or i18n).
 * One JSON file per package, keyed as in that package's own `en.json`; plugin keys get their
 * plugin id as prefix here, as Strapi's `prefixPluginTranslations` does when a plugin registers
 * its translations. `cms/scripts/missing-admin-translations.ts` lists what is still missing.
 *
 * `vi/code-only.json` holds full admin keys that Strapi's code uses with an English
 * `defaultMessage` but that no `en.json` lists (so no script can find them): they were found on
 * screen by tests/admin/vietnamese.test.ts.
 *
 * Our own screens' strings are each screen's `messages.ts`, all made with `defineMessages`
 * (./define.ts).
 */
import admin from './vi/admin.json';
import codeOnly from './vi/code-only.json';
import contentManager from './vi/content-manager.json';
import email from './vi/email.json';
import i18n from './vi/i18n.json';
import upload from './vi/upload.json';
import usersPermissions from './vi/users-permissions.json';
import { messages as audit } from '../audit/messages';
import { messages as history } from '../history/messages';
import { messages as personalData } from '../personal-data/messages';
import { messages as press } from '../press/messages';
import { messages as pressWebhooks } from '../press-webhooks/messages';
import { messages as scheduling } from '../scheduling/messages';
import { messages as workflow } from '../workflow/messages';

type Messages = Record<string, string>;

/** Our own screens' strings (`cchc.<screen>.*`), in both languages of the admin panel. */
const SCREENS = [workflow, scheduling, history, audit, press, pressWebhooks, personalData].map((screen) => screen.byLocale);

/** Plugin id (the admin's key prefix) → our strings for it. `admin` has no prefix. */
export const VI_PLUGIN_MESSAGES: Record<string, Messages> = {
  'content-manager': contentManager,
  email,
  i18n,
  upload,
  'users-permissions': usersPermissions,
};

function prefixed(pluginId: string, messages: Messages): Messages {
  return Object.fromEntries(Object.entries(messages).map(([key, text]) => [`${pluginId}.${key}`, text]));
}

/** Everything for `config.translations.vi`. */
export const vi: Messages = Object.assign(
  {},
  admin as Messages,
  ...Object.entries(VI_PLUGIN_MESSAGES).map(([pluginId, messages]) => prefixed(pluginId, messages)),
  codeOnly as Messages,
  ...SCREENS.map((s) => s.vi),
);

/** For `config.translations.en`: Strapi's English stands; ours adds our screens. */
export const en: Messages = Object.assign({}, ...SCREENS.map((s) => s.en));
