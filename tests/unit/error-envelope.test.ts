/**
 * The one error shape (cms/src/shared/error-envelope.ts): Strapi's `{ data: null, error: {
 * status, name, message, details } }`, with `details` always an object, and the 429 of every
 * rate limit with its Retry-After.
 */
import { describe, expect, it } from 'vitest';
import { answerError, answerRateLimited, errorEnvelope } from '../../cms/src/shared/error-envelope';

function context() {
  const headers = new Map<string, string>();
  return { status: 404, body: undefined as unknown, headers, set: (name: string, value: string) => void headers.set(name, value) };
}

describe('the error envelope', () => {
  it('is Strapi\'s shape, with details an empty object unless given', () => {
    expect(errorEnvelope(400, 'ValidationError', 'Unknown parameter "x"')).toEqual({
      data: null,
      error: { status: 400, name: 'ValidationError', message: 'Unknown parameter "x"', details: {} },
    });
    expect(errorEnvelope(400, 'ValidationError', 'bad', { param: 'x' }).error.details).toEqual({ param: 'x' });
  });

  it('answers a context with the status and the envelope', () => {
    const ctx = context();
    answerError(ctx, 413, 'PayloadTooLargeError', 'The body is larger than 10 bytes');
    expect(ctx.status).toBe(413);
    expect(ctx.body).toEqual(errorEnvelope(413, 'PayloadTooLargeError', 'The body is larger than 10 bytes'));
  });

  it('answers a rate limit with 429, Retry-After and the wait in the message', () => {
    const ctx = context();
    answerRateLimited(ctx, 7, answerError);
    expect(ctx.status).toBe(429);
    expect(ctx.headers.get('Retry-After')).toBe('7');
    expect(ctx.body).toEqual(errorEnvelope(429, 'RateLimitError', 'Too many requests: try again in 7 s'));
  });
});
