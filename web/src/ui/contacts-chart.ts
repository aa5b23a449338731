/**
 * Contacts per period as a bar chart (Chart.js, only the parts a bar chart needs, bundled by
 * vite): a y-axis of whole contacts, period ticks that thin themselves out so they never overlap
 * at any number of periods, and a tooltip naming the period in full. No animation: the chart is
 * read, not watched.
 *
 * @example
 *   const chart = contactsChart(canvas, [{ period: '2022-03-01', count: 2 }], 'MONTH');
 *   chart.destroy(); // before drawing another on the same canvas
 */
import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip } from 'chart.js';
import type { DyadBucket } from '../api/dyad-query.js';
import { periodLabel } from './period-label.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

type Interval = 'WEEK' | 'MONTH' | 'YEAR';
const UNIT: Record<Interval, string> = { WEEK: 'week', MONTH: 'month', YEAR: 'year' };

export function contactsChart(canvas: HTMLCanvasElement, buckets: DyadBucket[], interval: Interval): Chart<'bar'> {
  const ink = '#1d2433';
  const muted = '#667085';
  return new Chart(canvas, {
    type: 'bar',
    data: {
      labels: buckets.map((b) => periodLabel(b.period, interval)),
      datasets: [{ label: 'contacts', data: buckets.map((b) => b.count), backgroundColor: '#2457c5', hoverBackgroundColor: '#163a8a', maxBarThickness: 48, borderRadius: 2 }],
    },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      plugins: {
        legend: { display: false },
        tooltip: {
          callbacks: {
            title: (items) => periodLabel(buckets[items[0].dataIndex].period, interval, true),
            label: (item) => `${item.parsed.y} ${item.parsed.y === 1 ? 'contact' : 'contacts'}`,
          },
        },
      },
      scales: {
        x: {
          grid: { display: false },
          ticks: { color: muted, autoSkip: true, autoSkipPadding: 16, maxRotation: 0 },
          title: { display: true, text: UNIT[interval], color: muted },
        },
        y: {
          beginAtZero: true,
          ticks: { color: muted, precision: 0 },
          title: { display: true, text: 'contacts', color: ink },
        },
      },
    },
  });
}
