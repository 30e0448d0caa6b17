/**
 * A playbook diff as GitHub-flavoured Markdown, for `rolebook diff` and pull-request job summaries.
 * Every piece of content text goes through `escapeMarkdown` or `code`, so a task named
 * "A | B *urgent*" or a definition containing "<script>" prints as written and cannot break out.
 */
import type { Changed, Changes, FieldChange, KpiRef, ListChange, PageChange, PlaybookDiff, RaciCellChange, TaskMove, TaskRef, ValueChange } from './diff.ts';
import { isEmpty } from './diff.ts';
import { textDiff, type TextHunk, type TextSpan } from './text-diff.ts';

export interface DiffLabels {
  /** What the diff starts from: `2.0`, `main`. */
  before: string;
  /** What it arrives at: `next`, `HEAD`. */
  after: string;
}

/** Values longer than this are shown as a word diff on two lines instead of "old → new". */
const SHORT_VALUE = 60;

export function diffToMarkdown(diff: PlaybookDiff, labels: DiffLabels): string {
  const heading = `## Playbook changes: ${escapeMarkdown(labels.before)} → ${escapeMarkdown(labels.after)}`;
  if (isEmpty(diff)) return `${heading}\n\nNo structural changes.\n`;
  const sections = [
    section(
      'Roles',
      changesLines(diff.roles, (r) => `**${escapeMarkdown(r.title)}** (${code(r.id)})`),
    ),
    section('Responsibilities (RACI)', raciLines(diff.raci)),
    section('KPIs', changesLines(diff.kpis, kpiTitle, kpiDetails)),
    section(
      'Metrics',
      changesLines(
        diff.metrics,
        (m) => `**${escapeMarkdown(m.label)}** (${code(m.id)})`,
        (m) => `${m.kind}, ${m.unit}`,
      ),
    ),
    section(
      'Glossary',
      changesLines(
        diff.glossary,
        (t) => `**${escapeMarkdown(t.term)}**`,
        (t) => escapeMarkdown(t.definition),
      ),
    ),
    section('Onboarding pages', [
      ...diff.onboarding.added.map((p) => `- Added: **${escapeMarkdown(p.title)}** (${code(p.path)})`),
      ...diff.onboarding.removed.map((p) => `- Removed: **${escapeMarkdown(p.title)}** (${code(p.path)})`),
    ]),
    section('Pages whose text changed', diff.pages.flatMap(pageLines)),
  ];
  return [heading, `${diffSummary(diff)}`, ...sections.filter(Boolean)].join('\n\n') + '\n';
}

/** One plain sentence of counts: "1 role changed, 2 RACI cells changed, 1 KPI added, text changed on 5 pages." */
export function diffSummary(diff: PlaybookDiff): string {
  if (isEmpty(diff)) return 'No structural changes.';
  const { roles, raci, kpis, metrics, glossary, onboarding, pages } = diff;
  const parts = [
    ...counts(roles, 'role'),
    count(raci.added.length, 'task', 'added'),
    count(raci.removed.length, 'task', 'removed'),
    count(raci.moved.length, 'task', 'moved or renamed'),
    count(raci.cells.length, 'RACI cell', 'changed'),
    ...counts(kpis, 'KPI'),
    ...counts(metrics, 'metric'),
    ...counts(glossary, 'glossary term'),
    count(onboarding.added.length, 'onboarding page', 'added'),
    count(onboarding.removed.length, 'onboarding page', 'removed'),
    pages.length ? `text changed on ${plural(pages.length, 'page')}` : '',
  ].filter(Boolean);
  const sentence = parts.join(', ');
  return `${sentence[0]!.toUpperCase()}${sentence.slice(1)}.`;
}

function counts(changes: Changes<unknown>, noun: string): string[] {
  return [count(changes.added.length, noun, 'added'), count(changes.removed.length, noun, 'removed'), count(changes.changed.length, noun, 'changed')];
}

function count(n: number, noun: string, verb: string): string {
  return n ? `${plural(n, noun)} ${verb}` : '';
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function section(title: string, lines: string[]): string {
  return lines.length ? `### ${title}\n\n${lines.join('\n')}` : '';
}

// ── added / removed / changed ─────────────────────────────────────────────

function changesLines<Ref>(changes: Changes<Ref>, title: (item: Ref) => string, details?: (item: Ref) => string): string[] {
  const withDetails = (item: Ref) => (details ? `${title(item)}: ${details(item)}` : title(item));
  return [
    ...changes.added.map((item) => `- Added: ${withDetails(item)}`),
    ...changes.removed.map((item) => `- Removed: ${withDetails(item)}`),
    ...changes.changed.flatMap((entry: Changed<Ref>) => [`- Changed: ${title(entry.item)}`, ...entry.changes.flatMap(fieldLines)]),
  ];
}

function fieldLines(change: FieldChange): string[] {
  return change.kind === 'value' ? valueLines(change) : listLines(change);
}

function valueLines({ field, before, after }: ValueChange): string[] {
  // Formulas are code: both sides in code spans, as a reader compares them character by character.
  if (field === 'formula') return [`  - ${field}: ${showCode(before)} → ${showCode(after)}`];
  const [hunk] =
    typeof before === 'string' && typeof after === 'string' && Math.max(before.length, after.length) > SHORT_VALUE ? textDiff(before, after).hunks : [];
  return hunk ? [`  - ${field}:`, ...hunkLines(hunk, '    ')] : [`  - ${field}: ${showValue(before)} → ${showValue(after)}`];
}

/** Short lists on one line ("kpis: added save-rate"); long items one per line. */
function listLines({ field, kind, added, removed }: ListChange): string[] {
  if (added.length === 0 && removed.length === 0) return [`  - ${field}: ${kind === 'list' ? 'same items in a new order' : 'unchanged'}`];
  const items = [...added.map((item) => ['added', escapeMarkdown(item)]), ...removed.map((item) => ['removed', escapeMarkdown(item)])];
  const inline = items.map(([verb, item]) => `${verb} ${item}`).join('; ');
  return inline.length <= SHORT_VALUE ? [`  - ${field}: ${inline}`] : [`  - ${field}:`, ...items.map(([verb, item]) => `    - ${verb}: ${item}`)];
}

function showValue(value: string | boolean | undefined): string {
  if (value === undefined) return '—';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return escapeMarkdown(value);
}

function showCode(value: string | boolean | undefined): string {
  return typeof value === 'string' ? code(value) : showValue(value);
}

const kpiTitle = (k: KpiRef): string => `**${escapeMarkdown(k.name)}** (${code(k.id)})`;
const kpiDetails = (k: KpiRef): string =>
  `${code(k.formula)}, ${escapeMarkdown(k.unit)}, ${k.direction === 'down' ? 'lower' : 'higher'} is better, owner ${escapeMarkdown(k.owner)}`;

// ── RACI ──────────────────────────────────────────────────────────────────

function raciLines(raci: PlaybookDiff['raci']): string[] {
  return [
    ...raci.added.map((task) => `- Added task: ${taskLine(task)}`),
    ...raci.removed.map((task) => `- Removed task: ${taskLine(task)}`),
    ...raci.moved.map(moveLine),
    ...raci.cells.map(cellLine),
  ];
}

function taskLine(task: TaskRef): string {
  const cells = Object.entries(task.raci).map(([role, letter]) => `${escapeMarkdown(role)} ${escapeMarkdown(letter)}`);
  return `**${escapeMarkdown(task.task)}** (${code(task.id)}, in ${escapeMarkdown(task.area)}): ${cells.join(', ')}`;
}

function moveLine({ id, before, after }: TaskMove): string {
  const changes = [
    before.area !== after.area ? `moved from ${escapeMarkdown(before.area)} to ${escapeMarkdown(after.area)}` : '',
    before.task !== after.task ? `renamed from “${escapeMarkdown(before.task)}”` : '',
  ].filter(Boolean);
  return `- **${escapeMarkdown(after.task)}** (${code(id)}): ${changes.join(', ')}`;
}

function cellLine({ task, role, before, after }: RaciCellChange): string {
  return `- **${escapeMarkdown(task)}**: ${escapeMarkdown(role)} ${escapeMarkdown(before ?? '—')} → ${escapeMarkdown(after ?? '—')}`;
}

// ── page text ─────────────────────────────────────────────────────────────

const PAGE_KINDS: Record<PageChange['kind'], string> = { role: 'role', kpi: 'KPI', onboarding: 'onboarding' };

function pageLines(page: PageChange): string[] {
  const lines = [`- **${escapeMarkdown(page.title)}** (${PAGE_KINDS[page.kind]}, ${code(page.path)})`, ...page.text.hunks.flatMap((h) => hunkLines(h, '  '))];
  if (page.text.omitted) lines.push(`  - …and ${plural(page.text.omitted, 'more change')} in this page`);
  return lines;
}

/**
 * A hunk as "before:" with the deleted words in <del> and "after:" with the inserted words in <ins>.
 * HTML rather than ~~ and **: a change of one comma right after a word ("reach**,**") is not
 * emphasis under GFM's flanking rules, and would print the asterisks instead.
 */
function hunkLines(hunk: TextHunk, indent: string): string[] {
  return [
    hunk.removed.length ? `${indent}- before: ${spansMarkdown(hunk.removed, 'del')}` : '',
    hunk.added.length ? `${indent}- after: ${spansMarkdown(hunk.added, 'ins')}` : '',
  ].filter(Boolean);
}

function spansMarkdown(spans: TextSpan[], tag: 'del' | 'ins'): string {
  return spans
    .map((span) => (span.changed ? mark(escapeMarkdown(span.text), tag) : escapeMarkdown(span.text)))
    .join('')
    .trim();
}

/** White space stays outside the tag, so "a<ins> b</ins>" does not read as "a<ins>b</ins>" when spaces are folded. */
function mark(text: string, tag: string): string {
  const [, lead = '', core = '', trail = ''] = /^(\s*)(.*?)(\s*)$/s.exec(text) ?? [];
  return core ? `${lead}<${tag}>${core}</${tag}>${trail}` : text;
}

// ── escaping ──────────────────────────────────────────────────────────────

/**
 * Content text safe inside a Markdown line: white space folded (a newline would end the list
 * item), and every character GitHub gives a meaning to escaped with a backslash.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[\\`*_[\]<>|~&#!]/g, (c) => `\\${c}`);
}

/** A code span that holds any text: the fence is one backtick longer than the longest run inside. */
export function code(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}
