// The regulation's articles, one folder each (rules/pasal-NN/: the module with its text, parameters,
// conditions, messages, obligations and exceptions; the facts it reads; and its helpers).

import type { ArticleDef } from '../src/define.js';
import { pasal01 } from './pasal-01/index.js';
import { pasal02 } from './pasal-02/index.js';
import { pasal03 } from './pasal-03/index.js';
import { pasal04 } from './pasal-04/index.js';
import { pasal05 } from './pasal-05/index.js';
import { pasal06 } from './pasal-06/index.js';
import { pasal07 } from './pasal-07/index.js';
import { pasal08 } from './pasal-08/index.js';
import { pasal09 } from './pasal-09/index.js';
import { pasal10 } from './pasal-10/index.js';
import { pasal11 } from './pasal-11/index.js';
import { pasal12 } from './pasal-12/index.js';
import { pasal13 } from './pasal-13/index.js';
import { pasal14 } from './pasal-14/index.js';
import { pasal15 } from './pasal-15/index.js';
import { pasal16 } from './pasal-16/index.js';
import { pasal17 } from './pasal-17/index.js';
import { pasal18 } from './pasal-18/index.js';

/** Every article module of the regulation, in order. */
export const articles: readonly ArticleDef[] = [
  pasal01,
  pasal02,
  pasal03,
  pasal04,
  pasal05,
  pasal06,
  pasal07,
  pasal08,
  pasal09,
  pasal10,
  pasal11,
  pasal12,
  pasal13,
  pasal14,
  pasal15,
  pasal16,
  pasal17,
  pasal18,
] as ArticleDef[];

export { candidateFacts, villageFacts } from './facts.js';
