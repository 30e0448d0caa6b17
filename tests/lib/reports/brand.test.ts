import { describe, expect, it } from 'vitest';
import { accentStyle, cssString } from '../../../src/lib/reports/brand.ts';

describe('accent and print header styles', () => {
  it('sets the per-scheme accents as custom properties', () => {
    expect(accentStyle({ light: '#1f4e79', dark: '#7e9bb5' })).toBe('--brand-light: #1f4e79; --brand-dark: #7e9bb5');
    expect(accentStyle({})).toBeUndefined();
  });

  it('writes text as a CSS string that no quote, backslash, tag or entity can end', () => {
    expect(cssString('Acme · October 2026 report')).toBe("'Acme · October 2026 report'");
    expect(cssString(`Evil "Corp's" \\ </style><script> & ;`)).toBe("'Evil \\22 Corp\\27 s\\22  \\5c  \\3c /style\\3e \\3c script\\3e  \\26  \\3b '");
  });
});
