import { describe, expect, it } from 'vitest';
import { footerProblems, renderFooter } from '../../../src/lib/reports/footer.ts';

describe('an agency footer line', () => {
  it('renders inline Markdown without a paragraph around it', () => {
    expect(renderFooter('Prepared by **Acme Agency** · [acme.example](https://acme.example) · *since 2019*')).toBe(
      'Prepared by <strong>Acme Agency</strong> · <a href="https://acme.example">acme.example</a> · <em>since 2019</em>',
    );
    expect(renderFooter('Questions? [hello@acme.example](mailto:hello@acme.example)')).toContain('href="mailto:hello@acme.example"');
  });

  it('shows HTML as the characters typed, never as markup', () => {
    const html = renderFooter('Made by <b onmouseover="alert(1)">Evil</b> <script>alert(2)</script>');
    expect(html).not.toMatch(/<b|<script/);
    expect(html).toBe('Made by &#x3C;b onmouseover="alert(1)">Evil&#x3C;/b> &#x3C;script>alert(2)&#x3C;/script>');
  });

  it('accepts text, emphasis, code and safe links', () => {
    expect(footerProblems('Prepared by **Acme** for `you` · [site](https://acme.example) · [mail](mailto:a@acme.example)')).toEqual([]);
    expect(footerProblems('Acme Agency <hello@acme.example>')).toEqual([]);
  });

  it('refuses a link that is not https, http or mailto, and an image', () => {
    expect(footerProblems('[click](javascript:alert(1))')).toEqual([
      { message: 'link to "javascript:alert(1)" is not allowed', expected: 'an https://, http:// or mailto: link' },
    ]);
    expect(footerProblems('[home](/)')).toEqual([{ message: 'link to "/" is not allowed', expected: 'an https://, http:// or mailto: link' }]);
    expect(footerProblems('![logo](https://cdn.example/x.png)')).toEqual([
      { message: 'holds an image, and a footer is text', expected: 'text, or a link to the image' },
    ]);
  });

  it('refuses block Markdown: a footer is one line of text', () => {
    expect(footerProblems('# Acme')[0]!.message).toBe('reads as Markdown a heading ("#"), and a footer is one line of text');
    expect(footerProblems('- Acme')[0]!.message).toBe('reads as Markdown a list ("-", "*" or "1."), and a footer is one line of text');
    expect(footerProblems('> Acme')[0]!.message).toBe('reads as Markdown a quote (">"), and a footer is one line of text');
  });
});
