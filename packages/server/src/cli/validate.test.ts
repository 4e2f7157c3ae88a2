import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { soestExampleDir } from '../demo/seed.ts';
import type { CliIo } from './io.ts';
import { runCli } from './main.ts';

function captureIo() {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    env: {},
    stopSignal: new Promise(() => {}),
  };
  return { io, out, err };
}

const bundle = join(soestExampleDir(), 'allerheiligenkirmes.bundle.json');
const tmp = mkdtempSync(join(tmpdir(), 'festplatz-validate-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('festplatz validate', () => {
  it('exits 0 on the example bundle and says "gültig"', async () => {
    const { io, out } = captureIo();
    expect(await runCli(['validate', bundle], io)).toBe(0);
    expect(out.join('\n')).toContain('gültig');
  });

  it('validates an edition file (it has eventTypeId)', async () => {
    const { io, out } = captureIo();
    const edition = join(soestExampleDir(), 'editions', 'allerheiligenkirmes-2026.json');
    expect(await runCli(['validate', edition, '--lang', 'en'], io)).toBe(0);
    expect(out.join('\n')).toContain('valid');
  });

  it('exits 1 and names /version when the version is not a number', async () => {
    const broken = JSON.parse(readFileSync(bundle, 'utf8'));
    broken.version = 'eins';
    const file = join(tmp, 'broken.bundle.json');
    writeFileSync(file, JSON.stringify(broken, null, 2));

    const de = captureIo();
    expect(await runCli(['validate', file], de.io)).toBe(1);
    const text = de.out.join('\n');
    expect(text).toContain('ungültig');
    expect(text).toMatch(/^\/version: .+ \(\w+\)$/m);

    const json = captureIo();
    expect(await runCli(['validate', file, '--json', '--lang', 'en'], json.io)).toBe(1);
    const report = JSON.parse(json.out.join('\n'));
    expect(report).toMatchObject({ valid: false, kind: 'event-type' });
    expect(report.issues.map((i: { pointer: string }) => i.pointer)).toContain('/version');
    expect(typeof report.issues[0].message).toBe('string');
  });

  it('reports JSON syntax errors with line and column (exit 1)', async () => {
    const file = join(tmp, 'syntax.json');
    writeFileSync(file, '{\n  "id": "x",\n  "version" 1\n}\n');
    const { io, out } = captureIo();
    expect(await runCli(['validate', file], io)).toBe(1);
    expect(out.join('\n')).toContain(`${file}:3:13: JSON-Syntaxfehler`);
  });

  it('exits 2 on usage and I/O errors', async () => {
    const usage = captureIo();
    expect(await runCli(['validate'], usage.io)).toBe(2);
    expect(usage.err.join('\n')).toContain('festplatz validate');
    const missing = captureIo();
    expect(await runCli(['validate', join(tmp, 'nope.json')], missing.io)).toBe(2);
    expect(await runCli(['validate', bundle, '--bogus'], captureIo().io)).toBe(2);
    expect(await runCli(['frobnicate'], captureIo().io)).toBe(2);
  });
});
