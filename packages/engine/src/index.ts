export * from './calendar/index.js';
export * from './util/instant.js';
export * from './util/invalid-input.js';
export * from './contract/index.js';
export * from './clocks/index.js';
export * from './availability/index.js';
export * from './credits/index.js';
export * from './util/seeded-random.js';
