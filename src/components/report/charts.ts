/**
 * The report's only island: draws each figure's chart from the JSON beside its canvas. Registers
 * just the chart.js parts the two chart kinds use. The server-rendered table stays the no-JS,
 * screen-reader and fallback view; once a chart is drawn, the table is only visually hidden.
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
  Tooltip,
  type ChartConfiguration,
} from 'chart.js';
import type { BreakdownChart, TrendChart } from '../../lib/reports/report-view';

// No Legend plugin: legends are server-rendered HTML beside each chart (lighter, and readable without JS).
Chart.register(LineController, LineElement, PointElement, BarController, BarElement, CategoryScale, LinearScale, Tooltip);

type Spec = TrendChart | BreakdownChart;

export function drawCharts(root: ParentNode = document): void {
  const css = getComputedStyle(document.body);
  const color = (name: string) => css.getPropertyValue(name).trim() || '#555';
  const palette = ['--chart-1', '--chart-2', '--chart-3', '--chart-4', '--chart-5', '--chart-6'].map(color);
  Chart.defaults.color = color('--chart-text');
  Chart.defaults.borderColor = color('--chart-grid');
  Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;
  const reduceMotion = matchMedia('(prefers-reduced-motion: reduce)').matches;
  const locale = document.body.dataset.locale || undefined;

  for (const figure of root.querySelectorAll<HTMLElement>('figure[data-chart]:not([data-drawn])')) {
    const canvas = figure.querySelector('canvas');
    const json = figure.querySelector('script[type="application/json"]');
    if (!canvas || !json?.textContent) continue;
    const spec = JSON.parse(json.textContent) as Spec;
    const config = spec.kind === 'trend' ? trendConfig(spec, palette[0]!, color('--chart-target'), locale) : breakdownConfig(spec, palette);
    config.options = { ...config.options, animation: reduceMotion ? false : { duration: 400 }, responsive: true, maintainAspectRatio: false };
    figure.querySelector<HTMLElement>('.canvas-box')!.hidden = false;
    new Chart(canvas, config);
    figure.dataset.drawn = '';
    // The table stays for screen readers (and as the no-JS view) but leaves the screen.
    figure.querySelector('.chart-table')?.classList.add('visually-hidden');
  }
}

function trendConfig(spec: TrendChart, line: string, target: string, locale?: string): ChartConfiguration {
  const tick = tickFormatter(spec.unit, locale);
  const datasets: ChartConfiguration<'line'>['data']['datasets'] = [
    { label: spec.title, data: spec.values, borderColor: line, backgroundColor: line, pointRadius: 3, spanGaps: false, tension: 0.2 },
  ];
  if (spec.target) {
    datasets.push({ label: `Target ${spec.target.text}`, data: spec.values.map(() => spec.target!.value), borderColor: target, borderDash: [6, 4], pointRadius: 0, borderWidth: 1.5 });
  }
  return {
    type: 'line',
    data: { labels: spec.labels, datasets },
    options: {
      scales: { y: { ticks: { callback: (value) => tick(Number(value)) } } },
      plugins: {
        tooltip: { callbacks: { title: (items) => spec.periods[items[0]!.dataIndex] ?? '', label: (item) => (item.datasetIndex === 0 ? spec.texts[item.dataIndex] ?? '' : `Target ${spec.target?.text ?? ''}`) } },
      },
    },
  };
}

function breakdownConfig(spec: BreakdownChart, palette: string[]): ChartConfiguration {
  return {
    type: 'bar',
    data: {
      labels: spec.labels,
      datasets: spec.platforms.map((platform, i) => ({
        label: platform,
        data: spec.shares[i]!.map((share) => (share === null ? null : share * 100)),
        backgroundColor: palette[i % palette.length],
      })),
    },
    options: {
      indexAxis: 'y',
      scales: { x: { stacked: true, max: 100, ticks: { callback: (value) => `${value}%` } }, y: { stacked: true } },
      plugins: { tooltip: { callbacks: { label: (item) => `${spec.platforms[item.datasetIndex]}: ${spec.texts[item.datasetIndex]![item.dataIndex]}` } } },
    },
  };
}

function tickFormatter(unit: TrendChart['unit'], locale?: string): (value: number) => string {
  const compact = new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 });
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  if (unit === 'percent') return (v) => percent.format(v);
  if (unit === 'ratio') return (v) => `${compact.format(v)}×`;
  return (v) => compact.format(v);
}
