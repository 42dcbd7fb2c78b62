/**
 * Loads an ES-module-only package from our CommonJS build. TypeScript turns `import()` into
 * `require()` when it compiles to CommonJS, so the import is made by a Function it cannot see.
 */
export const importEsm = new Function('specifier', 'return import(specifier)') as <T>(specifier: string) => Promise<T>;
