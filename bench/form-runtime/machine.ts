import { execFileSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';

/** The commit the benchmark ran at, marked dirty when the working tree has changes. */
export function currentCommit(root: string): string {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();
  try {
    return `${git('rev-parse', '--short', 'HEAD')}${git('status', '--porcelain') ? ' + uncommitted changes' : ''}`;
  } catch {
    return 'unknown (no git)';
  }
}

/** CPU model, cores, RAM and Node of this machine, for the results table. */
export function machineLine(chromiumVersion: string): string {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  const ram = Math.round(totalmem() / 2 ** 30);
  return `${cpu}, ${cpus().length} cores, ${ram} GiB RAM, Node ${process.version}, Chromium ${chromiumVersion} (headless)`;
}
