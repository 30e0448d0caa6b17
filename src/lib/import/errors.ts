/** Why an import stops. `usage` exits 2 (fix the command line), `content` exits 1 (fix a file or pass --force). */
import type { Problem } from '../problems.ts';

export type ImportErrorKind = 'usage' | 'content';

export class ImportError extends Error {
  readonly kind: ImportErrorKind;
  /** Problems with a file and line, printed one per line under the message. */
  readonly problems: readonly Problem[];

  constructor(message: string, kind: ImportErrorKind = 'content', problems: readonly Problem[] = []) {
    super(message);
    this.name = 'ImportError';
    this.kind = kind;
    this.problems = problems;
  }
}
