/** An id: lowercase letters and digits in words joined by hyphens ("community-manager"). Every id of the content model has this form. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Whether `text` is an id (see SLUG_PATTERN). */
export function isSlug(text: string): boolean {
  return SLUG_PATTERN.test(text);
}

/** A URL- and id-safe slug from free text: "Report on metrics" → "report-on-metrics". */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
