/** robots.txt, below the base: reports stay uncrawled wherever the site is served; names the sitemap when there is one. */
import type { APIRoute } from 'astro';
import { robotsTxt } from '../lib/site-url';

export const GET: APIRoute = ({ site }) =>
  new Response(robotsTxt({ site: site?.href, base: import.meta.env.BASE_URL }), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
