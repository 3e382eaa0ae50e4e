// The types of the verdict document. They are declared once, as what the schemas of src/schema/verdict.ts
// output (the JSON Schema published in schemas/verdict.schema.json is generated from the same schemas).

export type {
  ArticleVerdict,
  CandidateVerdict,
  DesignationStatus,
  Finding,
  Obligation,
  VerdictDocument,
  VerdictStatus,
} from './schema/verdict.js';
export type { EvaluationResult } from './schema/village.js';
