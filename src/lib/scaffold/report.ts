/** `rolebook new report <client> <YYYY-MM>`: the team's commentary on one month (src/schemas/report.ts). */
import { optionalField, scalar } from './text.ts';

export interface ReportScaffold {
  /** The client's name, for the prompts. */
  clientName: string;
  /** `YYYY-MM`. */
  period: string;
}

export function reportTemplate({ clientName, period }: ReportScaffold): string {
  const frontmatter = [
    '# Optional fields: uncomment the ones that apply (remove the "# " in front of the field).',
    optionalField('Optional headline for the commentary.', `title: ${scalar(`TODO: ${period} for ${clientName} in a few words`)}`),
    optionalField(
      'Short bullet points shown at the top of the report. Default: none.',
      'highlights:',
      `  - ${scalar('TODO: the most important result of the month, with its number')}`,
      `  - ${scalar('TODO: the second one')}`,
    ),
  ];
  return `---
${frontmatter.join('\n')}
---

TODO: what happened in ${period} and why, in a few short paragraphs the client can read in a minute.
Tie the numbers to what the team did; the report already shows every KPI.

## Next steps

- TODO: what the team will do next month
`;
}
