// npm run contract: writes the data contract generated from the schemas (src/contract/index.ts).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { contractFiles } from '../src/contract/index.js';

const files = await contractFiles((path) => readFileSync(path, 'utf8'));
for (const [path, text] of files) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  process.stdout.write(`${path}\n`);
}
