/**
 * The client-facing "which service do you need?" guide, generated from the roles' declared
 * horizon, audience and voice, their goals and the KPIs they are measured by.
 */
import type { PlaybookKpi, PlaybookModel, PlaybookRole } from './model.ts';

export interface ServiceNeed {
  /** The need in a client's words. */
  need: string;
  roles: PlaybookRole[];
}

export interface ServiceOffer {
  role: PlaybookRole;
  /** KPI names the client will see in their reports for this service. */
  measuredBy: PlaybookKpi[];
}

export interface ServicesGuide {
  needs: ServiceNeed[];
  offers: ServiceOffer[];
}

type Trait = { dimension: 'horizon' | 'audience' | 'voice'; value: string; need: string };

const NEEDS: Trait[] = [
  { dimension: 'horizon', value: 'short-term', need: 'You want measurable results this quarter: sales, sign-ups, traffic.' },
  { dimension: 'horizon', value: 'long-term', need: 'You want loyal customers and a community that keeps growing over the years.' },
  { dimension: 'audience', value: 'one-to-many', need: "You want to reach many people with your brand's own posts and campaigns." },
  { dimension: 'audience', value: 'peer-to-peer', need: 'You want people to talk with you, and with each other, about what you do.' },
  { dimension: 'voice', value: 'brand', need: "Everything should be said by your brand's own accounts, in your brand's voice." },
  { dimension: 'voice', value: 'own', need: 'You want a recognisable person who speaks up for you under their own name.' },
];

export function servicesGuide(model: PlaybookModel): ServicesGuide {
  const needs = NEEDS.map(({ dimension, value, need }) => ({ need, roles: model.roles.filter((role) => role[dimension] === value) })).filter(
    (entry) => entry.roles.length > 0,
  );
  const offers = model.roles.map((role) => ({
    role,
    measuredBy: model.kpis.filter((kpi) => kpi.owner === role.id || role.kpis.includes(kpi.id)),
  }));
  return { needs, offers };
}
