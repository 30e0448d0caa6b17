import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPlaybooks, previousVersion, problemsIn } from '../../../src/lib/playbook/load.ts';
import type { Problem } from '../../../src/lib/problems.ts';
import { copyRoot } from '../../helpers/fixtures.ts';
import { VALID_FIXTURE } from '../../helpers/paths.ts';

describe('loadPlaybooks', () => {
  it('builds a model for the draft and each release', () => {
    const { models, problems } = loadPlaybooks(VALID_FIXTURE);
    expect(problems).toEqual([]);
    expect([...models.keys()]).toEqual(['next', '1.0']);
    expect(models.get('1.0')).toMatchObject({ version: '1.0', dir: 'versions/1.0' });
    expect(models.get('next')!.roles.map((r) => r.id)).toEqual(['account-lead', 'support-agent']);
  });

  it('still models a version with problems, and returns the problems', () => {
    const root = copyRoot(VALID_FIXTURE);
    fs.writeFileSync(path.join(root, 'playbook/roles/support-agent.mdx'), '---\ntitle: Support Agent\n---\n');
    const { models, problems } = loadPlaybooks(root);
    expect(models.get('next')!.roles.map((r) => r.id)).toEqual(['account-lead']);
    expect(problemsIn(problems, 'playbook').map((p) => p.file)).toContain('playbook/roles/support-agent.mdx');
    expect(problemsIn(problems, 'versions/1.0')).toEqual([]);
  });
});

describe('problemsIn', () => {
  const problems: Problem[] = [
    { file: 'playbook/kpis/a.mdx', message: 'x' },
    { file: 'playbook-old/kpis/a.mdx', message: 'x' },
    { file: 'versions/2.0/roles/b.mdx', message: 'x' },
    { file: 'clients/acme/client.yaml', message: 'x' },
    { file: '.', message: 'content root does not exist' },
  ];

  it('keeps the problems of one folder and of a missing root', () => {
    expect(problemsIn(problems, 'playbook').map((p) => p.file)).toEqual(['playbook/kpis/a.mdx', '.']);
    expect(problemsIn(problems, 'versions/2.0').map((p) => p.file)).toEqual(['versions/2.0/roles/b.mdx', '.']);
  });
});

describe('previousVersion', () => {
  const versions = ['next', '1.0', '2.0', '1.10', '1.2'];

  it('is the latest release for the draft', () => {
    expect(previousVersion('next', versions)).toBe('2.0');
  });

  it('is the next lower release for a release', () => {
    expect(previousVersion('2.0', versions)).toBe('1.10');
    expect(previousVersion('1.10', versions)).toBe('1.2');
  });

  it('is undefined for the first release, and for the draft before any release', () => {
    expect(previousVersion('1.0', versions)).toBeUndefined();
    expect(previousVersion('next', ['next'])).toBeUndefined();
  });
});
