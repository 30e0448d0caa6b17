/**
 * The report's only island: draws each figure's chart from the JSON beside its canvas, when the
 * figure comes near the viewport (so a phone opening the report spends its first seconds on the
 * tiles, not on seven charts below the fold), and every chart at once before printing. Registers
 * just the chart.js parts the two chart kinds use. The server-rendered table stays the no-JS,
 * screen-reader and fallback view; once the island runs, the table is only visually hidden.
 * Every word it draws comes from the spec (the server's catalogue), every colour from CSS.
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  type ActiveElement,
  type ChartConfiguration,
  type Plugin,
  type Tick,
} from 'chart.js';
import { tickLabels, type TickAxis } from '../../lib/reports/chart-ticks';
import type { BreakdownChart, TrendChart } from '../../lib/reports/report-view';

// No Legend plugin: legends are server-rendered HTML beside each chart (lighter, and readable
// without JS). No Tooltip plugin either (5 KB gzip, a tenth of the page's budget): the readout
// below shows the hovered or tapped value with chart.js's own hit testing.
Chart.register(LineController, LineElement, PointElement, BarController, BarElement, CategoryScale, LinearScale);

type Spec = TrendChart | BreakdownChart;

const FIGURES = 'figure[data-chart]:not([data-drawn])';
/** Start drawing a little before a chart scrolls in, so it is there when it arrives. */
const AHEAD = '200px 0px';
const print = matchMedia('print');
let observer: IntersectionObserver | undefined;

/**
 * Gets every figure not drawn yet ready to draw: now when printing, else once it nears the
 * viewport. Call again when figures arrive (a passphrase page after `rolebook:decrypted`).
 */
export function watchCharts(root: ParentNode = document): void {
  const figures = [...root.querySelectorAll<HTMLElement>(FIGURES)];
  // The canvas takes the table's place now, before anything is drawn: a chart drawn while the
  // reader scrolls then fills a box that is already there instead of pushing the page down.
  figures.forEach(reserve);
  if (print.matches || !('IntersectionObserver' in window)) return drawAll();
  observer ??= new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        observer!.unobserve(entry.target);
        queue(entry.target as HTMLElement);
      }
    },
    { rootMargin: AHEAD },
  );
  figures.forEach((figure) => observer!.observe(figure));
}

/** Paper gets every chart, drawn at once and without animation, at the paper's width. */
export function drawAll(): void {
  document.querySelectorAll<HTMLElement>(FIGURES).forEach((figure) => draw(figure, false));
  for (const chart of Object.values(Chart.instances)) chart.resize();
}

addEventListener('beforeprint', drawAll);
print.addEventListener('change', (event) => event.matches && drawAll());

const waiting: HTMLElement[] = [];

/** One chart per task: seven charts built in one go would block the main thread for one long task. */
function queue(figure: HTMLElement): void {
  if (waiting.push(figure) === 1) setTimeout(next);
}

function next(): void {
  const figure = waiting.shift();
  if (figure) draw(figure, !matchMedia('(prefers-reduced-motion: reduce)').matches);
  if (waiting.length > 0) setTimeout(next);
}

function reserve(figure: HTMLElement): void {
  figure.querySelector<HTMLElement>('.canvas-box')!.hidden = false;
  figure.querySelector('.chart-table')?.classList.add('visually-hidden');
}

function draw(figure: HTMLElement, animate: boolean): void {
  if (figure.hasAttribute('data-drawn')) return;
  figure.dataset.drawn = '';
  const canvas = figure.querySelector('canvas');
  const json = figure.querySelector('script[type="application/json"]');
  try {
    const spec = JSON.parse(json!.textContent!) as Spec;
    const theme = themeOf(figure);
    const config = spec.kind === 'trend' ? trendConfig(spec, theme) : breakdownConfig(spec, theme);
    config.options = { ...config.options, animation: animate ? { duration: 400 } : false, responsive: true, maintainAspectRatio: false };
    new Chart(canvas!, config);
  } catch (error) {
    // The table is the chart's content: if drawing fails, the reader gets it back.
    figure.querySelector<HTMLElement>('.canvas-box')!.hidden = true;
    figure.querySelector('.chart-table')?.classList.remove('visually-hidden');
    throw error;
  }
}

interface Theme {
  palette: string[];
  target: string;
  text: string;
  grid: string;
  background: string;
  font: string;
}

/** The chart colours of the figure's scheme (light, dark, a client's accent as series 1), from CSS. */
function themeOf(figure: HTMLElement): Theme {
  const css = getComputedStyle(figure);
  const color = (name: string) => css.getPropertyValue(name).trim() || '#555';
  const theme = {
    palette: [1, 2, 3, 4, 5, 6].map((i) => color(`--chart-${i}`)),
    target: color('--chart-target'),
    text: color('--chart-text'),
    grid: color('--chart-grid'),
    background: color('--bg'),
    font: css.fontFamily,
  };
  Chart.defaults.color = theme.text;
  Chart.defaults.borderColor = theme.grid;
  Chart.defaults.font.family = theme.font;
  return theme;
}

/** Labels for a value axis, computed once per set of ticks chart.js asks about. */
function axisTicks(axis: TickAxis): (value: number | string, index: number, ticks: Tick[]) => string {
  let seen: Tick[] | undefined;
  let labels: string[] = [];
  return (_value, index, ticks) => {
    if (ticks !== seen)
      labels = tickLabels(
        ticks.map((tick) => tick.value),
        axis,
      );
    seen = ticks;
    return labels[index] ?? '';
  };
}

function trendConfig(spec: TrendChart, theme: Theme): ChartConfiguration {
  const line = theme.palette[0]!;
  const datasets: ChartConfiguration<'line'>['data']['datasets'] = [
    { label: spec.title, data: spec.values, borderColor: line, backgroundColor: line, pointRadius: 3, spanGaps: false, tension: 0.2 },
  ];
  if (spec.target) {
    datasets.push({
      label: spec.target.label,
      data: spec.values.map(() => spec.target!.value),
      borderColor: theme.target,
      borderDash: [6, 4],
      pointRadius: 0,
      pointHoverRadius: 0,
      borderWidth: 1.5,
    });
  }
  return {
    type: 'line',
    data: { labels: spec.labels, datasets },
    options: {
      scales: {
        x: { grid: { display: false } },
        y: { ticks: { callback: axisTicks(spec.axis) }, title: { display: Boolean(spec.axis.title), text: spec.axis.title } },
      },
      interaction: { mode: 'index', intersect: false },
    },
    plugins: [
      readout(([item]) => `${spec.periods[item!.index]}: ${spec.texts[item!.index]}`, theme),
      ...(spec.target ? [targetLabel(spec.target, spec.values, theme)] : []),
    ],
  };
}

/**
 * The value under the pointer (or finger), in a box beside it: the month and its formatted value
 * from the spec. chart.js's core already tracks the hovered elements and redraws when they change.
 */
function readout(text: (items: ActiveElement[]) => string, theme: Theme): Plugin {
  return {
    id: 'readout',
    afterDraw(chart) {
      const items = chart.getActiveElements();
      if (items.length === 0) return;
      const { ctx, chartArea: area, width } = chart;
      const line = text(items);
      const { x, y } = items[0]!.element;
      const size = 12;
      ctx.save();
      ctx.font = `${size}px ${theme.font}`;
      const w = ctx.measureText(line).width + 12;
      const h = size + 10;
      const left = Math.min(Math.max(0, x - w / 2), width - w);
      const top = Number.isFinite(y) && y - h - 8 >= area.top ? y - h - 8 : Math.min(area.bottom - h, (Number.isFinite(y) ? y : area.top) + 8);
      ctx.fillStyle = theme.background;
      ctx.strokeStyle = theme.grid;
      ctx.fillRect(left, top, w, h);
      ctx.strokeRect(left + 0.5, top + 0.5, w - 1, h - 1);
      ctx.fillStyle = theme.text;
      ctx.textBaseline = 'middle';
      ctx.fillText(line, left + 6, top + h / 2);
      ctx.restore();
    },
  };
}

/**
 * Writes "Target 4.5%" at the right end of the dashed line, on the side away from the latest
 * value (the point nearest the label), and inside the plot when the line runs along an edge.
 */
function targetLabel(target: NonNullable<TrendChart['target']>, values: (number | null)[], theme: Theme): Plugin<'line'> {
  const latest = values.findLast((v) => v !== null);
  return {
    id: 'targetLabel',
    afterDatasetsDraw({ ctx, chartArea: area, scales }) {
      const y = scales.y!.getPixelForValue(target.value);
      const size = 12;
      let above = latest === undefined || latest === null || latest <= target.value;
      if (above && y - size - 4 < area.top) above = false;
      if (!above && y + size + 4 > area.bottom) above = true;
      ctx.save();
      ctx.font = `600 ${size}px ${theme.font}`;
      ctx.fillStyle = theme.target;
      ctx.textAlign = 'right';
      ctx.textBaseline = above ? 'bottom' : 'top';
      // A halo of the background keeps the label readable where the series line crosses it.
      ctx.strokeStyle = theme.background;
      ctx.lineWidth = 3;
      ctx.lineJoin = 'round';
      ctx.strokeText(target.label, area.right - 2, above ? y - 3 : y + 3);
      ctx.fillText(target.label, area.right - 2, above ? y - 3 : y + 3);
      ctx.restore();
    },
  };
}

function breakdownConfig(spec: BreakdownChart, theme: Theme): ChartConfiguration {
  return {
    type: 'bar',
    data: {
      labels: spec.labels,
      datasets: spec.platforms.map((platform, i) => ({
        label: platform,
        data: spec.shares[i]!,
        backgroundColor: theme.palette[i % theme.palette.length],
      })),
    },
    options: {
      indexAxis: 'y',
      scales: { x: { stacked: true, max: 1, ticks: { callback: axisTicks(spec.axis) } }, y: { stacked: true, grid: { display: false } } },
      interaction: { mode: 'nearest', intersect: true },
    },
    plugins: [
      readout(([item]) => `${spec.labels[item!.index]}, ${spec.platforms[item!.datasetIndex]}: ${spec.texts[item!.datasetIndex]![item!.index]}`, theme),
    ],
  };
}
