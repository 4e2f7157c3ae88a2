import { describe, expect, it } from 'vitest';
import { serveConfig } from '../cli/config.ts';
import { isEmbedOrigin, parseEmbedOrigins } from './embed-origins.ts';

describe('parseEmbedOrigins (EMBED_ORIGINS)', () => {
  it('reads a comma-separated list of origins, trimming blanks and duplicates', () => {
    expect(parseEmbedOrigins(undefined)).toEqual([]);
    expect(parseEmbedOrigins(' ')).toEqual([]);
    expect(parseEmbedOrigins('https://www.soest.de, https://kirmes.soest.de/,https://www.soest.de')).toEqual([
      'https://www.soest.de',
      'https://kirmes.soest.de',
    ]);
    expect(parseEmbedOrigins('http://localhost:8080,http://127.0.0.1:9000')).toEqual([
      'http://localhost:8080',
      'http://127.0.0.1:9000',
    ]);
  });

  it('refuses paths, wildcards and plain http on a public host instead of guessing', () => {
    expect(() => parseEmbedOrigins('https://www.soest.de/kirmes')).toThrow(/origin only/);
    expect(() => parseEmbedOrigins('*')).toThrow(/not an origin/);
    expect(() => parseEmbedOrigins('www.soest.de')).toThrow(/not an origin|origin only/);
    expect(() => parseEmbedOrigins('http://www.soest.de')).toThrow(/https/);
  });

  it('matches an Origin header exactly', () => {
    const origins = parseEmbedOrigins('https://www.soest.de');
    expect(isEmbedOrigin(origins, 'https://www.soest.de')).toBe(true);
    expect(isEmbedOrigin(origins, 'https://www.soest.de.evil.example')).toBe(false);
    expect(isEmbedOrigin(origins, 'http://www.soest.de')).toBe(false);
    expect(isEmbedOrigin(origins, null)).toBe(false);
  });
});

describe('serveConfig', () => {
  it('reads EMBED_ORIGINS, none by default, and refuses to start with a malformed one', () => {
    expect(serveConfig({}).embedOrigins).toEqual([]);
    expect(serveConfig({ EMBED_ORIGINS: 'https://www.soest.de' }).embedOrigins).toEqual([
      'https://www.soest.de',
    ]);
    expect(() => serveConfig({ EMBED_ORIGINS: 'https://www.soest.de/kirmes' })).toThrow(/EMBED_ORIGINS/);
  });
});
