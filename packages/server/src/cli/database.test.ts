import { describe, expect, it } from 'vitest';
import { withoutPassword } from './database.ts';

describe('withoutPassword', () => {
  it('hides the password of the user part and of query parameters, keeping everything else', () => {
    expect(withoutPassword('postgresql://festplatz:s3cr%40t@db.example:5432/festplatz?sslmode=require')).toBe(
      'postgresql://festplatz:***@db.example:5432/festplatz?sslmode=require',
    );
    expect(withoutPassword('postgres://festplatz@/festplatz?host=/run/postgresql&password=geheim')).toBe(
      'postgres://festplatz@/festplatz?host=/run/postgresql&password=***',
    );
    expect(withoutPassword('postgresql://u:p@ss@127.0.0.1/db?application_name=a@b')).toBe(
      'postgresql://u:***@127.0.0.1/db?application_name=a@b',
    );
    expect(withoutPassword('postgresql://festplatz@127.0.0.1:5432/festplatz')).toBe(
      'postgresql://festplatz@127.0.0.1:5432/festplatz',
    );
  });
});
