export * from './credit-tiers.js';
export * from './claims.js';
