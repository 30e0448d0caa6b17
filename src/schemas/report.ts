import { z } from 'zod';
import { text, textList } from './common.ts';

/** Frontmatter of `clients/<id>/reports/<YYYY-MM>.mdx`: the team's commentary on a period. */
export const reportSchema = z.strictObject({
  /** Optional headline for the commentary. */
  title: text.optional(),
  /** Short bullet points shown at the top of the report. Default: none. */
  highlights: textList,
});

export type Report = z.output<typeof reportSchema>;
