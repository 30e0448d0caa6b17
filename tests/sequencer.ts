/**
 * The order test files start in: Vitest's own (failed first, then slowest first, by its cache or
 * by file size), except that projects go in this order rather than by name. The lint project is
 * one long, single-threaded file: started last, it ran alone at the end of every run; started
 * first, it runs beside the browser files.
 */
import { BaseSequencer, type TestSpecification } from 'vitest/node';

const PROJECT_ORDER = ['lint', 'browser', 'build', 'cli', 'unit'];

export default class ProjectOrderSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (file: TestSpecification) => {
      const at = PROJECT_ORDER.indexOf(file.project.name);
      return at === -1 ? PROJECT_ORDER.length : at;
    };
    // Array.prototype.sort is stable: within a project, Vitest's order stays.
    return sorted.sort((a, b) => rank(a) - rank(b));
  }
}
