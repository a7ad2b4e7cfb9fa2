// The data layer's public face, for the background and extension pages only: content scripts
// must never import it (docs/architecture.md#rules, rule 1).
export * from './app-db';
export * from './errors';
export * from './reps';
export * from './accounts';
export * from './skills';
export * from './observations';
export * from './plans';
export * from './strategies';
export * from './results';
export * from './time-entries';
export * from './snapshot';
