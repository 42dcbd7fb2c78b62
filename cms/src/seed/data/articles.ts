/** Every demo article, oldest first. One stays a draft (see DEMO_DRAFT_ARTICLE_SLUG). */
import type { ArticleSeed } from '../types';
import { ARTICLES_2022_2023 } from './articles-2022-2023';
import { ARTICLES_2024 } from './articles-2024';
import { ARTICLES_2025_2026 } from './articles-2025-2026';

export const ARTICLES: readonly ArticleSeed[] = [...ARTICLES_2022_2023, ...ARTICLES_2024, ...ARTICLES_2025_2026];
