import { describe, expect, it } from 'vitest';
import { formatGithubAnnotation, type Problem } from '../../src/lib/problems.ts';

describe('formatGithubAnnotation', () => {
  it('writes ::error with the file under the root label, line, column, the field as title and the message', () => {
    const problem: Problem = {
      file: 'clients/a/snapshots/2026-02.csv',
      line: 3,
      column: 2,
      field: 'impressions',
      message: '"x" is not a number',
      expected: 'a number',
    };
    expect(formatGithubAnnotation(problem, 'content')).toBe(
      '::error file=content/clients/a/snapshots/2026-02.csv,line=3,col=2,title=impressions::"x" is not a number (expected a number)',
    );
  });

  it('leaves out what the problem does not have, and a column without a line', () => {
    expect(formatGithubAnnotation({ file: 'playbook/metrics.yaml', message: 'is missing' }, 'content/')).toBe(
      '::error file=content/playbook/metrics.yaml::is missing',
    );
    expect(formatGithubAnnotation({ file: 'a.csv', column: 4, message: 'm' })).toBe('::error file=a.csv::m');
    expect(formatGithubAnnotation({ file: 'a.yaml', line: 7, message: 'm' }, '')).toBe('::error file=a.yaml,line=7::m');
  });

  it('names the root itself for a problem with the whole root', () => {
    expect(formatGithubAnnotation({ file: '.', message: 'content root x does not exist' }, 'content')).toBe(
      '::error file=content::content root x does not exist',
    );
    expect(formatGithubAnnotation({ file: '.', message: 'm' })).toBe('::error file=.::m');
  });

  it('escapes what would end a property or the command early', () => {
    const problem: Problem = {
      file: 'playbook/responsibilities.yaml',
      line: 5,
      field: 'task "a,b" raci.x:y',
      message: '100% of\r\nroles',
      expected: 'one A, one R',
    };
    expect(formatGithubAnnotation(problem, 'my,content')).toBe(
      '::error file=my%2Ccontent/playbook/responsibilities.yaml,line=5,title=task "a%2Cb" raci.x%3Ay::100%25 of%0D%0Aroles (expected one A, one R)',
    );
  });

  it('always gives one line', () => {
    const line = formatGithubAnnotation({ file: 'a\nb.mdx', line: 1, field: 'f\n', message: 'x\ny', expected: '\n' });
    expect(line).not.toMatch(/[\r\n]/);
  });
});
