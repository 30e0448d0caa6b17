/**
 * `rolebook new kpi <id>`: the KPI file, and the checks its options must pass first, the same
 * ones `rolebook check` applies to a KPI file (src/schemas/kpi.ts, src/lib/rules/playbook.ts).
 */
import { kpiSchema, KPI_UNITS } from '../../schemas/kpi.ts';
import type { PlaybookSource } from '../content-tree.ts';
import { formulaMetrics, parseFormula, type FormulaNode } from '../formula.ts';
import { formulaText } from '../playbook/formula-text.ts';
import type { Problem } from '../problems.ts';
import { validateSource } from '../schema-problems.ts';
import { optionalField, scalar } from './text.ts';

export interface KpiScaffold {
  name: string;
  owner: string;
  formula: string;
  unit: string;
  direction: string;
  /** The formula in words ("Saves ÷ Impressions"), for the "How it is calculated" section. */
  formulaInWords?: string;
}

/** The body sections of a KPI page, as the demo KPIs use them. */
export const KPI_SECTIONS: ReadonlyArray<readonly [heading: string, prompt: string]> = [
  ['Why it matters', 'what the number tells the team and the client, and what decisions it drives.'],
  ['How it is calculated', 'which numbers go in, over which period, and why this formula rather than another.'],
  ['How to move it', 'the two or three things that reliably improve it.'],
  ['Watch out for', 'what makes the number look better or worse than things really are.'],
];

export function kpiTemplate(kpi: KpiScaffold): string {
  const frontmatter = [
    '# Name shown on tiles, tables and pages.',
    `name: ${scalar(kpi.name)}`,
    '# Role id of the role accountable for this KPI.',
    `owner: ${scalar(kpi.owner)}`,
    "# Expression over metric ids, e.g. `(likes + comments) / impressions`; `previous(x)` is last period's x.",
    `formula: ${JSON.stringify(kpi.formula)}`,
    '# How the value is shown. A percent is a fraction in formulas and targets: 0.045 is 4.5%.',
    `unit: ${kpi.unit} # ${KPI_UNITS.join(' | ')}`,
    '# Which way is good: `up` (more is better) or `down` (less is better).',
    `direction: ${kpi.direction} # up | down`,
    '',
    '# Optional fields: uncomment the ones that apply (remove the "# " in front of the field).',
    optionalField('Shown as a tile and a trend chart in client reports. Default: false.', 'headline: true'),
    optionalField('One plain-language sentence a client understands.', `summary: ${scalar('TODO: what the number tells a client, in one sentence')}`),
    optionalField(
      'Ids of the RACI tasks whose work moves this KPI (`reply-to-comments`). When set, `check` requires the owner to hold A or R on at least one of them: a role cannot be measured by what another role does. Default: none (no link declared).',
      'movedBy: [] # task ids from responsibilities.yaml',
    ),
  ];
  const body = KPI_SECTIONS.map(([heading, prompt]) => {
    const words = heading === 'How it is calculated' && kpi.formulaInWords ? `${escapeMdx(kpi.formulaInWords)}. ` : '';
    return `## ${heading}\n\n${words}TODO: ${prompt}\n`;
  });
  return `---\n${frontmatter.join('\n')}\n---\n\n${body.join('\n')}`;
}

/** Metric labels come from a YAML file; in an MDX body, `{` and `<` would start an expression or a tag. */
function escapeMdx(text: string): string {
  return text.replace(/[{}<>]/g, (character) => `\\${character}`);
}

const OPTION_FIELDS = kpiSchema.pick({ name: true, owner: true, formula: true, unit: true, direction: true });

/**
 * What `rolebook check` would say about a KPI with these fields in `draft`; `file` is where it
 * would be written. No lines: the file does not exist yet.
 */
export function kpiProblems(kpi: KpiScaffold, draft: PlaybookSource, file: string): Problem[] {
  const fields = validateSource(OPTION_FIELDS, { file, data: kpi, lineOf: () => 0 });
  const problems = fields.ok ? [] : fields.problems.map(({ line: _line, ...problem }) => problem);
  if (!draft.roleIds.has(kpi.owner) && !problems.some((problem) => problem.field === 'owner')) {
    const roles = [...draft.roleIds];
    problems.push({
      file,
      field: 'owner',
      message: `unknown role "${kpi.owner}"`,
      expected: roles.length ? `a role of ${draft.dir}: ${roles.join(', ')}` : `a role file in ${draft.dir}/roles/ (rolebook new role <id>)`,
    });
  }
  const parsed = parseFormula(kpi.formula);
  if (!parsed.ok) {
    const at = parsed.column ? ` at character ${parsed.column} of "${kpi.formula}"` : '';
    problems.push({ file, field: 'formula', message: `${parsed.message}${at}` });
  } else problems.push(...unregistered(parsed.ast, draft, file));
  // In the order of the file's fields, as rolebook check would list them.
  return problems.sort((x, y) => FIELD_ORDER.indexOf(x.field ?? '') - FIELD_ORDER.indexOf(y.field ?? ''));
}

const FIELD_ORDER = Object.keys(OPTION_FIELDS.shape);

function unregistered(ast: FormulaNode, draft: PlaybookSource, file: string): Problem[] {
  if (!draft.metrics) {
    return [
      {
        file,
        field: 'formula',
        message: `cannot check the metric names: ${draft.dir}/metrics.yaml is missing or invalid`,
        expected: 'a valid metric registry; run rolebook check',
      },
    ];
  }
  const registry = draft.metrics.data.map((metric) => metric.id);
  return formulaMetrics(ast)
    .filter((metric) => !registry.includes(metric))
    .map((metric) => ({
      file,
      field: 'formula',
      message: `unknown metric "${metric}"`,
      expected: `a metric id from ${draft.metrics!.file}: ${registry.join(', ')}`,
    }));
}

/** "Saves ÷ Impressions", with the registry's labels; undefined when the formula does not parse. */
export function formulaInWords(formula: string, draft: PlaybookSource): string | undefined {
  const parsed = parseFormula(formula);
  if (!parsed.ok) return undefined;
  const labels = new Map(draft.metrics?.data.map((metric) => [metric.id, metric.label]));
  return formulaText(parsed.ast, (id) => labels.get(id) ?? id);
}
