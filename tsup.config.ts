import { defineConfig } from 'tsup';

export default defineConfig({
  // batch-worker: the worker thread of `dme batch` (src/batch/run.ts starts it from beside the bundle)
  entry: { index: 'src/index.ts', cli: 'src/cli.ts', 'batch-worker': 'src/batch/worker.ts' },
  format: ['esm', 'cjs'],
  dts: { entry: 'src/index.ts' },
  clean: true,
  target: 'node20',
  // import.meta.url in the CommonJS build (the batch worker and the official village list are found from it)
  shims: true,
});
