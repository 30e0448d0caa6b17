/** The first problem a schema finds in `input`, as "field: message", for tests that assert what a lead is told. */
import type { z } from 'zod';

export function rejection(schema: z.ZodType, input: unknown): string {
  const result = schema.safeParse(input);
  if (result.success) throw new Error(`the schema accepted ${JSON.stringify(input)}`);
  const issue = result.error.issues[0]!;
  return `${issue.path.join('.') || '(top)'}: ${issue.message}`;
}
