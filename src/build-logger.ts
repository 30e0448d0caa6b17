/**
 * Astro's logger with report paths kept out. Astro lists every page it generates, and a report's
 * path is the client's private link; the list shows reports as a count instead, and any other
 * line that names a report path (a dev-server request, a warning) has the path redacted.
 */
import type { AstroLoggerDestination, AstroLoggerMessage } from 'astro';
import nodeDestination from 'astro/logger/node';
import { isReportRouteLine, mentionsReportPath, redactReportPaths, reportCountLine } from './lib/private-paths.ts';

export default function rolebookLogger(config?: Record<string, unknown>): AstroLoggerDestination {
  const node = nodeDestination(config);
  let hidden: AstroLoggerMessage | undefined;
  let count = 0;
  // Astro writes a route line in two parts: the path, then its timing and the line break.
  let skipContinuation = false;
  const flush = () => {
    if (!hidden) return;
    node.write({ ...hidden, message: reportCountLine(count), newLine: true });
    hidden = undefined;
    count = 0;
  };
  return {
    write(event) {
      if (skipContinuation) {
        skipContinuation = false;
        return;
      }
      if (isReportRouteLine(event.message)) {
        hidden ??= event;
        count += 1;
        skipContinuation = !event.newLine;
        return;
      }
      flush();
      node.write(mentionsReportPath(event.message) ? { ...event, message: redactReportPaths(event.message) } : event);
    },
    flush,
  };
}
