/**
 * `rolebook new role <id>`: every field of src/schemas/role.ts, the required ones filled with a
 * placeholder that passes validation, the optional ones commented out with what they mean.
 */
import { optionalField, scalar, titleFromId } from './text.ts';

export interface RoleScaffold {
  id: string;
  /** Default: from the id, "community-manager" → "Community Manager". */
  title?: string;
  /** A KPI id of the same playbook, for the commented-out `kpis` example. */
  exampleKpi?: string;
  /** Another role of the same playbook, for the commented-out `reportsTo` example. */
  exampleRole?: string;
}

/** The body sections of a role page, as the demo roles use them. */
export const ROLE_SECTIONS: ReadonlyArray<readonly [heading: string, prompt: string]> = [
  ['Mission', 'why the role exists and what the team would miss without it.'],
  ['Goals', 'what the role tries to achieve, and how you can tell that it is working.'],
  ['Horizon, audience and voice', 'short-term or long-term results; speaking to many people or among peers; as the brand or under its own name.'],
  ['A typical day', 'a day in the role, from the first task to the hand-over.'],
  ['Skills and tools', 'what a person in this role needs to be good at, and the tools they use every day.'],
  ['How success is measured', 'the KPIs the role is measured by, and what a good month looks like.'],
  ['Working with the other roles', 'what the role gives to and gets from each of the other roles.'],
];

export function roleTemplate({ id, title = titleFromId(id), exampleKpi = 'engagement-rate', exampleRole = 'social-media-manager' }: RoleScaffold): string {
  const frontmatter = [
    '# The job title, as it appears in navigation and the RACI matrix.',
    `title: ${scalar(title)}`,
    '# One sentence on what the role is for.',
    `summary: ${scalar('TODO: one sentence on what the role is for')}`,
    '',
    '# Optional fields: uncomment the ones that apply (remove the "# " in front of the field).',
    optionalField(
      'Whether the role works towards short-term results (campaigns, sales) or long-term ones (community).',
      'horizon: long-term # short-term | long-term',
    ),
    optionalField(
      'Whether the role speaks to many people at once or takes part in conversations among peers.',
      'audience: peer-to-peer # one-to-many | peer-to-peer',
    ),
    optionalField('Whether the role speaks as the brand or under its own name.', 'voice: brand # brand | own'),
    optionalField('What the role tries to achieve. Default: none.', 'goals:', '  - Grow an active community around the brand'),
    optionalField('Skills a person in this role needs. Default: none.', 'skills:', '  - Written communication'),
    optionalField('Tools the role works with every day. Default: none.', 'tools:', '  - Sprout Social'),
    optionalField('KPI ids the role is measured by; each must exist in the same playbook version.', 'kpis:', `  - ${exampleKpi}`),
    optionalField('Role id of the role this one reports to, in the same version.', `reportsTo: ${exampleRole}`),
    optionalField('A typical day: when, and what. Default: none.', 'routine:', '  - when: "09:00"', '    what: Work through overnight comments and messages'),
  ];
  const body = ROLE_SECTIONS.map(([heading, prompt]) => `## ${heading}\n\nTODO: ${prompt}\n`);
  return `---\n${frontmatter.join('\n')}\n---\n\n${body.join('\n')}`;
}
