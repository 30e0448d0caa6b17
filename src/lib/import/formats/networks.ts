/** Network names as social-media tools write them → Rolebook's platform ids (DESIGN.md). */
import { normalizeHeader } from '../format.ts';

const PLATFORMS: Record<string, string> = {
  facebook: 'facebook',
  'facebook page': 'facebook',
  'facebook pages': 'facebook',
  instagram: 'instagram',
  'instagram business': 'instagram',
  linkedin: 'linkedin',
  'linkedin page': 'linkedin',
  'linkedin pages': 'linkedin',
  'linkedin company page': 'linkedin',
  'linkedin company pages': 'linkedin',
  x: 'x',
  twitter: 'x',
  'x (twitter)': 'x',
  'x/twitter': 'x',
  youtube: 'youtube',
  'youtube channel': 'youtube',
  tiktok: 'tiktok',
  'tiktok business': 'tiktok',
  pinterest: 'pinterest',
  threads: 'threads',
};

/** The platform id of a network name, or a slug of the name for a network Rolebook has no id for. */
export function platformOfNetwork(name: string): string {
  const known = PLATFORMS[normalizeHeader(name)];
  if (known) return known;
  return normalizeHeader(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Network prefixes of per-network column names, longest first ("Facebook Page Impressions"). */
export const NETWORK_PREFIXES = Object.keys(PLATFORMS).sort((a, b) => b.length - a.length);
