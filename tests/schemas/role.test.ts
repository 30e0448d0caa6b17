import { describe, expect, it } from 'vitest';
import { roleSchema } from '../../src/schemas/role.ts';

const minimal = { title: 'Community Manager', summary: 'Looks after the community.' };
const rejects = (input: unknown) => expect(roleSchema.safeParse(input).success).toBe(false);

describe('roleSchema', () => {
  it('accepts title and summary alone and defaults the lists to []', () => {
    const result = roleSchema.safeParse(minimal);
    expect(result.success).toBe(true);
    expect(result.data).toEqual({ ...minimal, goals: [], skills: [], tools: [], kpis: [], routine: [] });
  });

  it('accepts every documented field', () => {
    const full = {
      ...minimal,
      horizon: 'long-term',
      audience: 'peer-to-peer',
      voice: 'own',
      goals: ['Healthy community'],
      skills: ['Empathy'],
      tools: ['Discord'],
      kpis: ['reply-rate', 'active-members'],
      reportsTo: 'social-media-manager',
      routine: [{ when: '09:00', what: 'Inbox zero' }],
    };
    expect(roleSchema.safeParse(full).data).toEqual(full);
  });

  it('trims title and summary', () => {
    expect(roleSchema.parse({ title: '  Moderator ', summary: ' Keeps it civil. ' })).toMatchObject({ title: 'Moderator', summary: 'Keeps it civil.' });
  });

  it('requires title and summary', () => {
    rejects({ title: 'T' });
    rejects({ summary: 'S' });
  });

  it('rejects an empty or blank title', () => {
    rejects({ ...minimal, title: '' });
    rejects({ ...minimal, title: '   ' });
  });

  it('rejects unknown keys', () => {
    rejects({ ...minimal, horrizon: 'long-term' });
  });

  it('rejects values outside the horizon, audience and voice enums', () => {
    rejects({ ...minimal, horizon: 'forever' });
    rejects({ ...minimal, audience: 'one-to-one' });
    rejects({ ...minimal, voice: 'personal' });
  });

  it('rejects KPI and reportsTo ids that are not lowercase slugs', () => {
    rejects({ ...minimal, kpis: ['Reply-Rate'] });
    rejects({ ...minimal, kpis: ['reply_rate'] });
    rejects({ ...minimal, reportsTo: 'Head of Social' });
    rejects({ ...minimal, reportsTo: '-lead' });
  });

  it('rejects a routine item missing when or what, or with extra keys', () => {
    rejects({ ...minimal, routine: [{ what: 'Inbox' }] });
    rejects({ ...minimal, routine: [{ when: '09:00' }] });
    rejects({ ...minimal, routine: [{ when: '09:00', what: 'Inbox', who: 'me' }] });
  });

  it('rejects a skills value that is not a list of strings', () => {
    rejects({ ...minimal, skills: 'Empathy' });
    rejects({ ...minimal, skills: [''] });
  });
});
