/**
 * A build log names no report: CI logs are readable by everyone with access to the repository,
 * and a report path is the client's private link. Tokens are read from what the build wrote.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';

const sites = { demo: inject('demoDist'), fixture: inject('fixtureDist'), reports: inject('reportsDist') };

describe.each(Object.entries(sites))('the build log (%s site)', (_name, dist) => {
  const log = fs.readFileSync(`${dist}.log`, 'utf8');
  const tokens = fs.readdirSync(path.join(dist, 'r'));

  it('was captured, and the site has reports', () => {
    expect(log).toContain('Complete!');
    expect(tokens.length).toBeGreaterThan(0);
  });

  it('contains no token and no report path', () => {
    for (const token of tokens) expect(log, token).not.toContain(token);
    expect(log).not.toMatch(/\/r\/[a-z0-9]/);
  });

  it('shows the report pages as a count in the route list, and the data.csv files as a count after it', () => {
    const reportFiles = fs.readdirSync(path.join(dist, 'r'), { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
    const csvFiles = reportFiles.filter((entry) => entry.name === 'data.csv').length;
    const counted = [...log.matchAll(/├─ (\d+) private report files?/g)].reduce((sum, match) => sum + Number(match[1]), 0);
    expect(counted).toBe(reportFiles.length - csvFiles);
    // Written beside the pages by the integration's worker (src/report-data.ts), not rendered as routes.
    expect(log).toContain(`report data: ${csvFiles} data.csv file(s)`);
  });
});
