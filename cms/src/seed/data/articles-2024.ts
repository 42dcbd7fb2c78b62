import type { ArticleSeed } from '../types';
export const ARTICLES_2024: readonly ArticleSeed[] = [];
