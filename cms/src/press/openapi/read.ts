/**
 * `GET /api/press/openapi.json`: the press API's OpenAPI 3.1 document (content-types/src/press/
 * openapi.ts), public so that a newsroom's developer can read it before holding a token. Made
 * once per origin it is reached at (its `servers` entry) and kept: it changes only with the code.
 */
import { pressOpenApi } from '@cchc/content-types';
import { etagOf, type PressAnswer, type PressRead } from '../answer';

const made = new Map<string, PressAnswer>();
const STARTED = new Date();
STARTED.setMilliseconds(0);

export const readOpenApi: PressRead = async (_strapi, request) => {
  let answer = made.get(request.apiUrl);
  if (!answer) {
    const body = JSON.stringify(pressOpenApi({ serverUrl: request.apiUrl }));
    answer = {
      status: 200,
      body,
      contentType: 'application/json; charset=utf-8',
      etag: etagOf(body),
      lastModified: STARTED,
    };
    // A handful of origins at most (the CMS's own names); never grows with requests' Host headers
    // beyond that, since the front door passes its configured origin, not the request's.
    if (made.size < 8) made.set(request.apiUrl, answer);
  }
  return answer;
};
