import type { ChildProcessByStdio } from 'node:child_process';
import type { Readable } from 'node:stream';

/**
 * A `dme serve` child process: the URL its "listening" log line gives, and everything it wrote on stderr so
 * far (its JSON log lines). The URL rejects if the process exits first.
 */
export function served(child: ChildProcessByStdio<null, Readable | null, Readable>): {
  url: Promise<string>;
  stderr: () => string;
} {
  let stderr = '';
  child.stderr.setEncoding('utf8');
  const url = new Promise<string>((resolve, reject) => {
    child.stderr.on('data', (chunk: string) => {
      stderr += chunk;
      const m = /"url":"(http:\/\/127\.0\.0\.1:\d+)"/.exec(stderr);
      if (m?.[1]) resolve(m[1]);
    });
    child.once('exit', (code) => reject(new Error(`dme serve exited ${code}: ${stderr}`)));
  });
  return { url, stderr: () => stderr };
}
