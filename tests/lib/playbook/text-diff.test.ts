import { describe, expect, it } from 'vitest';
import { textDiff, type TextSpan } from '../../../src/lib/playbook/text-diff.ts';

const changed = (spans: TextSpan[]) => spans.filter((s) => s.changed).map((s) => s.text);
const joined = (spans: TextSpan[]) => spans.map((s) => s.text).join('');

describe('textDiff', () => {
  it('has no hunks for equal text, whatever the line endings and trailing blanks', () => {
    expect(textDiff('One.\n\nTwo.', 'One.  \r\n\r\nTwo.\r\n\r\n')).toEqual({ hunks: [], omitted: 0 });
  });

  it('marks the replaced words on each side and keeps the words around them', () => {
    const { hunks } = textDiff('Answer every question within the day.', 'Answer every question within the hour.');
    expect(hunks).toHaveLength(1);
    expect(hunks[0]!.removed).toEqual([
      { text: 'Answer every question within the ', changed: false },
      { text: 'day', changed: true },
      { text: '.', changed: false },
    ]);
    expect(changed(hunks[0]!.added)).toEqual(['hour']);
  });

  it('leaves the old side empty for a pure insertion and the new side empty for a pure deletion', () => {
    const inserted = textDiff('First.\n\nLast.', 'First.\n\nMiddle.\n\nLast.').hunks[0]!;
    expect(inserted.removed).toEqual([]);
    expect(changed(inserted.added).join('').trim()).toBe('Middle.');
    const deleted = textDiff('First.\n\nMiddle.\n\nLast.', 'First.\n\nLast.').hunks[0]!;
    expect(deleted.added).toEqual([]);
    expect(changed(deleted.removed).join('').trim()).toBe('Middle.');
  });

  it('gives the line of the change and up to `context` unchanged lines around it', () => {
    const before = ['# Title', '', 'Intro.', '', 'Old sentence.', '', 'Outro.', '', 'End.'].join('\n');
    const after = before.replace('Old sentence.', 'New sentence.');
    const [hunk] = textDiff(before, after).hunks;
    expect(hunk).toMatchObject({ beforeLine: 5, afterLine: 5, above: ['Intro.'], below: ['Outro.'] });
    expect(textDiff(before, after, { context: 2 }).hunks[0]).toMatchObject({ above: ['# Title', 'Intro.'], below: ['Outro.', 'End.'] });
  });

  it('keeps changes far apart in separate hunks and joins changes close together', () => {
    const lines = Array.from({ length: 12 }, (_, i) => `Paragraph ${i + 1}.`);
    const far = lines.map((line, i) => (i === 0 || i === 10 ? `${line} Changed.` : line));
    expect(textDiff(lines.join('\n'), far.join('\n')).hunks.map((h) => [h.beforeLine, h.afterLine])).toEqual([
      [1, 1],
      [11, 11],
    ]);
    const near = lines.map((line, i) => (i === 0 || i === 2 ? `${line} Changed.` : line));
    expect(textDiff(lines.join('\n'), near.join('\n')).hunks).toHaveLength(1);
  });

  it('keeps at most maxHunks hunks and counts the rest', () => {
    const lines = Array.from({ length: 40 }, (_, i) => `Line ${i}.`);
    const after = lines.map((line, i) => (i % 5 === 0 ? `${line} New.` : line));
    const diff = textDiff(lines.join('\n'), after.join('\n'));
    expect(diff.hunks).toHaveLength(5);
    expect(diff.omitted).toBe(3);
    expect(textDiff(lines.join('\n'), after.join('\n'), { maxHunks: 2 }).omitted).toBe(6);
  });

  it('shortens long unchanged stretches to a few words next to the change', () => {
    const words = Array.from({ length: 40 }, (_, i) => `w${i}`).join(' ');
    const [hunk] = textDiff(`${words} old end.`, `${words} new end.`).hunks;
    expect(joined(hunk!.removed)).toBe('… w32 w33 w34 w35 w36 w37 w38 w39 old end.');
  });

  it('shows a rewritten paragraph as old and new whole, not as interleaved fragments', () => {
    const [hunk] = textDiff('You own response rate and mention volume.', 'Four KPIs are yours, and response rate is one.').hunks;
    expect(hunk!.removed).toEqual([{ text: 'You own response rate and mention volume.', changed: true }]);
    expect(hunk!.added).toEqual([{ text: 'Four KPIs are yours, and response rate is one.', changed: true }]);
  });

  it('bounds a very long change', () => {
    const long = Array.from({ length: 200 }, (_, i) => `word${i}`).join(' ');
    const [hunk] = textDiff('Short.', long).hunks;
    const text = joined(hunk!.added);
    expect(text.split(/\s+/).length).toBeLessThan(70);
    expect(text).toContain(' … ');
    expect(text.endsWith('word199')).toBe(true);
  });

  it('shows a long page rewritten end to end as old and new, quickly', () => {
    const page = (step: number) => Array.from({ length: 3000 }, (_, i) => `w${(i * step) % 997}`).join(' ');
    const [hunk] = textDiff(page(7), page(13)).hunks;
    expect(hunk!.removed).toHaveLength(1);
    expect(hunk!.removed[0]!.changed).toBe(true);
    expect(hunk!.added[0]!.text.startsWith('w0 w13 w26')).toBe(true);
  });

  it('ignores a change of white space alone', () => {
    expect(textDiff('One two.', 'One  two.').hunks).toEqual([]);
  });
});
