import { z } from 'zod';
import { slug, text, textList } from './common.ts';

/** Frontmatter of `playbook/roles/<id>.mdx`. The file name is the role id. */
export const roleSchema = z.strictObject({
  /** The job title, as it appears in navigation and the RACI matrix. */
  title: text,
  /** One sentence on what the role is for. */
  summary: text,
  /** Whether the role works towards short-term results (campaigns, sales) or long-term ones (community). */
  horizon: z.enum(['short-term', 'long-term']).optional(),
  /** Whether the role speaks to many people at once or takes part in conversations among peers. */
  audience: z.enum(['one-to-many', 'peer-to-peer']).optional(),
  /** Whether the role speaks as the brand or under its own name. */
  voice: z.enum(['brand', 'own']).optional(),
  /** What the role tries to achieve. Default: none. */
  goals: textList,
  /** Skills a person in this role needs. Default: none. */
  skills: textList,
  /** Tools the role works with every day. Default: none. */
  tools: textList,
  /** KPI ids the role is measured by; each must exist in the same playbook version. */
  kpis: z.array(slug).default([]),
  /** Role id of the role this one reports to, in the same version. */
  reportsTo: slug.optional(),
  /** A typical day: when, and what. Default: none. */
  routine: z.array(z.strictObject({ when: text, what: text })).default([]),
});

export type RoleInput = z.input<typeof roleSchema>;
export type Role = z.output<typeof roleSchema>;
