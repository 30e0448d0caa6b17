/**
 * Rules between a client and the playbook version it pins: the version exists, team roles and
 * targets name things of that version, snapshot columns are its registered metrics, rows name
 * the client's platforms, commentary belongs to a period with data; its branding can be shown:
 * logo files are in the client's folder, accents can be seen, the footer is one line of text.
 */
import path from 'node:path';
import type { ClientSource, PlaybookSource } from '../content-tree.ts';
import { DRAFT_VERSION } from '../content-root.ts';
import { pushAll, type Problem } from '../problems.ts';
import { commentaryProblems, highlightProblems } from '../reports/commentary.ts';
import { accentContrastProblem } from '../reports/accent.ts';
import { footerProblems } from '../reports/footer.ts';
import { isLogoUrl, logoFileProblem } from '../reports/logo.ts';

/** `root`: the content root, for the files client.yaml names (its logos). */
export function clientProblems(client: ClientSource, playbooks: readonly PlaybookSource[], root?: string): Problem[] {
  const problems: Problem[] = [];
  const entry = client.client;
  for (const report of client.reports) {
    if (!client.snapshotPeriods.has(report.id)) {
      problems.push({
        file: report.file,
        line: 1,
        message: `commentary for ${report.id}, which has no snapshot`,
        expected: `${client.dir}/snapshots/${report.id}.csv`,
      });
    }
  }
  if (!entry) return problems;
  for (const field of ['logo', 'logoDark'] as const) {
    const name = entry.data.branding[field];
    const problem = name && root && !isLogoUrl(name) ? logoFileProblem(path.join(root, client.dir), name) : undefined;
    if (problem) {
      problems.push({
        file: entry.file,
        line: entry.lineOf(['branding', field]),
        field: `branding.${field}`,
        message: problem.message,
        expected: problem.expected ?? `an image file next to client.yaml: ${client.dir}/${name}`,
      });
    }
  }
  pushAll(problems, brandingProblems(entry));
  const released = playbooks.filter((p) => p.version !== DRAFT_VERSION);
  const pinned = released.find((p) => p.version === entry.data.playbook);
  if (!pinned) {
    const known = released.map((p) => p.version);
    problems.push({
      file: entry.file,
      line: entry.lineOf(['playbook']),
      field: 'playbook',
      message: `version "${entry.data.playbook}" has not been released`,
      expected: known.length ? `one of ${known.join(', ')} (folders in versions/)` : 'a released version; run `rolebook release <x.y>` first',
    });
    return problems;
  }
  const names = { kpis: pinned.kpiIds, platforms: new Set(entry.data.platforms) };
  for (const report of client.reports) {
    pushAll(problems, commentaryProblems(report.body, report.file, names));
    // A highlight is one line of Markdown in the frontmatter; its problems point at its line.
    pushAll(
      problems,
      highlightProblems(report.data.highlights, report.file, names).map(({ index, problem }) => ({
        ...problem,
        line: report.lineOf(['highlights', index]),
        field: problem.field ?? `highlights[${index}]`,
      })),
    );
  }
  for (const role of Object.keys(entry.data.team)) {
    if (!pinned.roleIds.has(role)) {
      problems.push({
        file: entry.file,
        line: entry.lineOf(['team', role]),
        field: `team.${role}`,
        message: `role "${role}" does not exist in playbook ${pinned.version}`,
        expected: `one of ${[...pinned.roleIds].join(', ')}`,
      });
    }
  }
  for (const kpi of Object.keys(entry.data.targets)) {
    if (!pinned.kpiIds.has(kpi)) {
      problems.push({
        file: entry.file,
        line: entry.lineOf(['targets', kpi]),
        field: `targets.${kpi}`,
        message: `KPI "${kpi}" does not exist in playbook ${pinned.version}`,
        expected: `one of ${[...pinned.kpiIds].join(', ')}`,
      });
    }
  }
  (entry.data.tiles ?? []).forEach((kpi, i) => {
    if (!pinned.kpiIds.has(kpi)) {
      problems.push({
        file: entry.file,
        line: entry.lineOf(['tiles', i]),
        field: `tiles[${i}]`,
        message: `KPI "${kpi}" does not exist in playbook ${pinned.version}`,
        expected: `one of ${[...pinned.kpiIds].join(', ')}`,
      });
    }
  });
  for (const platform of Object.keys(entry.data.platformNames)) {
    if (!entry.data.platforms.includes(platform)) {
      problems.push({
        file: entry.file,
        line: entry.lineOf(['platformNames', platform]),
        field: `platformNames.${platform}`,
        message: `names platform "${platform}", which the client does not have`,
        expected: `one of platforms: ${entry.data.platforms.join(', ')}`,
      });
    }
  }
  return pushAll(problems, snapshotProblems(client, pinned, entry.data.platforms));
}

function brandingProblems(entry: NonNullable<ClientSource['client']>): Problem[] {
  const problems: Problem[] = [];
  const { branding } = entry.data;
  const at = (field: keyof typeof branding) => ({ file: entry.file, line: entry.lineOf(['branding', field]), field: `branding.${field}` });
  for (const [field, scheme] of [
    ['accent', 'light'],
    ['accentDark', 'dark'],
  ] as const) {
    const problem = branding[field] ? accentContrastProblem(branding[field], scheme) : undefined;
    if (problem) problems.push({ ...at(field), ...problem });
  }
  for (const problem of branding.footer ? footerProblems(branding.footer) : []) problems.push({ ...at('footer'), ...problem });
  return problems;
}

function snapshotProblems(client: ClientSource, pinned: PlaybookSource, platforms: readonly string[]): Problem[] {
  const problems: Problem[] = [];
  const registry = pinned.metrics ? new Set(pinned.metrics.data.map((metric) => metric.id)) : undefined;
  for (const snapshot of client.snapshots) {
    for (const metric of registry ? snapshot.metrics : []) {
      if (!registry!.has(metric)) {
        problems.push({
          file: snapshot.file,
          line: 1,
          column: snapshot.columnOf[metric],
          field: metric,
          message: `unknown metric column "${metric}"`,
          expected: `a metric id of ${pinned.dir}/metrics.yaml`,
        });
      }
    }
    // A platform the client does not have is reported once per file, on its first row, not on every daily row.
    const strangers = new Map<string, { line: number; rows: number }>();
    for (const row of snapshot.rows) {
      if (platforms.includes(row.platform)) continue;
      const seen = strangers.get(row.platform);
      if (seen) seen.rows += 1;
      else strangers.set(row.platform, { line: row.line, rows: 1 });
    }
    for (const [platform, { line, rows }] of strangers) {
      const more = rows > 1 ? `, on ${rows} rows from here,` : '';
      problems.push({
        file: snapshot.file,
        line,
        column: snapshot.platformColumn,
        field: 'platform',
        message: `platform "${platform}"${more} is not one of the client's platforms`,
        expected: `one of ${platforms.join(', ')} (or add it to ${client.dir}/client.yaml)`,
      });
    }
  }
  return problems;
}
