/**
 * The playbook's navigation (a sidebar on wide screens, the "Menu" panel on phones): its
 * sections in reading order, each link marked when it is the page being read.
 */
import type { PlaybookModel } from './model.ts';
import { onboardingLinks } from './onboarding-view.ts';
import type { PlaybookPage } from './routes.ts';

export interface NavLink {
  href: string;
  label: string;
  /** The link is the page being read (`aria-current="page"`). */
  current: boolean;
}

export interface NavSection {
  heading: string;
  links: NavLink[];
}

export interface PlaybookNavView {
  home: NavLink;
  /** Sections without links (a version without onboarding checklists) are left out. */
  sections: NavSection[];
}

/** `urlFor` builds URLs in the page's own URL space (alias or versioned); `currentPath` is the page's path. */
export function playbookNav(model: PlaybookModel, urlFor: (page: PlaybookPage) => string, currentPath: string): PlaybookNavView {
  const link = (page: PlaybookPage, label: string): NavLink => {
    const href = urlFor(page);
    return { href, label, current: href === currentPath };
  };
  const sections: NavSection[] = [
    { heading: 'Roles', links: model.roles.map((role) => link({ kind: 'role', role: role.id }, role.title)) },
    {
      heading: 'Who does what',
      links: [
        link({ kind: 'responsibilities' }, 'Responsibility matrix'),
        link({ kind: 'compare-index' }, 'Compare roles'),
        link({ kind: 'services' }, 'Which service do you need?'),
      ],
    },
    { heading: 'Measuring success', links: [link({ kind: 'kpis' }, 'KPI catalogue')] },
    { heading: 'Onboarding', links: onboardingLinks(model).map((entry) => link({ kind: 'onboarding', role: entry.role }, entry.label)) },
    { heading: 'Reference', links: [link({ kind: 'glossary' }, 'Glossary'), link({ kind: 'changes' }, 'Changes in this version')] },
  ];
  return { home: link({ kind: 'home' }, 'Playbook home'), sections: sections.filter((section) => section.links.length > 0) };
}
