import { describe, expect, it } from 'vitest';
import { safeJson } from '../../src/lib/safe-json.ts';

describe('safeJson', () => {
  it('cannot close a script element or open a comment, and parses back to the same value', () => {
    const value = { name: '</script><script>alert(1)</script>', note: '<!-- x --> & \u2028' };
    const json = safeJson(value);
    expect(json).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(json)).toEqual(value);
  });
});
