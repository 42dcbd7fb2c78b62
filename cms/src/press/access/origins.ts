/**
 * The browser origins an outlet's web pages call the press API from (CORS). Exact origins only,
 * as browsers send them in `Origin`: `https://host[:port]`, or plain `http` for a developer's
 * own machine (`localhost`, `127.0.0.1`, `[::1]`). No wildcards, paths or credentials.
 */
export const MAX_ORIGINS = 20;

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** The origin in the form browsers send, or a Vietnamese reason why it is not one. */
export function checkOrigin(value: string): { origin: string } | { problem: string } {
  const text = value.trim();
  if (text.includes('*')) return { problem: `"${text}": không dùng ký tự đại diện (*), hãy ghi đúng từng địa chỉ.` };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { problem: `"${text}" không phải địa chỉ web (ví dụ https://baosoctrang.org.vn).` };
  }
  const loopback = LOOPBACK_HOSTS.has(url.hostname) || url.hostname.endsWith('.localhost');
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
    return { problem: `"${text}": chỉ nhận https://, hoặc http:// cho localhost.` };
  }
  // An origin is scheme, host and port only: a path, query, user or trailing slash means a URL.
  if (url.origin !== text.toLowerCase() || url.username || url.password) {
    return { problem: `"${text}" phải là nguồn gốc chính xác, không có đường dẫn hay dấu "/" ở cuối (ví dụ ${url.origin}).` };
  }
  return { origin: url.origin };
}

/** The checked list (duplicates dropped), or the first problem. */
export function checkOrigins(values: unknown): { origins: string[] } | { problem: string } {
  if (!Array.isArray(values) || values.some((v) => typeof v !== 'string')) return { problem: '"origins" phải là danh sách địa chỉ.' };
  if (values.length > MAX_ORIGINS) return { problem: `"origins": tối đa ${MAX_ORIGINS} địa chỉ.` };
  const origins = new Set<string>();
  for (const value of values as string[]) {
    if (value.length > 200) return { problem: '"origins": mỗi địa chỉ dài tối đa 200 ký tự.' };
    const checked = checkOrigin(value);
    if ('problem' in checked) return { problem: `"origins": ${checked.problem}` };
    origins.add(checked.origin);
  }
  return { origins: [...origins] };
}
