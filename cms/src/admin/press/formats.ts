/** Times (in the province's time whatever the browser's zone), numbers and sizes as the press screens show them. */
import * as React from 'react';
import { dateTag, provinceTimeFormat } from '../province-time';

export function useFormats(locale: string) {
  return React.useMemo(() => {
    const tag = dateTag(locale);
    const time = provinceTimeFormat(tag);
    const number = new Intl.NumberFormat(tag);
    const size = (bytes: number) => {
      const [value, unit] = bytes >= 1e9 ? [bytes / 1e9, 'GB'] : bytes >= 1e6 ? [bytes / 1e6, 'MB'] : bytes >= 1e3 ? [bytes / 1e3, 'kB'] : [bytes, 'B'];
      return `${new Intl.NumberFormat(tag, { maximumFractionDigits: 1 }).format(value)} ${unit}`;
    };
    return { time: (iso: string) => time.format(new Date(iso)), number: (n: number) => number.format(n), size };
  }, [locale]);
}
