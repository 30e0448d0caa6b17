/**
 * The code in an MDX body — `import`/`export` lines, `{…}` expressions, `<Component />` tags —
 * is compiled and run by the build. `check` cannot run it safely, so it holds it to a rule it can
 * decide without running anything, and that rule keeps every build failure it knows of a check
 * problem with a line:
 * - an `import` (or `export … from`) must resolve: a relative path to an existing file next to
 *   this one, an installed package (found the way Vite finds it, from the file's folder up), a
 *   Node built-in or an `astro:` module;
 * - an `export` may only name literal values (`export const year = 2026`): anything else runs;
 * - an expression may only be a comment, a literal (`{'{'}`, `{2026}`, arrays and objects of
 *   literals) or a name this file imports or exports. Property access, calls and operators can
 *   throw while the page renders (`{undefined.boom}`), so they are refused;
 * - a capitalised tag is a component and must be imported: Rolebook passes none to content.
 * Plain Markdown (`.md`) has no code, and is not looked at.
 */
import fs from 'node:fs';
import { isBuiltin } from 'node:module';
import path from 'node:path';
import type { Problem } from './problems.ts';

/** The few mdast and estree shapes looked at; the full types live in transitive packages. */
interface MdNode {
  type: string;
  name?: string | null;
  value?: unknown;
  position?: { start: { line: number; column: number } };
  attributes?: MdNode[];
  children?: MdNode[];
  data?: { estree?: EsProgram | null };
}
interface EsNode {
  type: string;
  loc?: { start: { line: number; column: number } } | null;
  [key: string]: unknown;
}
interface EsProgram extends EsNode {
  body: EsNode[];
}

const EXPECTED_EXPRESSION = 'text, a literal such as {"…"} or {2026}, or a name imported in this file; write a literal brace as \\{';
const EXTENSIONS = ['', '.js', '.mjs', '.cjs', '.ts', '.mts', '.jsx', '.tsx', '.astro', '.mdx', '.md', '.json', '.svelte', '.vue'];

/**
 * Problems with the code of a parsed MDX body (`tree`, from the MDX processor). `absFile` is the
 * file on disk, for resolving imports; `projectRoot` resolves `/`-rooted imports as Vite does.
 */
export function mdxCodeProblems(tree: unknown, file: string, absFile: string, projectRoot = process.cwd()): Problem[] {
  const problems: Problem[] = [];
  const bound = new Set<string>();
  const nodes = flatten(tree as MdNode);
  // Imports and exports first: a name may be used above the line that imports it.
  for (const node of nodes) {
    if (node.type !== 'mdxjsEsm') continue;
    for (const statement of node.data?.estree?.body ?? []) {
      const at = position(statement, node);
      const source = (statement.source as { value?: unknown } | null | undefined)?.value;
      if (typeof source === 'string' && !resolves(source, absFile, projectRoot)) {
        problems.push({
          file,
          ...at,
          message: `cannot find module ${JSON.stringify(source)}`,
          expected: 'a path relative to this file, or a package installed in the project',
        });
      }
      for (const specifier of (statement.specifiers as EsNode[] | undefined) ?? []) {
        const name = ((specifier.type === 'ExportSpecifier' ? specifier.exported : specifier.local) as { name?: string } | undefined)?.name;
        if (name) bound.add(name);
      }
      if (statement.type === 'ExportNamedDeclaration' && statement.declaration) {
        const declaration = statement.declaration as EsNode;
        const declarators = declaration.type === 'VariableDeclaration' && declaration.kind === 'const' ? (declaration.declarations as EsNode[]) : [];
        const literal =
          declarators.length > 0 && declarators.every((d) => (d.id as EsNode).type === 'Identifier' && d.init && isStatic(d.init as EsNode, bound));
        if (literal) for (const d of declarators) bound.add((d.id as { name: string }).name);
        else
          problems.push({
            file,
            ...at,
            message: 'this export runs code while the page is built',
            expected: 'export const name = a literal value, or no export',
          });
      } else if (statement.type === 'ExportDefaultDeclaration') {
        const declaration = statement.declaration as EsNode;
        if (!(declaration.type === 'Identifier' && bound.has(declaration.name as string))) {
          problems.push({
            file,
            ...at,
            message: 'export default (a layout) runs code while the page is built',
            expected: 'no export default: Rolebook lays out every page',
          });
        }
      }
    }
  }
  for (const node of nodes) {
    if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
      if (!isSafeProgram(node.data?.estree, bound)) problems.push(expressionProblem(file, node, node));
    } else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const name = node.name ?? '';
      const root = name.split('.')[0]!;
      if (name && (name.includes('.') || /^[A-Z_$]/.test(root)) && !bound.has(root)) {
        problems.push({
          file,
          ...position(undefined, node),
          message: `component <${name}> is not imported`,
          expected: `an import of ${root} in this file, or a lowercase HTML tag such as <div>`,
        });
      }
      for (const attribute of node.attributes ?? []) {
        if (attribute.type === 'mdxJsxExpressionAttribute') {
          // `{...props}`: only a name this file imports or exports is known not to throw.
          const spread = ((attribute.data?.estree?.body[0]?.expression as EsNode | undefined)?.properties as EsNode[] | undefined)?.[0];
          const argument = spread?.argument as EsNode | undefined;
          if (!(argument?.type === 'Identifier' && bound.has(argument.name as string))) problems.push(expressionProblem(file, attribute, node));
        } else if (typeof attribute.value === 'object' && attribute.value !== null) {
          const value = attribute.value as MdNode;
          if (!isSafeProgram(value.data?.estree, bound)) problems.push(expressionProblem(file, value, node));
        }
      }
    }
  }
  return problems;
}

function expressionProblem(file: string, node: MdNode, parent: MdNode): Problem {
  const text = String(node.value ?? '')
    .replace(/\s+/g, ' ')
    .trim();
  const shown = text.length > 40 ? `${text.slice(0, 39)}…` : text;
  const at = node.position ? position(undefined, node) : position(node.data?.estree?.body[0], parent);
  return { file, ...at, message: `expression {${shown}} may fail while the page is built`, expected: EXPECTED_EXPRESSION };
}

/** Empty (a comment) or one expression that cannot throw. */
function isSafeProgram(program: EsProgram | null | undefined, bound: Set<string>): boolean {
  if (!program) return true;
  if (program.body.length === 0) return true;
  const [statement] = program.body;
  return program.body.length === 1 && statement!.type === 'ExpressionStatement' && isStatic(statement!.expression as EsNode, bound);
}

function isStatic(node: EsNode, bound: Set<string>): boolean {
  switch (node.type) {
    case 'Literal':
      return true;
    case 'TemplateLiteral':
      return (node.expressions as EsNode[]).length === 0;
    case 'Identifier':
      return bound.has(node.name as string);
    case 'UnaryExpression':
      return (node.operator === '-' || node.operator === '+') && (node.argument as EsNode).type === 'Literal';
    case 'ArrayExpression':
      return (node.elements as (EsNode | null)[]).every((element) => element === null || isStatic(element, bound));
    case 'ObjectExpression':
      return (node.properties as EsNode[]).every(
        (p) => p.type === 'Property' && !p.computed && p.kind === 'init' && !p.method && isStatic(p.value as EsNode, bound),
      );
    default:
      return false;
  }
}

/** Whether the build will find `specifier`, imported from `absFile`. Nothing is read or run. */
export function resolves(specifier: string, absFile: string, projectRoot: string): boolean {
  if (isBuiltin(specifier) || specifier.startsWith('astro:')) return true;
  const dir = path.dirname(absFile);
  if (specifier.startsWith('./') || specifier.startsWith('../')) return fileExists(path.resolve(dir, specifier.split('?')[0]!));
  if (specifier.startsWith('/')) {
    const bare = specifier.split('?')[0]!;
    return fileExists(path.join(projectRoot, bare)) || fileExists(bare);
  }
  if (/^[a-z][a-z0-9+.-]*:/i.test(specifier)) return false; // https:, file:, …: not for content
  const parts = specifier.split('/');
  const pkg = specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
  // Vite resolves a bare import from the importing file's folder upwards, as Node does.
  for (let at = dir; ; at = path.dirname(at)) {
    if (fs.existsSync(path.join(at, 'node_modules', pkg, 'package.json'))) return true;
    if (path.dirname(at) === at) return false;
  }
}

function fileExists(base: string): boolean {
  for (const candidate of [...EXTENSIONS.map((ext) => base + ext), ...EXTENSIONS.slice(1).map((ext) => path.join(base, `index${ext}`))]) {
    if (fs.statSync(candidate, { throwIfNoEntry: false })?.isFile()) return true;
  }
  return false;
}

function position(node: EsNode | undefined, fallback: MdNode): { line?: number; column?: number } {
  if (node?.loc) return { line: node.loc.start.line, column: node.loc.start.column + 1 };
  const start = fallback.position?.start;
  return start ? { line: start.line, column: start.column } : {};
}

function flatten(root: MdNode): MdNode[] {
  const out: MdNode[] = [];
  const stack = [root];
  while (stack.length) {
    const node = stack.pop()!;
    out.push(node);
    if (node.children) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return out;
}
