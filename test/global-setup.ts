import { execFileSync } from 'node:child_process';

// The CLI and the CommonJS/ESM entry points are tested as a user gets them: from the built package.
export default function setup(): void {
  execFileSync('npx', ['tsup', '--silent'], { stdio: 'inherit' });
}
