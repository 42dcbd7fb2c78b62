/**
 * The listeners of the event log, in one place (as GOV.UK's Whitehall registers its edition
 * services in one initializer). The history's versions and the workflow's state are not
 * listeners (they are `onRecorded` hooks, in the write's transaction), and the scheduler does not
 * listen (it claims its own rows). See README.md.
 */
import { auditLog } from '../audit/document-listener';
import { pressChanges } from '../press/changes';
import { pressItemsListener } from '../press/items';
import { sitePublisherNotifier } from '../site-publisher/listener';
import type { Listener } from './dispatcher';

export const LISTENERS: Listener[] = [auditLog, sitePublisherNotifier, pressChanges, pressItemsListener];
