/**
 * The press gets a rich-text image only when it is one of the CMS's own uploads: a block written
 * before the CMS checked images on write could name any URL (a script, another host). Generated
 * addresses (fast-check: 500 with a fixed seed in `npm test`, 10,000 with the date's seed in
 * `npm run test:deep`; PRESS_IMAGES_FUZZ_SEED / PRESS_IMAGES_FUZZ_RUNS replay a printed run).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cmsMediaResolver } from '../../cms/src/press/items/media';
import { blocksToHtml } from '../../content-types/src/blocks-html';
import type { Blocks } from '../../content-types/src/blocks';
import { generated } from '../support/generated';

const { seed, runs } = generated('PRESS_IMAGES_FUZZ', { ci: 500, deep: 10_000 }, 'press block images');

const CMS = 'https://cms.example.gov.vn';
const resolve = cmsMediaResolver(CMS);
const hrefOf = async (url: string) => (await resolve({ url, mime: 'image/jpeg' } as never)).href;

const address = fc.oneof(
  fc.constantFrom(
    'javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:image/png;base64,AAAA', 'vbscript:x', '//evil.example/uploads/a.jpg',
    'https://evil.example/uploads/a.jpg', 'https://cms.example.gov.vn.evil.example/uploads/a.jpg', 'https://user@cms.example.gov.vn/uploads/a.jpg',
    'http://cms.example.gov.vn/uploads/a.jpg', 'https://cms.example.gov.vn/admin/x', 'uploads/a.jpg', '/uploads/a_1b2c.jpg',
    'https://cms.example.gov.vn/uploads/a_1b2c.jpg', '\tjavascript:alert(1)',
  ),
  fc.tuple(fc.constantFrom('', '/', '//', 'http://', 'https://', 'javascript:', 'file:///'), fc.webUrl(), fc.string()).map(([a, b, c]) => a + b + c),
  fc.string(),
);

describe('rich-text images in what the press gets', () => {
  it("resolves only the CMS's own uploads, anything else to nothing", async () => {
    await fc.assert(
      fc.asyncProperty(address, async (url) => {
        const href = await hrefOf(url);
        expect(href === '' || href.startsWith(`${CMS}/uploads/`), `${JSON.stringify(url)} → ${href}`).toBe(true);
      }),
      { seed, numRuns: runs },
    );
    expect(await hrefOf('/uploads/a_1b2c.jpg')).toBe(`${CMS}/uploads/a_1b2c.jpg`);
    expect(await hrefOf('https://evil.example/uploads/a.jpg')).toBe('');
  });

  it('leaves out an image whose address is not http(s), whatever the resolver says', () => {
    const image = (url: string): Blocks => [{ type: 'image', image: { url, alternativeText: 'ảnh', caption: null, width: 10, height: 10 }, children: [{ type: 'text', text: '' }] }] as unknown as Blocks;
    for (const src of ['javascript:alert(1)', 'data:image/png;base64,AAAA', '//evil.example/a.jpg', '']) {
      expect(blocksToHtml(image('/uploads/a.jpg'), { imageSrc: () => src })).not.toContain('<img');
    }
    expect(blocksToHtml(image('/uploads/a.jpg'), { imageSrc: () => `${CMS}/uploads/a.jpg` })).toContain(`<img src="${CMS}/uploads/a.jpg"`);
  });
});
