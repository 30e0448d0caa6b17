import type { ContentTree } from './content-tree.ts';

/** "3 playbook versions (next, 1.0, 2.0), 4 roles, 15 KPIs, 3 clients, 54 snapshots". */
export function summarizeTree(tree: ContentTree): string {
  const draft = tree.playbooks[0];
  const snapshots = tree.clients.reduce((sum, client) => sum + client.snapshots.length, 0);
  const parts = [
    `${tree.playbooks.length} playbook version${tree.playbooks.length === 1 ? '' : 's'} (${tree.playbooks.map((p) => p.version).join(', ')})`,
    draft ? `${draft.roles.length} roles and ${draft.kpis.length} KPIs in the draft` : undefined,
    `${tree.clients.length} client${tree.clients.length === 1 ? '' : 's'}`,
    `${snapshots} snapshot${snapshots === 1 ? '' : 's'}`,
  ];
  return parts.filter(Boolean).join(', ');
}
