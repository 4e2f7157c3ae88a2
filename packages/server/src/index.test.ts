import { describe, expect, it } from 'vitest';
import * as api from './index.ts';

describe('public API', () => {
  it('exports exactly these values (changes show up in review)', () => {
    expect(Object.keys(api).sort()).toMatchInlineSnapshot(`
      [
        "FestplatzError",
        "HTTP_STATUS",
        "OutboxMailTransport",
        "createApp",
        "runCli",
        "seedDemo",
        "soestExampleDir",
        "startServer",
      ]
    `);
  });
});
