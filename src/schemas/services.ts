import { z } from 'zod';
import { text } from './common.ts';

/**
 * Frontmatter of `playbook/services.mdx`, the agency's own words on the client-facing services
 * guide (`/playbook/services/`): which service a brand needs, and how to staff it. The body is
 * shown first; the comparison generated from the roles follows. Optional: without the file the
 * guide is generated alone.
 */
export const servicesSchema = z.strictObject({
  /** The opening paragraph under the page title. Default: a generic one. */
  lead: text.optional(),
});

export type Services = z.output<typeof servicesSchema>;
