#!/usr/bin/env node

import { run } from './command.js';

// The `dme` executable: the program of src/command.ts on the process's own streams. Bad input (exit 2) ends the
// process at once, as a refusal must not wait for anything the command had started (worker threads, a server).
void run(process.argv).then((code) => {
  if (code === 2) process.exit(code);
  process.exitCode = code;
});
