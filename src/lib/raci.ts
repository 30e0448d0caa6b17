/** The responsibility matrix: task ids and who holds which letter. */
import type { RaciValue, Responsibilities, Task } from '../schemas/responsibilities.ts';
import { slugify } from './slug.ts';

export function taskId(task: Pick<Task, 'id' | 'task'>): string {
  return task.id ?? slugify(task.task);
}

export const isAccountable = (value: RaciValue): boolean => value === 'A' || value === 'A/R';
export const isResponsible = (value: RaciValue): boolean => value === 'R' || value === 'A/R';

/** Roles holding A (or A/R), and roles holding R (or A/R), for one task. */
export function raciHolders(task: Pick<Task, 'raci'>): { accountable: string[]; responsible: string[] } {
  const cells = Object.entries(task.raci);
  return {
    accountable: cells.filter(([, value]) => isAccountable(value)).map(([role]) => role),
    responsible: cells.filter(([, value]) => isResponsible(value)).map(([role]) => role),
  };
}

/** Every task with its area and index, in file order. */
export function allTasks(areas: Responsibilities): { area: string; areaIndex: number; taskIndex: number; task: Task; id: string }[] {
  return areas.flatMap((area, areaIndex) => area.tasks.map((task, taskIndex) => ({ area: area.area, areaIndex, taskIndex, task, id: taskId(task) })));
}
