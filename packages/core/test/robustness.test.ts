import { describe, expect, it } from 'vitest';
import { describeIssue } from '../src/describe-issue.ts';
import { parseEdition } from '../src/parse-edition.ts';
import { parseEventType } from '../src/parse-event-type.ts';
import { readBase } from './support/fixtures.ts';

/** A small deterministic PRNG (mulberry32), so a failing mutation can be replayed from its seed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const JUNK: unknown[] = [
  null,
  0,
  -1,
  1.5,
  '',
  'x',
  true,
  [],
  {},
  [null],
  { de: '' },
  '{{x}}',
  Number.POSITIVE_INFINITY,
];

/** Replaces or deletes one randomly chosen value anywhere in the document. */
function mutate(document: unknown, next: () => number): unknown {
  const copy = structuredClone(document);
  const containers: [Record<string, unknown> | unknown[], string | number][] = [];
  const walk = (node: unknown) => {
    if (node === null || typeof node !== 'object') return;
    for (const key of Object.keys(node)) {
      containers.push([node as Record<string, unknown>, Array.isArray(node) ? Number(key) : key]);
      walk((node as Record<string, unknown>)[key]);
    }
  };
  walk(copy);
  const [parent, key] = containers[Math.floor(next() * containers.length)] as [
    Record<string, unknown>,
    string,
  ];
  if (next() < 0.2 && !Array.isArray(parent)) delete parent[key];
  else parent[key] = JUNK[Math.floor(next() * JUNK.length)];
  return copy;
}

describe('parsing never crashes on malformed input', () => {
  it('returns issues (not exceptions) for 300 random mutations of the Soest bundle, all describable', () => {
    const base = readBase('soest-kirmes');
    const next = random(20260228);
    for (let round = 0; round < 300; round++) {
      let candidate = base;
      const mutations = 1 + Math.floor(next() * 3);
      for (let i = 0; i < mutations; i++) candidate = mutate(candidate, next);
      const result = parseEventType(candidate);
      if (!result.ok) {
        for (const issue of result.issues) {
          expect(typeof issue.path).toBe('string');
          expect(describeIssue(issue, 'de').message.length).toBeGreaterThan(0);
        }
      }
    }
  });

  it('copes with inputs of every JSON type', () => {
    for (const input of [
      ...JUNK,
      undefined,
      { schemaVersion: 1 },
      { schemaVersion: 1, form: { roles: 5 } },
    ]) {
      expect(parseEventType(input).ok).toBe(false);
      expect(parseEdition(input).ok).toBe(false);
    }
  });
});
