/**
 * Report URLs are capabilities: whoever reads one can open that client's report. Build and dev
 * logs are readable by everyone with access to the repository's CI, so they never carry one.
 */

/** A report path (`/r/<token>/…`, under any base path) inside a log line. */
const REPORT_PATH = /\/r\/[^\s/"'`]+(?:\/[^\s"'`]*)?/g;

export function mentionsReportPath(message: string): boolean {
  REPORT_PATH.lastIndex = 0;
  return REPORT_PATH.test(message);
}

/** The line with every report path replaced by `/r/…`, which names no client and no token. */
export function redactReportPaths(message: string): string {
  return message.replace(REPORT_PATH, '/r/…');
}

/** Astro's route list names each generated page: `  ├─ /r/<token>/2026-03/index.html (+3ms)`. */
const ROUTE_LINE = /^\s*[├└]─ \S+/;

export function isReportRouteLine(message: string): boolean {
  return ROUTE_LINE.test(message) && mentionsReportPath(message);
}

export function reportCountLine(count: number): string {
  return `  ├─ ${count} private report ${count === 1 ? 'file' : 'files'} (paths not logged: they are the clients' links)`;
}
