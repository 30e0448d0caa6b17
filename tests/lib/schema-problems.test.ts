import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { formatProblem } from '../../src/lib/problems.ts';
import { fieldName, validateSource } from '../../src/lib/schema-problems.ts';
import { parseYaml } from '../../src/lib/source.ts';
import { clientSchema } from '../../src/schemas/client.ts';
import { kpiSchema } from '../../src/schemas/kpi.ts';
import { responsibilitiesSchema } from '../../src/schemas/responsibilities.ts';
import { roleSchema } from '../../src/schemas/role.ts';

function problems(schema: z.ZodType, yaml: string, file = 'playbook/roles/agent.mdx'): string[] {
  const source = parseYaml(yaml, file);
  expect(source.problems).toEqual([]);
  const result = validateSource(schema, source);
  return result.ok ? [] : result.problems.map((p) => formatProblem(p));
}

describe('validateSource', () => {
  it('returns the parsed data with defaults when valid', () => {
    const result = validateSource(roleSchema, parseYaml('title: Agent\nsummary: Answers\n', 'r.yaml'));
    expect(result).toEqual({
      ok: true,
      data: { title: 'Agent', summary: 'Answers', goals: [], skills: [], tools: [], kpis: [], routine: [] },
    });
  });

  it('reports a missing required field on the parent line', () => {
    expect(problems(roleSchema, 'title: Agent\n')).toEqual(['playbook/roles/agent.mdx:1: summary: is required (expected a string)']);
  });

  it('returns structured problems with file, line and field', () => {
    const result = validateSource(roleSchema, parseYaml('title: Agent\nsummary: S\nhorizon: forever\n', 'r.yaml'));
    expect(result).toEqual({
      ok: false,
      problems: [{ file: 'r.yaml', line: 3, field: 'horizon', message: 'is "forever"', expected: 'one of short-term, long-term' }],
    });
  });

  it('names the kind and value found for a wrong type', () => {
    expect(problems(roleSchema, 'title: 3\nsummary: [a]\ntools: {a: 1}\n')).toEqual([
      'playbook/roles/agent.mdx:1: title: is a number 3 (expected a string)',
      'playbook/roles/agent.mdx:2: summary: is a list ["a"] (expected a string)',
      'playbook/roles/agent.mdx:3: tools: is a mapping {"a":1} (expected a list)',
    ]);
    expect(problems(kpiSchema, 'name: N\nowner: o\nformula: a\nunit: count\ndirection: up\nheadline: yes\n')).toEqual([
      'playbook/roles/agent.mdx:6: headline: is a string "yes" (expected a boolean)',
    ]);
  });

  it('lists the allowed values for an enum', () => {
    expect(problems(kpiSchema, 'name: N\nowner: o\nformula: a\nunit: percentage\ndirection: sideways\n')).toEqual([
      'playbook/roles/agent.mdx:4: unit: is "percentage" (expected one of count, percent, currency, minutes, ratio)',
      'playbook/roles/agent.mdx:5: direction: is "sideways" (expected one of up, down)',
    ]);
  });

  it('reports an unknown key on its own line', () => {
    expect(problems(roleSchema, 'title: T\nsummary: S\nhorrizon: long-term\n')).toEqual([
      'playbook/roles/agent.mdx:3: horrizon: unknown field (expected only the documented fields; check the spelling)',
    ]);
  });

  it('names every unknown key in one problem, on the line of the first', () => {
    expect(problems(roleSchema, 'title: T\nsummary: S\nfoo: 1\nbar: 2\n')).toEqual([
      'playbook/roles/agent.mdx:3: foo: unknown fields foo, bar (expected only the documented fields; check the spelling)',
    ]);
  });

  it('shows custom messages after the value', () => {
    expect(problems(roleSchema, 'title: T\nsummary: S\nkpis: [Reply-Rate]\n')).toEqual([
      'playbook/roles/agent.mdx:3: kpis[0]: "Reply-Rate" must be a lowercase id such as "community-manager"',
    ]);
    expect(problems(clientSchema, 'name: A\nplaybook: 2.0\nplatforms: [x]\n', 'clients/a/client.yaml')).toEqual([
      'clients/a/client.yaml:2: playbook: 2 must be a quoted version such as "2.0"',
    ]);
  });

  it('reports an empty string as must not be empty', () => {
    expect(problems(roleSchema, 'title: ""\nsummary: "   "\n')).toEqual([
      'playbook/roles/agent.mdx:1: title: must not be empty',
      'playbook/roles/agent.mdx:2: summary: must not be empty',
    ]);
  });

  it('reports a bad record key and a bad record value', () => {
    expect(problems(clientSchema, 'name: A\nplaybook: "1.0"\nplatforms: [x]\nteam: { Lead: Dana }\ntargets: { reply-rate: high }\n', 'c.yaml')).toEqual([
      'c.yaml:4: team.Lead: key "Lead" must be a lowercase id such as "community-manager"',
      'c.yaml:5: targets.reply-rate: "high" must be a number (a fraction for percents: 0.045)',
    ]);
  });

  it('follows nested array paths to the right line', () => {
    const yaml = 'title: T\nsummary: S\nroutine:\n  - when: 9am\n    what: inbox\n  - what: lunch\n  - when: 5pm\n    what: 1\n    who: me\n';
    expect(problems(roleSchema, yaml)).toEqual([
      'playbook/roles/agent.mdx:6: routine[1].when: is required (expected a string)',
      'playbook/roles/agent.mdx:8: routine[2].what: is a number 1 (expected a string)',
      'playbook/roles/agent.mdx:9: routine[2].who: unknown field (expected only the documented fields; check the spelling)',
    ]);
  });

  it('reports array minimums in words', () => {
    expect(problems(responsibilitiesSchema, '- area: Strategy\n  tasks: []\n', 'r.yaml')).toEqual(['r.yaml:2: [0].tasks: must list at least one task']);
  });

  it('prefixes field paths with a base path', () => {
    const whole = parseYaml('title: T\nroutine:\n  - when: 1\n', 'r.yaml');
    const item = (whole.data as { routine: unknown[] }).routine[0];
    const result = validateSource(z.strictObject({ when: z.string() }), { ...whole, data: item }, ['routine', 0]);
    expect(result).toEqual({
      ok: false,
      problems: [{ file: 'r.yaml', line: 3, field: 'routine[0].when', message: 'is a number 1', expected: 'a string' }],
    });
  });

  it('uses the root line and no field for a wrong top-level type', () => {
    const result = validateSource(responsibilitiesSchema, parseYaml('area: Strategy\n', 'r.yaml'));
    expect(result).toEqual({
      ok: false,
      problems: [{ file: 'r.yaml', line: 1, field: undefined, message: 'is a mapping {"area":"Strategy"}', expected: 'a list' }],
    });
  });
});

describe('fieldName', () => {
  it('joins keys with dots and indexes with brackets', () => {
    expect(fieldName(['routine', 1, 'when'])).toBe('routine[1].when');
    expect(fieldName(['raci', 'community-manager'])).toBe('raci.community-manager');
    expect(fieldName([0, 'tasks', 2, 'raci'])).toBe('[0].tasks[2].raci');
  });

  it('is empty for the root', () => {
    expect(fieldName([])).toBe('');
  });
});

describe('empty values', () => {
  it('says a field left empty is empty', () => {
    const source = parseYaml('title:\nsummary: S\n', 'playbook/roles/agent.mdx');
    const result = validateSource(roleSchema, source);
    expect(result.ok ? [] : result.problems.map((p) => formatProblem(p))).toEqual(['playbook/roles/agent.mdx:1: title: is empty (expected a string)']);
  });
});
