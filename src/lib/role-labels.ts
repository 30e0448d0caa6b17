/** Readable words for the role dimensions people compare roles on. */
import type { Role } from '../schemas/role.ts';

const HORIZON = { 'short-term': 'Short-term results', 'long-term': 'Long-term relationships' } as const;
const AUDIENCE = { 'one-to-many': 'One-to-many', 'peer-to-peer': 'Peer-to-peer' } as const;
const VOICE = { brand: 'Speaks as the brand', own: 'Speaks in their own name' } as const;

/** The traits a role declares, as short phrases, in a fixed order. */
export function roleTraits(role: Pick<Role, 'horizon' | 'audience' | 'voice'>): string[] {
  return [role.horizon && HORIZON[role.horizon], role.audience && AUDIENCE[role.audience], role.voice && VOICE[role.voice]].filter(
    (trait): trait is NonNullable<typeof trait> => Boolean(trait),
  );
}
