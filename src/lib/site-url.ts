/**
 * Where the site is published, from ROLEBOOK_SITE, and every site URL built from it. The same
 * parsing feeds astro.config.mjs (Astro's `site` and `base`) and the CLI (`rolebook links`), so
 * a site served below a path (GitHub Pages: `https://<org>.github.io/<repo>/`) gets the same
 * URLs from both. Pages pass `import.meta.env.BASE_URL` as `base`.
 */

export const SITE_ENV = 'ROLEBOOK_SITE';

export interface SiteConfig {
  /** The public URL with a trailing slash (`https://org.github.io/team-playbook/`), when set. */
  site?: string;
  /** The path the site is served below, with leading and trailing slash: `/team-playbook/`, or `/`. */
  base: string;
}

/**
 * `{ site, base }` from ROLEBOOK_SITE; unset or empty means a domain root with no known URL.
 * Throws a one-line error naming the variable when the value is not an absolute http(s) URL.
 */
export function siteConfig(env: Record<string, string | undefined> = process.env): SiteConfig {
  const value = env[SITE_ENV]?.trim();
  if (!value) return { base: '/' };
  const expected = `expected the public URL of the site, such as https://playbook.example.com or https://org.github.io/team-playbook/`;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`${SITE_ENV} is not a URL: "${value}" (${expected})`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`${SITE_ENV} must start with https:// or http://: "${value}" (${expected})`);
  if (url.search || url.hash || url.username || url.password)
    throw new Error(`${SITE_ENV} must not carry a query, fragment or credentials: "${value}" (${expected})`);
  const base = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
  return { site: `${url.origin}${base}`, base };
}

/**
 * A site path below the base: `withBase('/team-playbook/', '/playbook/roles/x/')` is
 * `/team-playbook/playbook/roles/x/`; with base `/` the path is unchanged. `base` may come with
 * or without its trailing slash (Astro's BASE_URL follows `trailingSlash`).
 */
export function withBase(base: string, path: string): string {
  const prefix = base.replace(/\/+$/, '');
  return `${prefix}/${path.replace(/^\/+/, '')}`;
}

/** The address to share: absolute when the site's URL is known, else a path below the base. */
export function siteUrl(config: SiteConfig, path: string): string {
  const local = withBase(config.base, path);
  return config.site ? new URL(local, config.site).href : local;
}

/** robots.txt: client reports are never crawled; the sitemap is named when there is one. */
export function robotsTxt(config: SiteConfig): string {
  const lines = ['User-agent: *', `Disallow: ${withBase(config.base, '/r/')}`];
  if (config.site) lines.push('', `Sitemap: ${siteUrl(config, '/sitemap-index.xml')}`);
  return `${lines.join('\n')}\n`;
}

/** Release versions (`2.0`) and the draft (`next`): the first segment of a versioned playbook URL. */
const VERSION_SEGMENT = /^(?:\d+\.\d+|next)$/;

/**
 * Whether a page URL belongs in the sitemap: the home page and the permanent, versioned playbook
 * pages. Never a client report (`/r/…`, private), and never a latest-release alias
 * (`/playbook/roles/x/`), whose canonical link names the versioned page instead.
 */
export function inSitemap(pageUrl: string, base: string): boolean {
  const pathname = new URL(pageUrl, 'http://site.invalid').pathname;
  const prefix = withBase(base, '/');
  if (!pathname.startsWith(prefix)) return false;
  const [first, second] = pathname.slice(prefix.length).split('/');
  if (first === '') return true;
  return first === 'playbook' && VERSION_SEGMENT.test(second ?? '');
}
