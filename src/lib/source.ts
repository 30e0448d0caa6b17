/**
 * Reading YAML and MDX frontmatter so that every value can be traced back to its line.
 * Parsing is eager (the data), position lookup is lazy (only when a problem needs a line).
 */
import matter from 'gray-matter';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Alias, type Document, type Node } from 'yaml';
import { show, type Problem } from './problems.ts';

export type FieldPath = ReadonlyArray<string | number>;

/** A parsed file: its data, and a way to find the line of any field in it. */
export interface SourceFile<T = unknown> {
  /** Path relative to the content root. */
  file: string;
  data: T;
  /** Line of the field at `path` (or of its closest existing parent); 1-based. */
  lineOf(path: FieldPath): number;
}

export interface ParsedYaml extends SourceFile {
  problems: Problem[];
}

/** Parse a YAML file; syntax errors become problems with their line and column. */
export function parseYaml(text: string, file: string, lineOffset = 0): ParsedYaml {
  const lineCounter = new LineCounter();
  // logLevel: a key that is a list or map is stringified like any key; yaml would also print a warning.
  const doc = parseDocument(stripBom(text), { lineCounter, prettyErrors: true, uniqueKeys: true, logLevel: 'error' });
  const problems: Problem[] = doc.errors.map((error) => {
    const pos = error.linePos?.[0];
    return {
      file,
      line: pos ? pos.line + lineOffset : undefined,
      column: pos?.col,
      message: `YAML syntax error: ${firstLine(error.message)}`,
    };
  });
  let data: unknown;
  if (problems.length === 0) {
    try {
      data = doc.toJS({ maxAliasCount: 100 });
    } catch (error) {
      // Aliases fail only when converted: one whose anchor is never set, or too many of them.
      problems.push({ file, line: aliasLine(doc, lineCounter) + lineOffset, message: `YAML syntax error: ${firstLine((error as Error).message)}` });
    }
  }
  return {
    file,
    data,
    problems,
    lineOf: (path) => lineOfPath(doc, lineCounter, path) + lineOffset,
  };
}

export interface ParsedMdx extends ParsedYaml {
  /** The MDX body, with the frontmatter lines blanked out so positions in it are file positions. */
  body: string;
}

/**
 * Split an MDX file into frontmatter data and body. gray-matter finds the fences; the
 * frontmatter itself goes through `yaml` so that fields keep their lines.
 */
export function parseMdx(text: string, file: string): ParsedMdx {
  const source = stripBom(text);
  // gray-matter would run `---js` frontmatter as code, and throws on a language it does not know.
  const language = /^---(?!-)([^\n]*)/.exec(source)?.[1]!.trim();
  if (language) {
    const problem = { file, line: 1, message: `frontmatter in ${show(language)} is not supported`, expected: 'YAML frontmatter between two --- lines' };
    return { file, data: undefined, body: source, problems: [problem], lineOf: () => 1 };
  }
  const split = matter(source, { engines: { yaml: () => ({}) } });
  // gray-matter returns no `matter` at all for an empty file.
  const hasFrontmatter = (split.matter ?? '') !== '' || /^---\r?\n/.test(source);
  if (!hasFrontmatter) {
    return { file, data: {}, body: source, problems: [], lineOf: () => 1 };
  }
  // gray-matter keeps the newline after the opening fence, so frontmatter lines are file lines.
  const offset = /^\r?\n/.test(split.matter) ? 0 : 1;
  const yaml = parseYaml(split.matter, file, offset);
  const frontmatterLines = source.length - split.content.length;
  const head = source.slice(0, frontmatterLines).replace(/[^\n]/g, '');
  return { ...yaml, data: yaml.data ?? (yaml.problems.length ? undefined : {}), body: head + split.content };
}

function lineOfPath(doc: Document, lineCounter: LineCounter, path: FieldPath): number {
  let node: unknown = doc.contents;
  let offset = rangeStart(node) ?? 0;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(key));
      if (!pair) break;
      offset = rangeStart(pair.key) ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof key === 'number' && node.items[key] !== undefined) {
      node = node.items[key];
      offset = rangeStart(node) ?? offset;
    } else {
      break;
    }
  }
  return lineCounter.linePos(offset).line;
}

/** The line of the first alias that points at no anchor, or of the first alias. */
function aliasLine(doc: Document, lineCounter: LineCounter): number {
  const aliases: Alias[] = [];
  visit(doc, { Alias: (_, node) => void aliases.push(node) });
  const alias = aliases.find((node) => node.resolve(doc) === undefined) ?? aliases[0];
  return alias?.range ? lineCounter.linePos(alias.range[0]).line : 1;
}

function rangeStart(node: unknown): number | undefined {
  return (node as Node | null)?.range?.[0];
}

/** Drop a UTF-8 BOM and turn CRLF/CR into LF: line numbers stay the same, values lose stray `\r`. */
function stripBom(text: string): string {
  return (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).replace(/\r\n?/g, '\n');
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}
