export * from './contract-issue.js';
export * from './compiled-contract.js';
export { contractSchema, orderFormSchema, type ContractDoc, type OrderFormDoc } from './contract-schema.js';
export {
  compileContract,
  loadContract,
  parseContract,
  parseOrderForm,
  type CompileIssue,
  type CompileResult,
  type SourceText,
} from './compile-contract.js';
export { parseDuration, formatDuration } from './duration.js';
export { parseYamlSource, YAML_LIMITS } from './yaml-source.js';
export { contractJsonSchema } from './json-schema.js';
export { outlineContract, type ContractOutline, type ContractParameter } from './outline.js';
