/** axe-core in an admin page: the findings (WCAG 2.1 A and AA, best practices) inside a part of it. */
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE_SOURCE = require('node:fs').readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8') as string;

/** axe-core's findings inside `selector`, one line each (empty when it passes). */
export async function axeFindings(page: Page, selector: string): Promise<string[]> {
  // Not a script tag: the admin's CSP refuses inline scripts.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  // The design system fades a dialog in: measured mid-fade, its text is half transparent and
  // fails contrast (it did in CI). Wait for the finite animations inside `selector` to end.
  await page.evaluate(async (s) => {
    const root = document.querySelector(s);
    const inside = document.getAnimations().filter((a) => {
      const target = (a.effect as KeyframeEffect | null)?.target;
      return !!root && !!target && root.contains(target) && a.effect?.getComputedTiming().iterations !== Infinity;
    });
    await Promise.all(inside.map((a) => a.finished.catch(() => undefined)));
  }, selector);
  const results = (await page.evaluate(
    (s) =>
      (window as unknown as { axe: { run: (ctx: unknown, opts: object) => Promise<unknown> } }).axe.run(
        { include: [[s]] },
        { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } },
      ),
    selector,
  )) as { violations: { id: string; impact: string; help: string; nodes: { html: string; failureSummary?: string }[] }[] };
  return results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => `${n.html.slice(0, 200)} ${n.failureSummary ?? ''}`).slice(0, 3).join('; ')}`);
}
