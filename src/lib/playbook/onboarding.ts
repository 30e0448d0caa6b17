/**
 * Stable ids for onboarding checklist items, so a ticked item stays ticked when others move:
 * a readable slug plus a short hash of the exact text, so two long items that start alike
 * never share an id (and a reworded item starts unticked, as it should).
 */
import { slugify } from '../slug.ts';

export function checklistItemId(weekIndex: number, item: string): string {
  return `w${weekIndex + 1}-${slugify(item).slice(0, 40) || 'item'}-${fnv1a(item)}`;
}

/** 32-bit FNV-1a as 7 base-36 digits: tiny, deterministic, good enough to tell items apart. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (const char of text) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36).padStart(7, '0');
}
