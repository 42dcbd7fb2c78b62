/**
 * The figures of a benchmark in a form a machine reads: one line each,
 *   FIGURE <name> <number> <unit>
 * printed beside the table for people. The smoke test (tests/bench/) reads them, and so can
 * anything that keeps a history of runs. A name or a unit is one word: no spaces.
 */

export interface Figure {
  name: string;
  value: number;
  unit: string;
}

const LINE = /^FIGURE (\S+) (\S+) (\S+)$/;

function word(text: string, what: string): string {
  if (!/^\S+$/.test(text)) throw new Error(`A figure's ${what} is one word without spaces: "${text}"`);
  return text;
}

/** Prints one figure. A value that is not a finite number is printed as it is (NaN), for the reader to see. */
export function figure(name: string, value: number, unit: string): void {
  // Three decimals at most: more is noise, and the line stays short.
  const number = Number.isFinite(value) ? String(Math.round(value * 1000) / 1000) : String(value);
  console.log(`FIGURE ${word(name, 'name')} ${number} ${word(unit, 'unit')}`);
}

/** The figures in a benchmark's output, in order. */
export function parseFigures(output: string): Figure[] {
  const figures: Figure[] = [];
  for (const line of output.split('\n')) {
    const match = LINE.exec(line.trim());
    if (match) figures.push({ name: match[1]!, value: Number(match[2]), unit: match[3]! });
  }
  return figures;
}

