/**
 * The listeners of the event log, in one place (as GOV.UK's Whitehall registers its edition
 * services in one initializer). The audit log, the history, the scheduler, the site publisher
 * and the press change feed join this list as they are built. See ARCHITECTURE.md.
 */
import { auditLog } from '../audit/document-listener';
import { pressChanges } from '../press/changes';
import { pressItemsListener } from '../press/items';
import { sitePublisherNotifier } from '../site-publisher/listener';
import type { Listener } from './dispatcher';

export const LISTENERS: Listener[] = [auditLog, sitePublisherNotifier, pressChanges, pressItemsListener];
