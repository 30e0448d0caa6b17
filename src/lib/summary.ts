import type { ContentTree } from './content-tree.ts';

/** "3 playbook versions (next, 1.0, 2.0), 4 roles, 15 KPIs, 3 clients, 54 snapshots". */
export function summarizeTree(tree: ContentTree): string {
  const draft = tree.playbooks[0];
  const snapshots = tree.clients.reduce((sum, client) => sum + client.snapshots.length, 0);
  const parts = [
    `${count(tree.playbooks.length, 'playbook version')} (${tree.playbooks.map((p) => p.version).join(', ')})`,
    draft ? `${count(draft.roles.length, 'role')} and ${count(draft.kpis.length, 'KPI')} in the draft` : undefined,
    count(tree.clients.length, 'client'),
    count(snapshots, 'snapshot'),
  ];
  return parts.filter(Boolean).join(', ');
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
