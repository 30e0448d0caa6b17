import { afterEach, describe, expect, it, vi } from 'vitest';
import rolebookLogger from '../../src/build-logger.ts';
import { isReportRouteLine, mentionsReportPath, redactReportPaths } from '../../src/lib/private-paths.ts';

describe('report paths in log lines', () => {
  it('recognises a report path at the root and under a base path', () => {
    expect(mentionsReportPath('  ├─ /r/k3v9q2m8x7d1p4w6/2026-03/index.html')).toBe(true);
    expect(mentionsReportPath('[200] /team-playbook/r/k3v9q2m8x7d1p4w6/ 4ms')).toBe(true);
    expect(mentionsReportPath('  ├─ /playbook/roles/editor/index.html')).toBe(false);
  });

  it('redacts the token and everything after it', () => {
    expect(redactReportPaths('[200] /team-playbook/r/k3v9q2m8x7d1p4w6/2026-03/data.csv 4ms')).toBe('[200] /team-playbook/r/… 4ms');
  });

  it('tells a route-list line from another line that names a report', () => {
    expect(isReportRouteLine('  ├─ /r/k3v9q2m8x7d1p4w6/2026-03/index.html')).toBe(true);
    expect(isReportRouteLine('[WARN] could not read /r/k3v9q2m8x7d1p4w6/')).toBe(false);
  });
});

describe('the build logger', () => {
  const written: string[] = [];
  afterEach(() => {
    vi.restoreAllMocks();
    written.length = 0;
  });

  function capture(): void {
    const record = (chunk: string | Uint8Array) => (written.push(String(chunk)), true);
    vi.spyOn(process.stdout, 'write').mockImplementation(record);
    vi.spyOn(process.stderr, 'write').mockImplementation(record);
  }

  it('shows report routes as one count and keeps the other routes', () => {
    capture();
    const logger = rolebookLogger();
    const route = (message: string, newLine = false) => logger.write({ label: 'SKIP_FORMAT', level: 'info', message, newLine });
    route('  ├─ /playbook/index.html');
    route(' (+3ms)', true);
    for (const period of ['2026-01', '2026-02', '2026-03']) {
      route(`  ├─ /r/k3v9q2m8x7d1p4w6/${period}/index.html`);
      route(' (+2ms)', true);
    }
    route('  ├─ /index.html');
    route(' (+1ms)', true);
    const output = written.join('');
    expect(output).not.toContain('k3v9q2m8x7d1p4w6');
    expect(output).toBe(
      "  ├─ /playbook/index.html (+3ms)\n  ├─ 3 private report files (paths not logged: they are the clients' links)\n  ├─ /index.html (+1ms)\n",
    );
  });

  it('redacts a report path in any other message', () => {
    capture();
    rolebookLogger().write({ label: 'SKIP_FORMAT', level: 'warn', message: 'slow page /r/k3v9q2m8x7d1p4w6/2026-03/', newLine: true });
    expect(written.join('')).toBe('slow page /r/…\n');
  });
});
