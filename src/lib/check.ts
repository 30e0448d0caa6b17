/** `rolebook check`: read everything, apply every rule, return every problem. No HTML. */
import type { ContentTree } from './content-tree.ts';
import { pushAll, sortProblems, type Problem } from './problems.ts';
import { readContent } from './read-content.ts';
import { clientProblems } from './rules/clients.ts';
import { playbookProblems } from './rules/playbook.ts';
import { tokenProblems } from './rules/tokens.ts';
import { shareSecret, type ShareSecret } from './share-token.ts';

export interface CheckResult {
  tree: ContentTree;
  problems: Problem[];
}

export function checkContent(root: string, env: Record<string, string | undefined> = process.env): CheckResult {
  const { tree, problems } = readContent(root);
  for (const playbook of tree.playbooks) pushAll(problems, playbookProblems(playbook));
  for (const client of tree.clients) pushAll(problems, clientProblems(client, tree.playbooks, root));
  pushAll(problems, tokenProblems(tree.clients, secretOrNone(env)));
  return { tree, problems: sortProblems(problems) };
}

/** A secret that is set but unusable is reported where links are made; here it only skips a comparison. */
function secretOrNone(env: Record<string, string | undefined>): ShareSecret | undefined {
  try {
    return shareSecret(env);
  } catch {
    return undefined;
  }
}
