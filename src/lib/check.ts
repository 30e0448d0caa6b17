/** `rolebook check`: read everything, apply every rule, return every problem. No HTML. */
import type { ContentTree } from './content-tree.ts';
import { sortProblems, type Problem } from './problems.ts';
import { readContent } from './read-content.ts';
import { clientProblems } from './rules/clients.ts';
import { playbookProblems } from './rules/playbook.ts';

export interface CheckResult {
  tree: ContentTree;
  problems: Problem[];
}

export function checkContent(root: string): CheckResult {
  const { tree, problems } = readContent(root);
  for (const playbook of tree.playbooks) problems.push(...playbookProblems(playbook));
  for (const client of tree.clients) problems.push(...clientProblems(client, tree.playbooks, root));
  return { tree, problems: sortProblems(problems) };
}
