/**
 * The one shape of an error answer, Strapi's own (`{ data: null, error: { status, name, message,
 * details } }`), so that a client parses one shape from the public API, the press API and our
 * routes alike. Strapi's error middleware makes it for errors thrown from its `errors` classes;
 * what answers without throwing (a middleware, the press door, a route that sets its own status)
 * makes it here.
 */
export interface ErrorEnvelope {
  data: null;
  error: { status: number; name: string; message: string; details: Record<string, unknown> };
}

export function errorEnvelope(status: number, name: string, message: string, details: Record<string, unknown> = {}): ErrorEnvelope {
  return { data: null, error: { status, name, message, details } };
}

/** What a Koa context needs for an error answer (Strapi's and our routes' own contexts alike). */
export interface Answerable {
  status: number;
  body: unknown;
}

/** Answers `ctx` with this error. */
export function answerError(ctx: Answerable, status: number, name: string, message: string, details?: Record<string, unknown>): void {
  ctx.status = status;
  ctx.body = errorEnvelope(status, name, message, details);
}

/**
 * The answer when a token bucket is empty: 429, and `wait` whole seconds in `Retry-After`.
 * `answer` writes the envelope (`answerError`, or the press door's own, which sends it serialised).
 */
export function answerRateLimited<C extends { set(name: string, value: string): void }>(
  ctx: C,
  wait: number,
  answer: (ctx: C, status: number, name: string, message: string) => void,
): void {
  ctx.set('Retry-After', String(wait));
  answer(ctx, 429, 'RateLimitError', `Too many requests: try again in ${wait} s`);
}
