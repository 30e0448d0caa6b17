/** What a public page's `<head>` says about it: its full title and its canonical URL. */

export const SITE_NAME = 'Rolebook';

/** "Glossary · Rolebook"; the site's own name alone on the home page. */
export function fullTitle(title: string): string {
  return title === SITE_NAME ? title : `${title} · ${SITE_NAME}`;
}

/**
 * With a known site URL (ROLEBOOK_SITE), every page names its absolute permanent URL (paths
 * include the base). Without it the public address is unknown: an alias page still names its
 * versioned page as a root-relative path (valid, resolved against wherever the page is served);
 * other pages name none, since a relative link to themselves would say nothing a crawler does
 * not already know.
 */
export function canonicalUrl({ site, pathname, canonical }: { site?: URL | string; pathname: string; canonical?: string }): string | undefined {
  return site ? new URL(canonical ?? pathname, site).href : canonical;
}
