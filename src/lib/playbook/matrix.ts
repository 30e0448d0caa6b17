/** The responsibility matrix as rows and columns, optionally narrowed to one role's tasks. */
import type { RaciValue } from '../../schemas/responsibilities.ts';
import type { PlaybookModel, PlaybookRole, PlaybookTask } from './model.ts';

export interface MatrixColumn {
  role: PlaybookRole;
  /** Initials for narrow screens: "Social Media Manager" → "SMM". */
  short: string;
}

export interface MatrixRow {
  task: PlaybookTask;
  cells: (RaciValue | undefined)[];
}

/** One link of the "filter by role" bar: all roles, then each role's own matrix. */
export interface MatrixFilter {
  page: { kind: 'responsibilities'; role?: string };
  label: string;
  /** The matrix shown is this one. */
  current: boolean;
}

export interface Matrix {
  columns: MatrixColumn[];
  areas: { area: string; rows: MatrixRow[] }[];
  /** The role the matrix is narrowed to, if any. */
  role?: PlaybookRole;
  /** The index of that role's column, which is highlighted; -1 on the full matrix. */
  highlight: number;
  filters: MatrixFilter[];
  taskCount: number;
}

export function matrixView(model: PlaybookModel, roleId?: string): Matrix {
  const shorts = shortTitles(model.roles.map((role) => role.title));
  const columns = model.roles.map((role, index) => ({ role, short: shorts[index]! }));
  const role = roleId ? model.roles.find((r) => r.id === roleId) : undefined;
  if (roleId && !role) throw new Error(`matrixView: no role "${roleId}" in playbook ${model.version}`);
  const areas = model.areas
    .map((area) => ({
      area: area.area,
      rows: area.tasks
        .filter((task) => !roleId || task.raci[roleId] !== undefined)
        .map((task) => ({ task, cells: columns.map((column) => task.raci[column.role.id]) })),
    }))
    .filter((area) => area.rows.length > 0);
  const filters: MatrixFilter[] = [
    { page: { kind: 'responsibilities' }, label: 'All roles', current: !role },
    ...columns.map((column) => ({
      page: { kind: 'responsibilities' as const, role: column.role.id },
      label: column.role.title,
      current: column.role === role,
    })),
  ];
  return {
    columns,
    areas,
    role,
    highlight: role ? columns.findIndex((column) => column.role === role) : -1,
    filters,
    taskCount: areas.reduce((sum, area) => sum + area.rows.length, 0),
  };
}

/**
 * Initials, unique within the list: where two titles share initials ("Community Manager",
 * "Content Moderator"), the last word is spelled out until they differ ("CMa", "CMo").
 */
export function shortTitles(titles: readonly string[]): string[] {
  return titles.map((title) => {
    const words = title.split(/[\s-]+/).filter(Boolean);
    const head = initials(words.slice(0, -1).join(' '));
    const last = words.at(-1) ?? '';
    for (let length = 1; length <= last.length; length += 1) {
      const candidate = head + last[0]!.toUpperCase() + last.slice(1, length).toLowerCase();
      const clash = titles.some((other) => other !== title && shortOf(other, length) === candidate);
      if (!clash) return candidate;
    }
    return title;
  });
}

function shortOf(title: string, length: number): string {
  const words = title.split(/[\s-]+/).filter(Boolean);
  const last = words.at(-1) ?? '';
  return initials(words.slice(0, -1).join(' ')) + (last[0] ?? '').toUpperCase() + last.slice(1, length).toLowerCase();
}

export function initials(title: string): string {
  return title
    .split(/[\s-]+/)
    .filter(Boolean)
    .map((word) => word[0]!.toUpperCase())
    .join('');
}
