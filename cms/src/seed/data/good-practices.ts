import type { GoodPracticeSeed } from '../types';
export const GOOD_PRACTICES: readonly GoodPracticeSeed[] = [];
