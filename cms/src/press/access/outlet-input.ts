/**
 * What the administrator may send to create or change an outlet: its name, its browser
 * origins and its rate limit. Any other field, or a value out of bounds, is a 400 naming it,
 * in Vietnamese like our other admin routes.
 */
import { badRequest } from '../../admin-api';
import { checkOrigins } from './origins';
import { MAX_BURST, MAX_PER_MINUTE } from './settings';
import type { OutletSettings } from './outlets';

const FIELDS = new Set(['name', 'origins', 'perMinute', 'burst']);
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

function whole(value: unknown, name: string, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > max) {
    return badRequest(`"${name}" phải là số nguyên từ 1 đến ${max.toLocaleString('vi-VN')}.`);
  }
  return value;
}

/** The checked settings; `defaults` fills the rate limit when it is left out. */
export function outletSettingsOf(body: unknown, defaults: Pick<OutletSettings, 'perMinute' | 'burst'>): OutletSettings {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return badRequest('Nội dung gửi lên phải là một đối tượng JSON.');
  const input = body as Record<string, unknown>;
  const unknown = Object.keys(input).find((key) => !FIELDS.has(key));
  if (unknown !== undefined) badRequest(`Không nhận trường "${unknown}".`);

  if (typeof input.name !== 'string') return badRequest('"name": cần tên đơn vị báo chí.');
  const name = input.name.trim().normalize('NFC');
  if (name.length < 2 || name.length > 100) badRequest('"name" phải dài từ 2 đến 100 ký tự.');
  if (CONTROL.test(name)) badRequest('"name" không được chứa ký tự điều khiển.');

  const origins = checkOrigins(input.origins ?? []);
  if ('problem' in origins) return badRequest(origins.problem);

  return {
    name,
    origins: origins.origins,
    perMinute: input.perMinute === undefined ? defaults.perMinute : whole(input.perMinute, 'perMinute', MAX_PER_MINUTE),
    burst: input.burst === undefined ? defaults.burst : whole(input.burst, 'burst', MAX_BURST),
  };
}
