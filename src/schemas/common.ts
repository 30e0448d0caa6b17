import { z } from 'zod';
import { SLUG_PATTERN } from '../lib/slug.ts';

/** Ids of roles, KPIs, clients, tasks and platforms: lowercase words joined by hyphens. */
export const slug = z.string().regex(SLUG_PATTERN, { error: 'must be a lowercase id such as "community-manager"' });

/** Metric ids double as formula identifiers, so they use underscores: `video_views`. */
export const metricId = z.string().regex(/^[a-z][a-z0-9_]*$/, { error: 'must be a lowercase id with underscores such as "video_views"' });

/** A reporting period: a calendar month. */
export const PERIOD_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** A released playbook version: `major.minor`. */
export const VERSION_PATTERN = /^\d+\.\d+$/;

export const text = z.string().trim().min(1, { error: 'must not be empty' });

/** A list of short strings, empty when absent. */
export const textList = z.array(text).default([]);
