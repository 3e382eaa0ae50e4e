export { applyAmendment, articleOf, nearest, validateAmendment } from './apply.js';
export { loadAmendment, regulationUnder } from './load.js';
export {
  type Amendment,
  type AmendmentChange,
  type ConditionInput,
  type ExceptionChange,
  isAmendment,
  type ParameterChange,
  type ProvisionChange,
  parseAmendment,
} from './schema.js';
