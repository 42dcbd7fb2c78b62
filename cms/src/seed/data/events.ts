import type { EventSeed } from '../types';
export const EVENTS: readonly EventSeed[] = [];
