/**
 * The audit CSV's cells (cms/src/audit/csv.ts), generated: texts made of separators, line
 * breaks, quotes, apostrophes and formula starts among ordinary and Vietnamese letters. Read
 * back with a strict RFC 4180 parser, every cell holds its text (once the apostrophes the export
 * puts before formula starts are taken away), and no piece of a cell split at a comma or a
 * semicolon (the list separator of Vietnamese Windows) begins a formula. 5,000 rows with a fixed seed in `npm test`,
 * 50,000 with the date's seed in `npm run test:deep`; AUDIT_CSV_FUZZ_SEED and AUDIT_CSV_FUZZ_RUNS
 * replay a printed run.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvLine } from '../../cms/src/audit/csv';
import { generated } from '../support/generated';

const { seed: SEED, runs: RUNS } = generated('AUDIT_CSV_FUZZ', { ci: 5_000, deep: 50_000 }, 'audit csv fuzz');

/** Strict RFC 4180: every field quoted (as ours are), quotes doubled, CRLF between rows. */
function parseStrictCsv(text: string): string[][] {
  const rows: string[][] = [];
  let i = 0;
  while (i < text.length) {
    const row: string[] = [];
    for (;;) {
      if (text[i] !== '"') throw new Error(`unquoted field at ${i}`);
      let cell = '';
      for (i++; ; i++) {
        if (i >= text.length) throw new Error('unterminated field');
        if (text[i] === '"' && text[i + 1] === '"') (cell += '"'), i++;
        else if (text[i] === '"') break;
        else cell += text[i];
      }
      row.push(cell);
      i++;
      if (text[i] === ',') i++;
      else if (text.startsWith('\r\n', i)) {
        i += 2;
        break;
      } else throw new Error(`expected a separator at ${i}`);
    }
    rows.push(row);
  }
  return rows;
}

const FORMULA = /^[=+\-@\t\r]/;

/** Takes away one apostrophe before a formula start wherever a cell could begin (the export's inverse). */
const restore = (cell: string) => cell.replace(/(?<=^|[,;\t\r\n])'('*[=+\-@\t\r])/g, '$1');

const piece = fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', '\r\n', ',', ';', '"', "'", ' ', 'a', 'Ỹ', '1', 'cmd|', 'HYPERLINK("x")');
const cellText = fc.array(piece, { maxLength: 12 }).map((parts) => parts.join(''));
const cell = fc.oneof(cellText, fc.string({ maxLength: 8 }), fc.integer(), fc.constant(null), fc.constant(undefined));

describe('the audit CSV', () => {
  it('quotes every cell, keeps its text and begins no formula after any separator', () => {
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 4 }), (rows) => {
        const text = rows.map(csvLine).join('');
        const parsed = parseStrictCsv(text);
        expect(parsed.length).toBe(rows.length);
        parsed.forEach((cells, r) => {
          expect(cells.map(restore)).toEqual(rows[r]!.map((value) => (value === null || value === undefined ? '' : String(value))));
          for (const value of cells) {
            for (const part of value.split(/[,;]/)) expect(part, JSON.stringify(value)).not.toMatch(FORMULA);
          }
        });
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('neutralises the probe’s display name', () => {
    const name = parseStrictCsv(csvLine(['Nguyễn;=HYPERLINK("http://x.example")']))[0]?.[0];
    expect(name).toBe(`Nguyễn;'=HYPERLINK("http://x.example")`);
  });
});
