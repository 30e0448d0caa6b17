import { describe, expect, it } from 'vitest';
import type { ContentTree } from '../../src/lib/content-tree.ts';
import { summarizeTree } from '../../src/lib/summary.ts';

function tree(playbooks: [string, number, number][], snapshotsPerClient: number[]): ContentTree {
  return {
    root: '/content',
    playbooks: playbooks.map(([version, roles, kpis]) => ({ version, roles: Array(roles).fill({}), kpis: Array(kpis).fill({}) })),
    clients: snapshotsPerClient.map((count) => ({ snapshots: Array(count).fill({}) })),
  } as unknown as ContentTree;
}

describe('summarizeTree', () => {
  it('counts versions, draft roles and KPIs, clients and snapshots', () => {
    expect(
      summarizeTree(
        tree(
          [
            ['next', 4, 15],
            ['1.0', 3, 10],
            ['2.0', 4, 12],
          ],
          [50, 4, 0],
        ),
      ),
    ).toBe('3 playbook versions (next, 1.0, 2.0), 4 roles and 15 KPIs in the draft, 3 clients, 54 snapshots');
  });

  it('uses the singular for one version, client and snapshot', () => {
    expect(summarizeTree(tree([['next', 2, 3]], [1]))).toBe('1 playbook version (next), 2 roles and 3 KPIs in the draft, 1 client, 1 snapshot');
  });

  it('leaves out the draft part when there is no playbook', () => {
    expect(summarizeTree(tree([], []))).toBe('0 playbook versions (), 0 clients, 0 snapshots');
  });
});

describe('summarizeTree with one of each', () => {
  it('uses the singular', () => {
    const one = { root: '/', playbooks: [{ version: 'next', roles: [{}], kpis: [{}] }], clients: [{ snapshots: [{}] }] } as unknown as ContentTree;
    expect(summarizeTree(one)).toBe('1 playbook version (next), 1 role and 1 KPI in the draft, 1 client, 1 snapshot');
  });
});
