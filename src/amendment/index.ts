export { applyAmendment } from './apply.js';
export { loadAmendment, regulationUnder } from './load.js';
export {
  type Amendment,
  type AmendmentChange,
  type ArticleChange,
  type ConditionInput,
  type ExceptionChange,
  isAmendment,
  type ParameterChange,
  type ProvisionChange,
  parseAmendment,
} from './schema.js';
export { articleOf, nearest } from './suggest.js';
export { validateAmendment } from './validate.js';
