import { defineConfig } from 'vitest/config';

// Test files run one after another: each boots a real CMS (and the site tests a real build
// and a real browser), and this machine has two cores.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/global-setup.ts'],
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 900_000,
    reporters: ['default'],
  },
});
