/**
 * The English words of a client's report. Every other catalogue has exactly these keys (the
 * type says so, and tests/lib/i18n checks it at run time): a word a report writes that is not
 * here is a bug. Functions take what they interpolate, already formatted for the locale;
 * `plural` picks the form with the locale's `Intl.PluralRules`.
 */
import type { Plural } from './plural.ts';

export const en = {
  report: {
    monthTitle: (period: string) => `Monthly report: ${period}`,
    quarterTitle: (period: string) => `Quarterly report: ${period}`,
    yearTitle: (period: string) => `Annual report: ${period}`,
    pageTitle: (client: string, period: string) => `${client} · ${period} report`,
    navLabel: 'Reports',
    allReports: 'All reports',
    platforms: 'platforms',
    definitionsFrom: (version: string) => `KPI definitions from playbook ${version}`,
    highlights: 'Highlights',
    summary: 'Summary',
    headline: 'Headline KPIs',
    trends: (count: number, p: Plural) => p(count, { one: 'The last month', other: `The last ${count} months` }),
    byPlatform: 'By platform',
    commentary: 'Commentary',
    noCommentary: (period: string) => `The team has not written commentary for ${period}. The numbers above are complete.`,
    allKpis: 'All KPIs by platform',
    allKpisLabel: 'Table of every KPI on every platform',
    scrollHint: 'Swipe sideways to see every platform.',
    download: 'Download these numbers (CSV)',
    definitions: 'What the numbers mean',
    lowerIsBetter: 'Lower is better.',
    team: 'Your team',
    kpi: 'KPI',
    allPlatforms: 'All platforms',
    month: 'Month',
    platform: 'Platform',
  },
  /** Names of quarters and of periods covering part of their span (Intl names the months and years). */
  period: {
    quarter: (quarter: number, year: string) => `Q${quarter} ${year}`,
    part: (period: string, months: string) => `${period}, ${months}`,
  },
  tile: {
    noData: 'No data',
    vs: 'vs',
    better: '(better)',
    worse: '(worse)',
    same: '(about the same)',
    points: (number: string) => `${number} pp`,
    previous: (value: string, period: string) => `vs ${value} in ${period}`,
    noComparison: (reason: string) => `No comparison: ${reason}`,
    yearAgo: 'a year before',
    target: (value: string) => `Target ${value}`,
    met: 'Target met',
    missed: 'Target missed',
    sparkline: (count: number, p: Plural) => p(count, { one: 'Trend over the last period', other: `Trend over the last ${count} periods` }),
  },
  chart: {
    target: (value: string) => `Target ${value}`,
    byMonth: (kpi: string) => `${kpi} by month`,
    lastMonths: (kpi: string, count: number, p: Plural) => p(count, { one: `${kpi}, last month`, other: `${kpi}, last ${count} months` }),
    tooFew: (count: number, p: Plural) =>
      p(count, {
        one: 'Only one month of history so far: the chart appears from the third month.',
        other: `Only ${count} months of history so far: the chart appears from the third month.`,
      }),
    breakdownTitle: 'Where the numbers came from',
    breakdownCaption: (title: string) => `${title}: each platform's share`,
    notMeasured: 'not measured',
    /** The title of a duration axis whose ticks read h:mm ("1:20"). */
    hoursMinutes: 'hours:minutes',
  },
  reason: {
    noData: 'no data',
    noSnapshot: (period: string) => `no snapshot for ${period}`,
    noRow: (platform: string, period: string) => `no row for ${platform} in ${period}`,
    notMeasured: (metric: string, platform: string) => `${metric} not measured on ${platform}`,
    notMeasuredIn: (metric: string, platform: string, months: string) => `${metric} not measured on ${platform} in ${months}`,
    missingDays: (metric: string, missing: number, days: number, platform: string) => `${metric} missing on ${missing} of ${days} days on ${platform}`,
    uniqueDaily: (metric: string) => `${metric} counts people once per day: a month's figure cannot be added up from days and needs a monthly export`,
    uniqueOverMonths: (metric: string) =>
      `${metric} counts people once per month: a quarter's or year's figure cannot be added up from months and needs an export covering the whole period`,
    uniqueAcross: (metric: string) => `${metric} added across platforms: someone on two platforms counts twice`,
    previousZero: 'previous value is 0',
    divisionByZero: (what: string) => `division by zero: ${what} is 0`,
    tooLarge: (what: string) => `${what} is too large to compute`,
    unknownMetric: (id: string) => `"${id}" is not in the metric registry`,
    noPlatforms: 'the client has no platforms',
    excludes: (groups: string) => `excludes ${groups}`,
    groupNotMeasured: (platforms: string, what: string) => `${platforms}: ${what} not measured`,
    notMeasuredOn: (what: string, platforms: string) => `${what} not measured on ${platforms}`,
    noPlatformMeasuresAll: (groups: string) => `no platform measures every input (${groups})`,
    previousPeriod: (what: string) => `${what} (previous period)`,
    and: 'and',
  },
  hub: {
    title: (client: string) => `${client} · reports`,
    heading: (client: string) => `Reports for ${client}`,
    latest: 'Latest:',
    none: 'No report yet: the first one appears once the team adds a month of data.',
    latestHighlights: (period: string) => `Highlights of ${period}`,
    overview: 'Headline KPIs, month by month',
    overviewLabel: 'Headline KPIs by month',
    withCommentary: 'with commentary',
    months: 'Months',
    quarters: 'Quarters',
    years: 'Years',
  },
  layout: {
    privateReport: 'Private report',
    doNotShare: 'Private report · please do not share this link',
    description: (client: string) => `Private report for ${client}.`,
    encryptedDescription: 'A private, encrypted report.',
    footer: 'Prepared with Rolebook. Numbers are computed from the platforms’ own exports; “no data” means a number could not be computed, never zero.',
  },
  unlock: {
    noscript: 'This report is encrypted. Your browser needs JavaScript to ask for the passphrase and open it.',
    prompt: 'This report is protected. Enter the passphrase your agency gave you.',
    passphrase: 'Passphrase',
    open: 'Open report',
    lock: 'Lock',
    wrong: 'That passphrase is not right. Check it and try again.',
    unavailable: 'This browser cannot open the report: it needs a current browser and a secure (https) connection.',
    outdated: 'This page was sealed by an older version of the site and cannot be opened. Ask your agency for a fresh link.',
  },
  summary: {
    targets: (met: number, total: number, p: Plural) => p(total, { one: `${met} of ${total} target was met.`, other: `${met} of ${total} targets were met.` }),
    noTargets: 'No targets are set for this period.',
    improved: (kpi: string, change: string) => `The biggest improvement was ${kpi} (${change}).`,
    dropped: (kpi: string, change: string) => `The biggest drop was ${kpi} (${change}).`,
    steady: 'No KPI changed by more than a rounding step since the previous period.',
    noComparisons: 'There is no previous period to compare with yet.',
  },
  citation: {
    noData: (reason: string) => `no data (${reason})`,
    noChange: (reason: string) => `no change to show (${reason})`,
    noTarget: 'no target set',
    met: 'met',
    missed: 'missed',
  },
};

/** The shape every catalogue has: en's keys, each a string or a function returning one. */
export type Messages = typeof en;
