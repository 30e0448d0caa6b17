/**
 * The shape of a content root once every file is parsed and validated on its own. A playbook
 * version's and a client's fields are derived from the registry (content-kinds.ts): one field
 * per kind, named after it, so a kind added there appears here with the right type.
 */
import type { z } from 'zod';
import type { ContentKind, Kind, Scope } from './content-kinds.ts';
import type { FieldPath } from './source.ts';

export interface Entry<T> {
  /** Id from the file name (role id, KPI id, period). */
  id: string;
  /** Path relative to the content root. */
  file: string;
  data: T;
  lineOf(path: FieldPath): number;
}

export interface MdxEntry<T> extends Entry<T> {
  body: string;
}

/** What one file of a kind becomes: an entry with its lines (and body), or a csv kind's parsed data. */
export type ItemOf<K extends ContentKind> = K extends { format: 'csv'; parse: (...args: never[]) => { data?: infer D } }
  ? NonNullable<D>
  : K extends { format: 'yaml' }
    ? Entry<z.output<K['schema']>>
    : MdxEntry<z.output<K['schema']>>;

type FieldOf<K extends Kind> = K extends { field: infer F extends string } ? F : K['name'];
type In<S extends Scope> = Extract<Kind, { scope: S }>;

/**
 * The fields every kind of `scope` adds: a single file's entry when it exists and is valid, every
 * valid entry of a folder, and (`idsField`) the ids of every file found.
 */
export type KindFields<S extends Scope> = { [K in Extract<In<S>, { layout: 'file' }> as FieldOf<K>]?: ItemOf<K> } & {
  [K in Extract<In<S>, { layout: 'folder' | 'periods' }> as FieldOf<K>]: ItemOf<K>[];
} & { [K in Extract<In<S>, { idsField: string }> as K['idsField']]: Set<string> };

/**
 * The draft (`playbook/`, version `next`) or a released version (`versions/<x.y>/`): `roles`,
 * `kpis`, `onboarding`, `services`, `metrics`, `responsibilities`, `glossary`, and `roleIds`
 * and `kpiIds`, every role and KPI file found, valid or not.
 */
export interface PlaybookSource extends KindFields<'playbook'> {
  version: string;
  dir: string;
}

/** A client folder: `client` (client.yaml), `snapshots`, `reports`, and `snapshotPeriods`, every period with a snapshot file, valid or not. */
export interface ClientSource extends KindFields<'client'> {
  id: string;
  dir: string;
}

export interface ContentTree {
  root: string;
  playbooks: PlaybookSource[];
  clients: ClientSource[];
}
