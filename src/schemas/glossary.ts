import { z } from 'zod';
import { text, textList } from './common.ts';

/** One term of `playbook/glossary.yaml`. */
export const glossaryTermSchema = z.strictObject({
  /** The term as written in pages. */
  term: text,
  /** One to three sentences. */
  definition: text,
  /** Other spellings that should link to this term (CTR for click-through rate). */
  aliases: textList,
});

export const glossarySchema = z.array(glossaryTermSchema);

export type GlossaryTerm = z.output<typeof glossaryTermSchema>;
