/**
 * Platform ids as people read them. Files name platforms by id (`instagram`, `x`); every page a
 * person reads shows the platform's own spelling (Instagram, X, LinkedIn, TikTok). An id Rolebook
 * does not know is shown title-cased (`mastodon` → Mastodon, `google-business` → Google Business),
 * and content can name its own (`platformNames` in client.yaml), which wins over both.
 */

/** The platforms' own spelling of their names. */
export const PLATFORM_NAMES: Readonly<Record<string, string>> = {
  instagram: 'Instagram',
  facebook: 'Facebook',
  linkedin: 'LinkedIn',
  x: 'X',
  twitter: 'X (Twitter)',
  tiktok: 'TikTok',
  youtube: 'YouTube',
  threads: 'Threads',
  pinterest: 'Pinterest',
  snapchat: 'Snapchat',
  reddit: 'Reddit',
  bluesky: 'Bluesky',
  mastodon: 'Mastodon',
  whatsapp: 'WhatsApp',
  telegram: 'Telegram',
  twitch: 'Twitch',
  discord: 'Discord',
  tumblr: 'Tumblr',
  vimeo: 'Vimeo',
  'google-business': 'Google Business Profile',
  gbp: 'Google Business Profile',
  'google-ads': 'Google Ads',
  'meta-ads': 'Meta Ads',
  'linkedin-ads': 'LinkedIn Ads',
  'tiktok-ads': 'TikTok Ads',
  newsletter: 'Newsletter',
  website: 'Website',
  blog: 'Blog',
  podcast: 'Podcast',
};

/** `google-business` → "Google Business"; `x` → "X". */
export function titleCase(id: string): string {
  return id
    .split(/[-_]+/)
    .filter(Boolean)
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ');
}

/** The name of each platform id: the content's own names first, then Rolebook's, then the id title-cased. */
export function platformNamer(own: Readonly<Record<string, string>> = {}): (id: string) => string {
  return (id) => (Object.hasOwn(own, id) ? own[id]! : Object.hasOwn(PLATFORM_NAMES, id) ? PLATFORM_NAMES[id]! : titleCase(id));
}
