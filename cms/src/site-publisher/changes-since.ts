/**
 * `POST /api/site-publisher/changes-since`, signed by the publisher like a report: the event
 * log's position now, and each type and locale whose live content changed after `after`.
 * The publisher's full load reads lists page by page; a publish during the read gives a
 * document a new row and shifts the pages, so another document can be skipped unseen. The
 * publisher notes the position before the load and reads again each list that changed during
 * it (site/publisher/full-load.ts). Ids, types and locales only: no content.
 */
import type { Core } from '@strapi/strapi';
import { changesSinceRequestSchema, describeIssues, LIVE_ACTIONS, type ChangesSince } from '@cchc/content-types';
import { onTable } from '../database/own-tables';
import { EVENTS_TABLE, latestEventId } from '../events/log';
import { answerError } from '../shared/error-envelope';
import { signedBody, type RouteContext } from './reports';

export async function changesSince(strapi: Core.Strapi, ctx: RouteContext): Promise<void> {
  const json = signedBody(strapi, ctx);
  if (json === undefined) return;
  const parsed = changesSinceRequestSchema.safeParse(json);
  if (!parsed.success) return answerError(ctx, 400, 'ValidationError', describeIssues(parsed.error));
  const position = await latestEventId(strapi);
  const { after } = parsed.data;
  const lists =
    after === undefined || after >= position
      ? []
      : await onTable(strapi, EVENTS_TABLE, (q) =>
          q
            .where('id', '>', after)
            .andWhere('id', '<=', position)
            // What the notifier sends: a live action, or links restored in a live version.
            .andWhere((w) => w.whereIn('action', [...LIVE_ACTIONS]).orWhere({ cause: 'relink-on-publish' }))
            .distinct('type', 'locale')
            .orderBy(['type', 'locale']) as PromiseLike<{ type: string; locale: string }[]>,
        );
  const body: ChangesSince = { position, lists: lists as ChangesSince['lists'] };
  ctx.status = 200;
  ctx.body = { data: body };
}
