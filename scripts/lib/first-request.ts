/**
 * One request alone, before a load benchmark's warm-up. The first request after a start can take
 * many seconds (seen: about 20 s for the CMS's /api/articles). Under load, the requests that time
 * out meanwhile are still served after their callers gave up, so the queue grows faster than it
 * drains, and the measured rounds then complete no request at all.
 */
export async function firstRequest(url: string, headers: Record<string, string> = {}): Promise<number> {
  const started = performance.now();
  const res = await fetch(url, { headers });
  await res.arrayBuffer();
  if (res.status >= 500) throw new Error(`${url}: ${res.status}`);
  return performance.now() - started;
}
