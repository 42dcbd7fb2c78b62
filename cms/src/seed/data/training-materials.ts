import type { TrainingMaterialSeed } from '../types';
export const TRAINING_MATERIALS: readonly TrainingMaterialSeed[] = [];
