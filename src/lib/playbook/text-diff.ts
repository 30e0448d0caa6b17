/**
 * A short, readable diff of a page's text: the changed lines grouped into a few hunks, each with the
 * old and the new wording word by word, long unchanged stretches shortened to "…". Meant for a
 * reader skimming "what changed in this page", not for applying as a patch.
 */
import { diffLines, diffWordsWithSpace, type Change } from 'diff';

/** A run of words on one side of a hunk. */
export interface TextSpan {
  text: string;
  /** On the old side: these words were deleted. On the new side: these words were inserted. */
  changed: boolean;
}

/** One place in the text where lines changed. */
export interface TextHunk {
  /** 1-based line, in the compared old text, where the change starts. */
  beforeLine: number;
  /** 1-based line, in the compared new text, where the change starts. */
  afterLine: number;
  /** Up to `context` unchanged, non-blank lines just above the change, shortened. */
  above: string[];
  /** The old wording; deleted words have `changed: true`. Empty when text was only inserted. */
  removed: TextSpan[];
  /** The new wording; inserted words have `changed: true`. Empty when text was only deleted. */
  added: TextSpan[];
  /** Up to `context` unchanged, non-blank lines just below the change, shortened. */
  below: string[];
}

export interface TextDiff {
  /** The first `maxHunks` hunks, in text order. */
  hunks: TextHunk[];
  /** How many further hunks were left out. */
  omitted: number;
}

export interface TextDiffOptions {
  /** Unchanged lines shown around a change; changes closer than twice this are one hunk. Default 1. */
  context?: number;
  /** Hunks kept per text. Default 5. */
  maxHunks?: number;
}

/** Unchanged words kept next to a change; longer unchanged stretches are shortened to "…". */
const CONTEXT_WORDS = 8;
/** Changed words kept in one span; a rewritten page should not print the whole page. */
const MAX_CHANGED_WORDS = 60;
/**
 * Word edits explored before a hunk counts as rewritten. Keeps a rewrite of a long page fast (the
 * word diff is O(length × edits)) and, unlike a timeout, gives the same answer on every machine.
 */
const MAX_WORD_EDITS = 500;
/** Characters kept of a context line. */
const MAX_CONTEXT_CHARS = 100;

interface LineOp {
  kind: 'same' | 'removed' | 'added';
  text: string;
  /** 1-based position in the old and the new text (for an insertion: where it would be). */
  oldLine: number;
  newLine: number;
}

export function textDiff(before: string, after: string, { context = 1, maxHunks = 5 }: TextDiffOptions = {}): TextDiff {
  const oldText = normalize(before);
  const newText = normalize(after);
  if (oldText === newText) return { hunks: [], omitted: 0 };
  const ops = lineOps(diffLines(oldText, newText));
  // A hunk whose only change is white space (a re-wrapped line, an extra blank line) says nothing.
  const hunks = groupChanges(ops, context)
    .map(([first, last]) => hunk(ops, first, last, context))
    .filter((h) => h.removed.length > 0 || h.added.length > 0);
  return { hunks: hunks.slice(0, maxHunks), omitted: Math.max(0, hunks.length - maxHunks) };
}

/** Line endings and trailing blanks must not count as changes. */
function normalize(text: string): string {
  return `${text
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]+$/gm, '')
    .trim()}\n`;
}

function lineOps(changes: Change[]): LineOp[] {
  const ops: LineOp[] = [];
  let oldLine = 1;
  let newLine = 1;
  for (const change of changes) {
    const kind = change.added ? 'added' : change.removed ? 'removed' : 'same';
    for (const text of change.value.replace(/\n$/, '').split('\n')) {
      ops.push({ kind, text, oldLine, newLine });
      if (kind !== 'added') oldLine += 1;
      if (kind !== 'removed') newLine += 1;
    }
  }
  return ops;
}

/** [first, last] op index of each hunk: changed lines with at most 2 × context unchanged lines between. */
function groupChanges(ops: LineOp[], context: number): [number, number][] {
  const groups: [number, number][] = [];
  ops.forEach((op, index) => {
    if (op.kind === 'same') return;
    const current = groups.at(-1);
    const gap = current ? ops.slice(current[1] + 1, index).filter((o) => o.text.trim() !== '').length : Infinity;
    if (current && gap <= 2 * context) current[1] = index;
    else groups.push([index, index]);
  });
  return groups;
}

function hunk(ops: LineOp[], first: number, last: number, context: number): TextHunk {
  const inside = ops.slice(first, last + 1);
  const oldSide = inside
    .filter((op) => op.kind !== 'added')
    .map((op) => op.text)
    .join('\n');
  const newSide = inside
    .filter((op) => op.kind !== 'removed')
    .map((op) => op.text)
    .join('\n');
  const words = diffWordsWithSpace(oldSide, newSide, { maxEditLength: MAX_WORD_EDITS });
  // Past the bound the two wordings have little in common: show them whole, as a rewrite.
  const segments = words ? wordSegments(words) : [{ removed: oldSide, added: newSide }];
  return {
    beforeLine: ops[first]!.oldLine,
    afterLine: ops[first]!.newLine,
    above: contextLines(ops.slice(0, first).reverse(), context)
      .reverse()
      .map((line) => shorten(line, 'start')),
    removed: side(segments, 'removed'),
    added: side(segments, 'added'),
    below: contextLines(ops.slice(last + 1), context).map((line) => shorten(line, 'end')),
  };
}

function contextLines(ops: LineOp[], context: number): string[] {
  return ops
    .filter((op) => op.kind === 'same' && op.text.trim() !== '')
    .slice(0, context)
    .map((op) => op.text.trim());
}

/** Unchanged text, or an edit with the old and the new wording. */
type Edit = { removed: string; added: string };
type Segment = { same: string } | Edit;

const isEdit = (segment: Segment | undefined): segment is Edit => segment !== undefined && 'removed' in segment;
const editSize = (edit: Edit): number => Math.max(edit.removed.length, edit.added.length);

/**
 * Word diffs of prose interleave ("~~response~~ **four** ~~rate~~ **KPIs**"), anchored on the
 * spaces and short words the two wordings happen to share. As in diff-match-patch's semantic
 * cleanup, an unchanged run no longer than the edits on both sides of it is folded into them,
 * so a rewritten phrase reads as one deletion and one insertion.
 */
function wordSegments(changes: Change[]): Segment[] {
  const segments = rawSegments(changes);
  if (mostlyRewritten(segments)) return [{ removed: joinSide(segments, 'removed'), added: joinSide(segments, 'added') }];
  for (let i = 1; i + 1 < segments.length; i += 1) {
    const [previous, middle, next] = [segments[i - 1], segments[i]!, segments[i + 1]];
    if (!('same' in middle) || !isEdit(previous) || !isEdit(next)) continue;
    if (middle.same.length > editSize(previous) || middle.same.length > editSize(next)) continue;
    segments.splice(i - 1, 3, { removed: previous.removed + middle.same + next.removed, added: previous.added + middle.same + next.added });
    i = Math.max(0, i - 2); // the merged edit is larger now, so the run before it may fold too
  }
  return segments;
}

/** Under a third of the text kept: word by word would be confetti, old and new whole read better. */
function mostlyRewritten(segments: Segment[]): boolean {
  const kept = segments.reduce((sum, segment) => sum + ('same' in segment ? segment.same.trim().length : 0), 0);
  return kept * 3 < Math.max(joinSide(segments, 'removed').length, joinSide(segments, 'added').length);
}

function joinSide(segments: Segment[], which: keyof Edit): string {
  return segments.map((segment) => ('same' in segment ? segment.same : segment[which])).join('');
}

/** jsdiff's changes as alternating unchanged runs and edits. */
function rawSegments(changes: Change[]): Segment[] {
  const segments: Segment[] = [];
  for (const change of changes) {
    if (!change.added && !change.removed) {
      segments.push({ same: change.value });
      continue;
    }
    const last = segments.at(-1);
    const edit = isEdit(last) ? last : { removed: '', added: '' };
    if (edit !== last) segments.push(edit);
    if (change.removed) edit.removed += change.value;
    else edit.added += change.value;
  }
  return segments;
}

/** One side of a hunk as spans, unchanged stretches shortened; empty when this side changed nothing. */
function side(segments: Segment[], which: 'removed' | 'added'): TextSpan[] {
  const spans: TextSpan[] = [];
  for (const segment of segments) {
    const span = 'same' in segment ? { text: segment.same, changed: false } : { text: segment[which], changed: true };
    const last = spans.at(-1);
    // An edit with nothing on this side leaves two unchanged runs side by side: one span.
    if (last && last.changed === span.changed) last.text += span.text;
    else if (span.text !== '') spans.push(span);
  }
  if (!spans.some((span) => span.changed && span.text.trim() !== '')) return [];
  return spans.map((span, index) => ({ ...span, text: span.changed ? limitChanged(span.text) : elide(span.text, index === 0, index === spans.length - 1) }));
}

/** Keep the unchanged words next to a change: the end of a leading run, the start of a trailing one. */
function elide(text: string, leading: boolean, trailing: boolean): string {
  const tokens = words(text);
  if (leading && trailing) return text;
  if (leading) return tokens.length > CONTEXT_WORDS ? `… ${tokens.slice(-CONTEXT_WORDS).join('').trimStart()}` : text;
  if (trailing) return tokens.length > CONTEXT_WORDS ? `${tokens.slice(0, CONTEXT_WORDS).join('').trimEnd()} …` : text;
  if (tokens.length <= 2 * CONTEXT_WORDS) return text;
  return `${tokens.slice(0, CONTEXT_WORDS).join('').trimEnd()} … ${tokens.slice(-CONTEXT_WORDS).join('').trimStart()}`;
}

function limitChanged(text: string): string {
  const tokens = words(text);
  if (tokens.length <= MAX_CHANGED_WORDS) return text;
  const kept = MAX_CHANGED_WORDS - 10;
  return `${tokens.slice(0, kept).join('').trimEnd()} … ${tokens.slice(-10).join('').trimStart()}`;
}

/** Words with the white space around them, so joining them gives the text back. */
function words(text: string): string[] {
  return text.match(/\s*\S+\s*/g) ?? [text];
}

function shorten(line: string, keep: 'start' | 'end'): string {
  if (line.length <= MAX_CONTEXT_CHARS) return line;
  return keep === 'end' ? `${line.slice(0, MAX_CONTEXT_CHARS).trimEnd()}…` : `…${line.slice(-MAX_CONTEXT_CHARS).trimStart()}`;
}
