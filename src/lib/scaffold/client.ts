/**
 * `rolebook new client <id>`: client.yaml with every field of src/schemas/client.ts (targets only
 * as commented examples), the README of its empty snapshots/ folder, and the checks the options
 * must pass first (the schema, and the pinned version must be released).
 */
import { clientSchema } from '../../schemas/client.ts';
import type { PlaybookSource } from '../content-tree.ts';
import type { Problem } from '../problems.ts';
import { validateSource } from '../schema-problems.ts';
import { optionalField, scalar } from './text.ts';
import { KPI_UNIT_INFO, type KpiUnit } from '../kpi-units.ts';

export interface ClientScaffold {
  id: string;
  name: string;
  platforms: string[];
  /** The released version the client pins. */
  playbook: string;
}

/** What the pinned version offers, for the commented-out examples. */
export interface PinnedPlaybook {
  roles: string[];
  /** KPI ids with their units, headline KPIs first. */
  kpis: { id: string; unit: KpiUnit }[];
  metrics: { id: string; kind: string }[];
}

export function clientTemplate(client: ClientScaffold, pinned: PinnedPlaybook): string {
  const roles = pinned.roles.length ? pinned.roles.slice(0, 2) : ['social-media-manager'];
  const kpis = pinned.kpis.length ? pinned.kpis.slice(0, 3) : [{ id: 'engagement-rate', unit: 'percent' as const }];
  const team = roles.map((role, index) => `  ${role}: ${index === 0 ? 'Dana Ruiz' : 'Lee Park'}`);
  const targets = kpis.map((kpi) => `  ${kpi.id}: ${KPI_UNIT_INFO[kpi.unit].exampleTarget}`);
  const lines = [
    "# The client's name as shown on its reports.",
    `name: ${scalar(client.name)}`,
    '# Released playbook version (`"2.0"`, quoted) whose KPI definitions the reports use.',
    `playbook: ${JSON.stringify(client.playbook)}`,
    '# Platform ids the client is active on; snapshot rows may only name these.',
    `platforms: [${client.platforms.join(', ')}]`,
    '',
    '# Optional fields: uncomment the ones that apply (remove the "# " in front of the field).',
    optionalField('Locale for numbers, dates and currencies, e.g. `en-GB`. Default: en-GB.', 'locale: en-GB'),
    optionalField('ISO 4217 currency code for spend and revenue, e.g. `GBP`. Default: EUR.', 'currency: EUR'),
    optionalField(
      'Fixed share token (16+ characters of a-z and 0-9, unique across clients); otherwise one is derived from ROLEBOOK_SHARE_SECRET.',
      'token: k3v9q2m8x7d1p4w6',
    ),
    optionalField(
      "Name of an environment variable holding a passphrase for this client's reports. When set, the pages are encrypted at build time and no data.csv is published. The passphrase itself never goes in a file.",
      `passphraseEnv: ${envName(client.id)}_REPORT_PASSPHRASE`,
    ),
    optionalField('Role id → the person in that role for this client.', 'team:', ...team),
    optionalField('KPI id → target value (a fraction for percents).', 'targets:', ...targets),
    optionalField(
      "KPI ids in the order the report's tiles show them. Without it, the KPIs the client has targets for come first (in `targets` order), then the playbook's headline KPIs.",
      `tiles: [${kpis.map((kpi) => kpi.id).join(', ')}]`,
    ),
    optionalField(
      'Platform id → the name its reports show, for a platform Rolebook does not know or spells otherwise (`mastodon: "Mastodon (agency.social)"`). Known ids (instagram, x, linkedin…) are named without it. Only ids in `platforms` may be named.',
      'platformNames:',
      `  ${client.platforms[0]}: ${scalar(`${client.platforms[0]!.charAt(0).toUpperCase()}${client.platforms[0]!.slice(1)} (${client.name})`)}`,
    ),
    optionalField(
      "How the client's reports look: the agency's colour, the client's logo, the agency's footer. Logo files sit in the client folder, next to client.yaml. Default: Rolebook's teal, no logo, Rolebook's footer.",
      'branding:',
      '  accent: "#0b7a75"',
      '  logo: logo.svg',
      '  footer: "Prepared by [Your Agency](https://agency.example)"',
    ),
  ];
  return `${lines.join('\n')}\n`;
}

/** `acme-outdoor` → `ACME_OUTDOOR`; an id may start with a digit, a variable name may not. */
function envName(id: string): string {
  const name = id.toUpperCase().replace(/-/g, '_');
  return /^[A-Z]/.test(name) ? name : `CLIENT_${name}`;
}

/** Believable numbers for the README's example, for the metric ids of the demo registry. */
const SAMPLE: Record<string, number> = {
  impressions: 182340,
  reach: 91022,
  engagements: 8120,
  clicks: 1432,
  followers: 48210,
  likes: 6230,
  comments: 412,
  messages: 96,
};

export function snapshotsReadme(client: ClientScaffold, pinned: PinnedPlaybook): string {
  const metrics = pinned.metrics.map((metric) => `\`${metric.id}\`${metric.kind === 'flow' ? '' : ` (${metric.kind})`}`);
  const known = pinned.metrics.map((metric) => metric.id).filter((id) => id in SAMPLE);
  const example = (known.length >= 3 ? known : pinned.metrics.map((metric) => metric.id)).slice(0, 5);
  // Each further platform a little smaller than the one before, as real accounts are.
  const rows = client.platforms.map((platform, index) =>
    [platform, ...example.map((id) => String(Math.round((SAMPLE[id] ?? 1200) / (index + 1.5))))].join(','),
  );
  return `# Snapshots for ${client.name}

One CSV file per month, named \`YYYY-MM.csv\` (\`2026-03.csv\` holds March 2026). Every month with a
snapshot gets a report. Import a platform's export with
\`npm run rolebook -- import <file> --client ${client.id}\`, or write the file by hand:

\`\`\`csv
${['platform', ...example].join(',')}
${rows.join('\n')}
\`\`\`

- The header has a \`platform\` column and metric ids, in any order. Playbook ${client.playbook} (the version this
  client pins) registers: ${metrics.join(', ')}.
- One row per platform, each one of the client's platforms (${client.platforms.join(', ')}), holding
  the month's totals. With an optional \`date\` column (\`YYYY-MM-DD\`, anywhere in the header), rows
  are daily instead.
- Flows (impressions, clicks, spend…) are totals for the month or day. Stocks (followers, members)
  are the value at the end of the month or day.
- Cells are plain numbers: \`48210\`, \`0.5\`, no thousands separators, no percent signs. Leave a cell
  empty when a platform does not measure that metric; never write 0 for "not measured".
- UTF-8, with or without a byte-order mark; LF or CRLF line ends.

Run \`npm run check\` after adding a file: it names the file, line and column of any problem.
`;
}

const OPTION_FIELDS = clientSchema.pick({ name: true, playbook: true, platforms: true });

/** What `rolebook check` would say about a client with these fields; `file` is where it would be written. */
export function clientProblems(client: ClientScaffold, released: readonly PlaybookSource[], file: string): Problem[] {
  const { id: _id, ...data } = client;
  const fields = validateSource(OPTION_FIELDS, { file, data, lineOf: () => 0 });
  const problems = fields.ok ? [] : fields.problems.map(({ line: _line, ...problem }) => problem);
  if (problems.some((problem) => problem.field === 'playbook')) return problems;
  if (!released.some((playbook) => playbook.version === client.playbook)) {
    const known = released.map((playbook) => playbook.version);
    problems.push({
      file,
      field: 'playbook',
      message: `version "${client.playbook}" has not been released`,
      expected: known.length ? `one of ${known.join(', ')} (folders in versions/)` : 'a released version; run `rolebook release <x.y>` first',
    });
  }
  return problems;
}

/** The examples a pinned version offers: its roles, its KPIs (headline first) and its metrics. */
export function pinnedExamples(playbook: PlaybookSource): PinnedPlaybook {
  const kpis = [...playbook.kpis].sort((a, b) => Number(b.data.headline) - Number(a.data.headline));
  return {
    roles: playbook.roles.map((role) => role.id),
    kpis: kpis.map((kpi) => ({ id: kpi.id, unit: kpi.data.unit })),
    metrics: playbook.metrics?.data.map((metric) => ({ id: metric.id, kind: metric.kind })) ?? [],
  };
}
