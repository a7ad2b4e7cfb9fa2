// Types for what tests/unit/lint-guards.test.ts reads from eslint.config.js.
import type { Linter } from 'eslint';

export declare const pageCodeFiles: string[];
export declare const pageCodeIgnores: string[];
declare const config: Linter.Config[];
export default config;
