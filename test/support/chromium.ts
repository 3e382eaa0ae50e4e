import { execFileSync, spawnSync } from 'node:child_process';
import { accessSync, constants, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';

// Headless Chromium for the tests that render a report as a person sees it. `npm test` gets its browser by
// itself: the CHROMIUM variable, else a Chromium on the PATH or at the usual places; where none is there and
// this process may install packages (root with Debian's apt-get, as on CI and a fresh machine of that kind),
// Debian's `chromium` is installed, with a line saying so. Where it may not, the error names the one command.

const NAMES = ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome'];
const PLACES = ['/usr/bin', '/usr/local/bin', '/snap/bin', '/opt/google/chrome'];
const INSTALL = 'apt-get update && apt-get install -y chromium';

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The first Chromium found: `CHROMIUM` (which must then exist), the PATH, then the usual install places. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.CHROMIUM) {
    if (executable(env.CHROMIUM)) return env.CHROMIUM;
    throw new Error(`CHROMIUM is set to ${env.CHROMIUM}, which is not an executable file.`);
  }
  return which(NAMES, [...pathDirs(env), ...PLACES]);
}

function pathDirs(env: NodeJS.ProcessEnv): string[] {
  return (env.PATH ?? '').split(delimiter).filter(Boolean);
}

function which(names: string[], dirs: string[]): string | undefined {
  for (const dir of dirs) for (const name of names) if (executable(join(dir, name))) return join(dir, name);
  return undefined;
}

/** Root with Debian's apt-get (CI, a fresh machine of that kind), unless DME_NO_INSTALL says not to. */
function mayInstall(): boolean {
  return (
    process.getuid?.() === 0 &&
    which(['apt-get'], pathDirs(process.env)) !== undefined &&
    !process.env.DME_NO_INSTALL
  );
}

let found: string | undefined;

/**
 * The Chromium binary to run, installing Debian's package first when none is there and this process may.
 * Several test files may ask at once: apt waits for the package lock, and a second install is a no-op.
 */
export function chromiumPath(): string {
  found ??= findChromium();
  if (found) return found;
  if (!mayInstall()) {
    throw new Error(
      `These tests render a report in headless Chromium, and none was found (CHROMIUM, the PATH, ${PLACES.join(', ')}). ` +
        `Install it with: sudo ${INSTALL}   (or set CHROMIUM to a Chromium or Chrome binary)`,
    );
  }
  process.stderr.write(
    `Chromium not found: installing Debian's chromium package for the browser tests (${INSTALL})…\n`,
  );
  const apt = ['-o', 'DPkg::Lock::Timeout=600', '-qq'];
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', [...apt, 'update'], { stdio: ['ignore', 'ignore', 'inherit'], env });
  execFileSync('apt-get', [...apt, 'install', '-y', 'chromium'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env,
  });
  found = findChromium();
  if (!found) throw new Error(`apt-get installed chromium, yet no Chromium binary was found afterwards.`);
  process.stderr.write(`Chromium installed: ${found}\n`);
  return found;
}

/** Runs headless Chromium with a fresh profile and no background networking (the machine has no network). */
export function chromium(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const profile = mkdtempSync(join(tmpdir(), 'dme-chromium-'));
  const r = spawnSync(
    chromiumPath(),
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--user-data-dir=${profile}`,
      ...args,
    ],
    { encoding: 'utf8', timeout: 90_000, maxBuffer: 64 * 1024 * 1024 },
  );
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** How long a first install of Chromium may take (apt-get update and the package with its libraries). */
export const CHROMIUM_INSTALL_TIMEOUT = 600_000;
