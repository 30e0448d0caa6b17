/** The shape of a content root once every file is parsed and validated on its own. */
import type { Client } from '../schemas/client.ts';
import type { GlossaryTerm } from '../schemas/glossary.ts';
import type { Kpi } from '../schemas/kpi.ts';
import type { Metric } from '../schemas/metric.ts';
import type { Onboarding } from '../schemas/onboarding.ts';
import type { Report } from '../schemas/report.ts';
import type { Responsibilities } from '../schemas/responsibilities.ts';
import type { Role } from '../schemas/role.ts';
import type { Services } from '../schemas/services.ts';
import type { Snapshot } from './snapshot-csv.ts';
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

/** The draft (`playbook/`, version `next`) or a released version (`versions/<x.y>/`). */
export interface PlaybookSource {
  version: string;
  dir: string;
  /** Every role and KPI file found, valid or not, so one bad file does not cascade into "unknown role". */
  roleIds: Set<string>;
  kpiIds: Set<string>;
  roles: MdxEntry<Role>[];
  kpis: MdxEntry<Kpi>[];
  onboarding: MdxEntry<Onboarding>[];
  metrics?: Entry<Metric[]>;
  responsibilities?: Entry<Responsibilities>;
  glossary?: Entry<GlossaryTerm[]>;
  /** `services.mdx`, the agency's words on the services guide, when the version has one. */
  services?: MdxEntry<Services>;
}

export interface ClientSource {
  id: string;
  dir: string;
  client?: Entry<Client>;
  /** Periods that have a snapshot file, valid or not. */
  snapshotPeriods: Set<string>;
  snapshots: Snapshot[];
  reports: MdxEntry<Report>[];
}

export interface ContentTree {
  root: string;
  playbooks: PlaybookSource[];
  clients: ClientSource[];
}
