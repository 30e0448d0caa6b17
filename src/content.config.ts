/**
 * Content collections for every kind of file in a content root. The root is `content/` or
 * `ROLEBOOK_CONTENT`; the draft (`playbook/`) and released versions (`versions/<x.y>/`) share
 * collections, with the version as the first part of each id (`2.0/community-manager`). Every
 * kind may be missing or empty (`optional`).
 */
import { pathToFileURL } from 'node:url';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'zod';
import { resolveContentRoot } from './lib/content-root.ts';
import { clientEntryId, PLAYBOOK_GLOBS, versionedId } from './loaders/ids.ts';
import { commentaryLoader } from './loaders/commentary.ts';
import { optional } from './loaders/optional.ts';
import { snapshotLoader } from './loaders/snapshots.ts';
import { versionedYamlLoader } from './loaders/yaml-file.ts';
import { clientSchema } from './schemas/client.ts';
import { glossarySchema } from './schemas/glossary.ts';
import { kpiSchema } from './schemas/kpi.ts';
import { metricRegistrySchema } from './schemas/metric.ts';
import { onboardingSchema } from './schemas/onboarding.ts';
import { reportSchema } from './schemas/report.ts';
import { responsibilitiesSchema } from './schemas/responsibilities.ts';
import { roleSchema } from './schemas/role.ts';
import { servicesSchema } from './schemas/services.ts';

const root = resolveContentRoot();
const base = pathToFileURL(`${root}/`);

// Astro's glob loader (tinyglobby, `dot: false`) never matches a hidden file or folder
// (`.draft/`, `.wip.mdx`), and the Rolebook loaders and `rolebook check` skip the same names
// (`isHiddenName` in src/lib/content-files.ts), so every tool sees the same files.
const versionedMdx = (folder: string) =>
  optional(glob({ pattern: PLAYBOOK_GLOBS(`${folder}/*.{md,mdx}`), base, generateId: ({ entry }) => versionedId(entry) }));

const versionedYaml = <T extends z.ZodType>(file: string, items: T) => ({
  loader: optional(versionedYamlLoader({ root, file, items })),
  schema: z.object({ version: z.string(), items }),
});

export const collections = {
  roles: defineCollection({ loader: versionedMdx('roles'), schema: roleSchema }),
  kpis: defineCollection({ loader: versionedMdx('kpis'), schema: kpiSchema }),
  onboarding: defineCollection({ loader: versionedMdx('onboarding'), schema: onboardingSchema }),
  // One optional file per version: the agency's words on the services guide.
  services: defineCollection({
    loader: optional(glob({ pattern: PLAYBOOK_GLOBS('services.{md,mdx}'), base, generateId: ({ entry }) => versionedId(entry) })),
    schema: servicesSchema,
  }),
  metrics: defineCollection(versionedYaml('metrics.yaml', metricRegistrySchema)),
  responsibilities: defineCollection(versionedYaml('responsibilities.yaml', responsibilitiesSchema)),
  glossary: defineCollection(versionedYaml('glossary.yaml', glossarySchema)),
  clients: defineCollection({
    loader: optional(glob({ pattern: 'clients/*/client.yaml', base, generateId: ({ entry }) => clientEntryId(entry) })),
    schema: clientSchema,
  }),
  // Commentary is text: its own loader keeps .mdx files away from the MDX compiler.
  reports: defineCollection({ loader: optional(commentaryLoader({ root })), schema: reportSchema }),
  snapshots: defineCollection({ loader: optional(snapshotLoader({ root })) }),
};
