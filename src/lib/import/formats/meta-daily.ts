/**
 * Meta Business Suite's daily series (Insights → Overview/Results → Export, CSV): UTF-16 LE with a
 * BOM, then
 *   sep=,
 *   "Facebook reach"                  ← the series' name, often with the platform
 *   "Date","Primary"
 *   "2024-09-01T00:00:00","1234"      ← a time of T01:00:00 on some days: a time-zone shift, same day
 * An export of two metrics repeats the name and the header for the second series (tab-separated
 * and CRLF in some exports), and a spreadsheet that re-saved it leaves semicolons and no `sep=`
 * line: read-table.ts sets each series apart as a section. A value column named other than
 * "Primary" names its own series. The metric comes from the series' name; so does the platform
 * when the name starts with "Facebook" or "Instagram", otherwise --platform says it.
 */
import { columnIndex, normalizeHeader, REASON, type ColumnPlan, type Ignored, type ImportFormat, type Source } from '../format.ts';

const DATE = ['Date', 'Datum', 'Fecha', 'Data'];
const PRIMARY = ['Primary', 'Primär', 'Principal', 'Primario'];

/** Series names → metrics, tried in order on the name without its platform. */
const SERIES: readonly { pattern: RegExp; metric?: string; ignore?: string }[] = [
  { pattern: /unfollow|dejaron de seguir|entfolgt|desabonnements/, ignore: 'people who stopped following, not the follower total' },
  // Follows gained each day: a flow, unlike the audience on each day below.
  {
    pattern: /\bfollows$|\bnew (followers|follows|fans|page likes|likes)\b|neue follower|nuevos seguidores|seguimientos|nouveaux abonn/,
    metric: 'new_followers',
  },
  { pattern: /reach|reichweite|alcance|couverture/, metric: 'reach' },
  { pattern: /impression|impresion|^views$|aufrufe|visualizaciones|^vues$/, metric: 'impressions' },
  { pattern: /interaction|interaktion|interaccion|engagement/, metric: 'engagements' },
  { pattern: /reaction|reaktion|reaccion/, metric: 'likes' },
  { pattern: /comment|kommentar|comentario/, metric: 'comments' },
  { pattern: /share|geteilt|compartid|partage/, metric: 'shares' },
  { pattern: /link ?cli[ck]+s?|linkklick|clics en el enlace/, metric: 'clicks' },
  // "Facebook Page likes" and "Instagram followers" are the audience on each day: a stock.
  { pattern: /follower|seguidores|abonnes|page likes|fans/, metric: 'followers' },
];

const PLATFORM = /\b(facebook|instagram)\b/i;

export const metaDaily: ImportFormat = {
  id: 'meta-daily',
  name: 'Meta Business Suite: daily series',
  signature: 'a "sep=," line, the metric\'s name, then "Date","Primary" (usually UTF-16), once per series',
  platformHint: ['facebook', 'instagram'],
  matches(table) {
    const cells = table.header.filter((cell) => cell !== '');
    return cells.length >= 2 && columnIndex(cells, DATE) === 0 && columnIndex(cells, PRIMARY) === 1;
  },
  plan(table): ColumnPlan {
    const dateIndex = columnIndex(table.header, DATE);
    const date = { index: dateIndex, label: table.header[dateIndex]! };
    const several = table.sections.length > 1;
    const sources: Source[] = [];
    const ignored: Ignored[] = [];
    const platforms = new Set<string | undefined>();
    table.sections.forEach((section, index) => {
      table.header.forEach((column, at) => {
        if (at === dateIndex || column === '') return;
        const primary = columnIndex([column], PRIMARY) === 0;
        const name = primary ? section.title : column;
        if (!name) {
          ignored.push({ label: column, reason: 'a series without a name (the line above "Date","Primary" is missing), so its metric is unknown' });
          return;
        }
        const platform = PLATFORM.exec(name)?.[1]?.toLowerCase();
        // The platform may stand anywhere in the name ("New Facebook Page likes").
        const series = SERIES.find((s) =>
          s.pattern.test(
            normalizeHeader(name)
              .replace(/\b(facebook|instagram)\b/g, ' ')
              .replace(/\s+/g, ' ')
              .trim(),
          ),
        );
        const label = `${column} (${name})`;
        const taken = sources.find((s) => s.metric === series?.metric && s.platform === platform);
        if (series?.metric && !taken) {
          platforms.add(platform);
          sources.push({ metric: series.metric, columns: [at], label, ...(several ? { section: index } : {}), ...(platform ? { platform } : {}) });
        } else ignored.push({ label, reason: taken ? REASON.duplicateOf(taken.label) : (series?.ignore ?? REASON.notTracked) });
      });
    });
    const plan: ColumnPlan = { date, sources, ignored, rowNoun: 'day' };
    // One platform for the whole file goes to the file; per-series platforms stay on their sources.
    if (platforms.size === 1) {
      const [only] = [...platforms];
      for (const source of sources) delete source.platform;
      if (only) plan.platform = only;
    } else if (platforms.has(undefined)) {
      plan.nothing =
        'some of its series name their platform ("Facebook …", "Instagram …") and some do not, so Rolebook cannot tell where the others belong: export them one at a time and pass --platform for those that do not say it';
    }
    if (sources.length === 0)
      plan.nothing ??=
        ignored.length === 1
          ? `its series "${/\((.*)\)$/.exec(ignored[0]!.label)?.[1] ?? ignored[0]!.label}" is ${ignored[0]!.reason}`
          : 'none of its series is a metric Rolebook tracks';
    return plan;
  },
};
