/**
 * Where a webhook may be sent: `https://` only, or `http://` to this machine itself when the
 * setting allows it (tests, a receiver on the same host). No user or password in the URL (it
 * would end up in logs and screens), no fragment. Checked at registration and again before
 * each send (the setting may have changed since). An address written as an IP must be one of
 * the internet's; a name is judged on its DNS answer when sent (public-address.ts).
 */
import { isIP } from 'node:net';
import { isLoopbackAddress, mayConnectTo } from './public-address';

export const MAX_URL_LENGTH = 2048;

export type UrlCheck = { ok: true; url: string } | { ok: false; reason: string };

const isLoopback = (hostname: string) => hostname === 'localhost' || isLoopbackAddress(hostname);

export function checkEndpointUrl(raw: unknown, allowHttpLoopback: boolean): UrlCheck {
  if (typeof raw !== 'string' || !raw.trim()) return { ok: false, reason: 'Cần nhập địa chỉ (URL) nhận webhook.' };
  const text = raw.trim();
  if (text.length > MAX_URL_LENGTH) return { ok: false, reason: `Địa chỉ dài quá ${MAX_URL_LENGTH} ký tự.` };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, reason: 'Địa chỉ không hợp lệ.' };
  }
  if (url.username || url.password) return { ok: false, reason: 'Địa chỉ không được chứa tên đăng nhập hay mật khẩu.' };
  if (url.hash) return { ok: false, reason: 'Địa chỉ không được có phần “#…”.' };
  const literal = url.hostname.replace(/^\[|\]$/g, '');
  if (isIP(literal) && !mayConnectTo(literal, allowHttpLoopback)) {
    return { ok: false, reason: 'Địa chỉ trỏ vào máy này hay mạng nội bộ: webhook chỉ gửi tới máy chủ trên Internet.' };
  }
  if (url.protocol === 'https:') return { ok: true, url: url.toString() };
  if (url.protocol === 'http:' && allowHttpLoopback && isLoopback(url.hostname)) return { ok: true, url: url.toString() };
  return { ok: false, reason: 'Địa chỉ phải bắt đầu bằng https://.' };
}
