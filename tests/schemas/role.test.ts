import { describe, expect, it } from 'vitest';
import { roleSchema } from '../../src/schemas/role.ts';
import { rejection } from './rejection.ts';

const minimal = { title: 'Community Manager', summary: 'Looks after the community.' };

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
    expect(rejection(roleSchema, { title: 'T' })).toMatchInlineSnapshot(`"summary: Invalid input: expected string, received undefined"`);
    expect(rejection(roleSchema, { summary: 'S' })).toMatchInlineSnapshot(`"title: Invalid input: expected string, received undefined"`);
  });

  it('rejects an empty or blank title', () => {
    expect(rejection(roleSchema, { ...minimal, title: '' })).toMatchInlineSnapshot(`"title: must not be empty"`);
    expect(rejection(roleSchema, { ...minimal, title: '   ' })).toMatchInlineSnapshot(`"title: must not be empty"`);
  });

  it('rejects unknown keys', () => {
    expect(rejection(roleSchema, { ...minimal, horrizon: 'long-term' })).toMatchInlineSnapshot(`"(top): Unrecognized key: "horrizon""`);
  });

  it('rejects values outside the horizon, audience and voice enums', () => {
    expect(rejection(roleSchema, { ...minimal, horizon: 'forever' })).toMatchInlineSnapshot(
      `"horizon: Invalid option: expected one of "short-term"|"long-term""`,
    );
    expect(rejection(roleSchema, { ...minimal, audience: 'one-to-one' })).toMatchInlineSnapshot(
      `"audience: Invalid option: expected one of "one-to-many"|"peer-to-peer""`,
    );
    expect(rejection(roleSchema, { ...minimal, voice: 'personal' })).toMatchInlineSnapshot(`"voice: Invalid option: expected one of "brand"|"own""`);
  });

  it('rejects KPI and reportsTo ids that are not lowercase slugs', () => {
    expect(rejection(roleSchema, { ...minimal, kpis: ['Reply-Rate'] })).toMatchInlineSnapshot(`"kpis.0: must be a lowercase id such as "community-manager""`);
    expect(rejection(roleSchema, { ...minimal, kpis: ['reply_rate'] })).toMatchInlineSnapshot(`"kpis.0: must be a lowercase id such as "community-manager""`);
    expect(rejection(roleSchema, { ...minimal, reportsTo: 'Head of Social' })).toMatchInlineSnapshot(
      `"reportsTo: must be a lowercase id such as "community-manager""`,
    );
    expect(rejection(roleSchema, { ...minimal, reportsTo: '-lead' })).toMatchInlineSnapshot(`"reportsTo: must be a lowercase id such as "community-manager""`);
  });

  it('rejects a routine item missing when or what, or with extra keys', () => {
    expect(rejection(roleSchema, { ...minimal, routine: [{ what: 'Inbox' }] })).toMatchInlineSnapshot(
      `"routine.0.when: Invalid input: expected string, received undefined"`,
    );
    expect(rejection(roleSchema, { ...minimal, routine: [{ when: '09:00' }] })).toMatchInlineSnapshot(
      `"routine.0.what: Invalid input: expected string, received undefined"`,
    );
    expect(rejection(roleSchema, { ...minimal, routine: [{ when: '09:00', what: 'Inbox', who: 'me' }] })).toMatchInlineSnapshot(
      `"routine.0: Unrecognized key: "who""`,
    );
  });

  it('rejects a skills value that is not a list of strings', () => {
    expect(rejection(roleSchema, { ...minimal, skills: 'Empathy' })).toMatchInlineSnapshot(`"skills: Invalid input: expected array, received string"`);
    expect(rejection(roleSchema, { ...minimal, skills: [''] })).toMatchInlineSnapshot(`"skills.0: must not be empty"`);
  });
});
