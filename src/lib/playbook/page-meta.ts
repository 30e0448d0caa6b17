/** Title and description of every playbook page, from the data. */
import { DRAFT_VERSION } from '../content-root.ts';
import { playbookDescription } from './intro.ts';
import type { PlaybookModel } from './model.ts';
import type { PlaybookPage } from './routes.ts';

export interface PageMeta {
  title: string;
  description: string;
}

export function pageMeta(model: PlaybookModel, page: PlaybookPage): PageMeta {
  const role = (id: string) => model.roles.find((r) => r.id === id);
  switch (page.kind) {
    case 'home':
      return { title: 'Playbook', description: playbookDescription(model) };
    case 'role': {
      const r = role(page.role)!;
      return { title: r.title, description: r.summary };
    }
    case 'compare-index':
      return { title: 'Compare roles', description: 'Every pair of roles side by side: goals, audience, voice, responsibilities, skills and KPIs.' };
    case 'compare': {
      const a = role(page.a)!;
      const b = role(page.b)!;
      return {
        title: `${a.title} vs ${b.title}`,
        description: `How the ${a.title} and the ${b.title} differ and overlap: goals, audience, voice, responsibilities, skills and KPIs.`,
      };
    }
    case 'services':
      return { title: 'Which service do you need?', description: 'A plain-language guide for clients choosing between the services the agency offers.' };
    case 'responsibilities': {
      const r = page.role ? role(page.role) : undefined;
      return r
        ? { title: `Responsibilities of the ${r.title}`, description: `Every task the ${r.title} does, answers for, is consulted on or is informed about.` }
        : { title: 'Responsibility matrix', description: 'Who is Responsible, Accountable, Consulted and Informed for every task, by area.' };
    }
    case 'kpis':
      return { title: 'KPI catalogue', description: 'Every KPI the agency reports: what it measures, how it is calculated and who owns it.' };
    case 'kpi': {
      const kpi = model.kpis.find((k) => k.id === page.kpi)!;
      return { title: kpi.name, description: kpi.summary ?? `How ${kpi.name} is defined, calculated and owned.` };
    }
    case 'onboarding': {
      const r = role(page.role);
      return { title: `Onboarding: ${r?.title ?? page.role}`, description: `A week-by-week checklist for a new ${r?.title ?? page.role}.` };
    }
    case 'glossary':
      return { title: 'Glossary', description: 'The terms used across the playbook and client reports, defined.' };
    case 'changes':
      return {
        title: `Changes in ${model.version === DRAFT_VERSION ? 'the draft' : `version ${model.version}`}`,
        description: 'What changed in roles, responsibilities, KPIs and pages against the previous version.',
      };
  }
}
