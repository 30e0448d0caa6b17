/**
 * Rules across the entries of one playbook version: every reference resolves, RACI tasks have
 * exactly one A and at least one R, formulas parse and name registered metrics, and the files
 * agree with each other: a KPI's owner holds A or R on the tasks the KPI declares it is moved by
 * (a role is not measured by what only another role does).
 */
import type { PlaybookSource } from '../content-tree.ts';
import { formulaMetrics, parseFormula } from '../formula.ts';
import { oneOf, type Problem } from '../problems.ts';
import { allTasks, raciHolders } from '../raci.ts';

export function playbookProblems(playbook: PlaybookSource): Problem[] {
  return [
    ...roleProblems(playbook),
    ...kpiProblems(playbook),
    ...raciProblems(playbook),
    ...onboardingProblems(playbook),
    ...registryProblems(playbook),
    ...glossaryProblems(playbook),
  ];
}

function roleList(playbook: PlaybookSource): string {
  return playbook.roleIds.size ? `a role of ${playbook.dir}: ${[...playbook.roleIds].join(', ')}` : `a role file in ${playbook.dir}/roles/`;
}

function roleProblems(playbook: PlaybookSource): Problem[] {
  const problems: Problem[] = [];
  for (const role of playbook.roles) {
    const { reportsTo, kpis } = role.data;
    if (reportsTo !== undefined && !playbook.roleIds.has(reportsTo)) {
      problems.push({
        file: role.file,
        line: role.lineOf(['reportsTo']),
        field: 'reportsTo',
        message: `unknown role "${reportsTo}"`,
        expected: roleList(playbook),
      });
    } else if (reportsTo === role.id) {
      problems.push({ file: role.file, line: role.lineOf(['reportsTo']), field: 'reportsTo', message: 'a role cannot report to itself' });
    }
    kpis.forEach((kpi, index) => {
      if (!playbook.kpiIds.has(kpi)) {
        problems.push({
          file: role.file,
          line: role.lineOf(['kpis', index]),
          field: `kpis[${index}]`,
          message: `unknown KPI "${kpi}"`,
          expected: `a KPI of ${playbook.dir}/kpis/`,
        });
      }
    });
  }
  return problems;
}

function kpiProblems(playbook: PlaybookSource): Problem[] {
  const problems: Problem[] = [];
  const registry = new Set(playbook.metrics?.data.map((metric) => metric.id));
  const tasks = new Map(playbook.responsibilities ? allTasks(playbook.responsibilities.data).map((t) => [t.id, t.task] as const) : []);
  for (const kpi of playbook.kpis) {
    const { owner, formula, movedBy } = kpi.data;
    if (!playbook.roleIds.has(owner)) {
      problems.push({ file: kpi.file, line: kpi.lineOf(['owner']), field: 'owner', message: `unknown role "${owner}"`, expected: roleList(playbook) });
    }
    movedBy.forEach((id, index) => {
      if (playbook.responsibilities && !tasks.has(id)) {
        problems.push({
          file: kpi.file,
          line: kpi.lineOf(['movedBy', index]),
          field: `movedBy[${index}]`,
          message: `unknown task "${id}"`,
          expected: `a task id of ${playbook.responsibilities.file}`,
        });
      }
    });
    const linked = movedBy.flatMap((id) => tasks.get(id) ?? []);
    if (linked.length > 0 && playbook.roleIds.has(owner)) {
      const holds = linked.some((task) => {
        const { accountable, responsible } = raciHolders(task);
        return accountable.includes(owner) || responsible.includes(owner);
      });
      if (!holds) {
        problems.push({
          file: kpi.file,
          line: kpi.lineOf(['owner']),
          field: 'owner',
          message: `the owner "${owner}" holds neither A nor R on the tasks that move this KPI (${movedBy.join(', ')})`,
          expected: `an owner that is Accountable or Responsible for one of them in ${playbook.responsibilities!.file}`,
        });
      }
    }
    const parsed = parseFormula(formula);
    if (!parsed.ok) {
      const at = parsed.column ? ` at character ${parsed.column} of "${formula}"` : '';
      problems.push({ file: kpi.file, line: kpi.lineOf(['formula']), field: 'formula', message: `${parsed.message}${at}` });
      continue;
    }
    if (!playbook.metrics) continue; // a missing registry is reported once, not per KPI
    for (const metric of formulaMetrics(parsed.ast)) {
      if (!registry.has(metric)) {
        problems.push({
          file: kpi.file,
          line: kpi.lineOf(['formula']),
          field: 'formula',
          message: `unknown metric "${metric}"`,
          expected: `a metric id from ${playbook.metrics.file}`,
        });
      }
    }
  }
  return problems;
}

function raciProblems(playbook: PlaybookSource): Problem[] {
  const source = playbook.responsibilities;
  if (!source) return [];
  const problems: Problem[] = [];
  const seen = new Map<string, number>();
  for (const { areaIndex, taskIndex, task, id } of allTasks(source.data)) {
    const at = [areaIndex, 'tasks', taskIndex];
    const line = source.lineOf([...at, 'task']);
    const field = `task "${id}"`;
    const first = seen.get(id);
    if (id === '') {
      problems.push({
        file: source.file,
        line,
        field: 'id',
        message: 'no id can be derived from the task text',
        expected: 'an explicit `id:` such as "publish-content"',
      });
    } else if (first !== undefined) {
      problems.push({
        file: source.file,
        line,
        field: 'id',
        message: `task id "${id}" is used twice (first on line ${first})`,
        expected: 'a unique id per task; set `id:` explicitly',
      });
    } else seen.set(id, line);
    for (const role of Object.keys(task.raci)) {
      if (!playbook.roleIds.has(role)) {
        problems.push({
          file: source.file,
          line: source.lineOf([...at, 'raci', role]),
          field: `${field} raci.${role}`,
          message: `unknown role "${role}"`,
          expected: roleList(playbook),
        });
      }
    }
    const { accountable, responsible } = raciHolders(task);
    if (accountable.length !== 1) {
      problems.push({
        file: source.file,
        line: source.lineOf([...at, 'raci']),
        field: `${field} raci`,
        message: accountable.length === 0 ? 'no role is Accountable' : `${accountable.length} roles are Accountable (${accountable.join(', ')})`,
        expected: 'exactly one A or A/R',
      });
    }
    if (responsible.length === 0) {
      problems.push({
        file: source.file,
        line: source.lineOf([...at, 'raci']),
        field: `${field} raci`,
        message: 'no role is Responsible',
        expected: 'at least one R or A/R',
      });
    }
  }
  return problems;
}

function onboardingProblems(playbook: PlaybookSource): Problem[] {
  return playbook.onboarding
    .filter((entry) => !playbook.roleIds.has(entry.id))
    .map((entry) => ({
      file: entry.file,
      line: 1,
      message: `onboarding for unknown role "${entry.id}"`,
      expected: `the file name to be ${oneOf([...playbook.roleIds].map((id) => `${id}.mdx`))}`,
    }));
}

function registryProblems(playbook: PlaybookSource): Problem[] {
  const source = playbook.metrics;
  if (!source) return [];
  return duplicates(source.data.map((metric) => metric.id)).map(({ value, index, first }) => ({
    file: source.file,
    line: source.lineOf([index, 'id']),
    field: `[${index}].id`,
    message: `metric "${value}" is defined twice (first as item ${first + 1})`,
  }));
}

function glossaryProblems(playbook: PlaybookSource): Problem[] {
  const source = playbook.glossary;
  if (!source) return [];
  return duplicates(source.data.map((term) => term.term.toLowerCase())).map(({ value, index, first }) => ({
    file: source.file,
    line: source.lineOf([index, 'term']),
    field: `[${index}].term`,
    message: `term "${value}" is defined twice (first as item ${first + 1})`,
  }));
}

function duplicates(values: string[]): { value: string; index: number; first: number }[] {
  const firstIndex = new Map<string, number>();
  const found: { value: string; index: number; first: number }[] = [];
  values.forEach((value, index) => {
    const first = firstIndex.get(value);
    if (first === undefined) firstIndex.set(value, index);
    else found.push({ value, index, first });
  });
  return found;
}
