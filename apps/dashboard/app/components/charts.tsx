/** Server-rendered SVG charts: no client JS, each with a text alternative (table or list). */

const fmt = new Intl.NumberFormat('en');

export interface SeriesPoint {
  day: string;
  views: number;
  visitors: number;
  clicks: number;
}

const seriesColors = [
  { key: 'views', color: '#4f46e5' },
  { key: 'visitors', color: '#0d9488' },
  { key: 'clicks', color: '#db2777' },
] as const;

/** The series' names come from core's figure definitions (through the loader), like the cards'. */
export type SeriesLabels = Record<(typeof seriesColors)[number]['key'], { label: string }>;

function niceMax(v: number): number {
  if (v <= 4) return 4;
  const pow = 10 ** Math.floor(Math.log10(v));
  const n = v / pow;
  return (n <= 2 ? 2 : n <= 5 ? 5 : 10) * pow;
}

export function TimeSeriesChart({
  points,
  title,
  labels,
}: {
  points: SeriesPoint[];
  title: string;
  labels: SeriesLabels;
}) {
  const series = seriesColors.map((s) => ({ ...s, label: labels[s.key].label }));
  const w = 720;
  const h = 240;
  const pad = { l: 40, r: 12, t: 12, b: 28 };
  const max = niceMax(Math.max(1, ...points.flatMap((p) => [p.views, p.visitors, p.clicks])));
  const x = (i: number) => pad.l + (points.length <= 1 ? 0 : (i * (w - pad.l - pad.r)) / (points.length - 1));
  const y = (v: number) => pad.t + (h - pad.t - pad.b) * (1 - v / max);
  const ticks = [0, max / 4, max / 2, (3 * max) / 4, max];
  const labelEvery = Math.max(1, Math.ceil(points.length / 6));
  return (
    <figure>
      <div className="mb-3 flex flex-wrap gap-4" aria-hidden="true">
        {series.map((s) => (
          <span key={s.key} className="flex items-center gap-1.5 text-xs font-medium text-slate-700">
            <span className="size-2.5 rounded-full" style={{ background: s.color }} />
            {s.label}
          </span>
        ))}
      </div>
      <svg viewBox={`0 0 ${w} ${h}`} className="h-auto w-full" role="img" aria-labelledby="ts-title">
        <title id="ts-title">{title}</title>
        {ticks.map((t) => (
          <g key={t}>
            <line
              x1={pad.l}
              x2={w - pad.r}
              y1={y(t)}
              y2={y(t)}
              stroke="#e2e8f0"
              strokeDasharray={t === 0 ? undefined : '3 3'}
            />
            <text x={pad.l - 6} y={y(t) + 4} textAnchor="end" fontSize="11" fill="#475569">
              {fmt.format(Math.round(t))}
            </text>
          </g>
        ))}
        {points.map((p, i) =>
          i % labelEvery === 0 || i === points.length - 1 ? (
            <text
              key={p.day}
              x={x(i)}
              y={h - 8}
              textAnchor={i === 0 ? 'start' : i === points.length - 1 ? 'end' : 'middle'}
              fontSize="11"
              fill="#475569"
            >
              {p.day.slice(5)}
            </text>
          ) : null,
        )}
        {series.map((s) => {
          const d = points
            .map((p, i) => `${i === 0 ? 'M' : 'L'}${x(i).toFixed(1)},${y(p[s.key]).toFixed(1)}`)
            .join(' ');
          return (
            <g key={s.key}>
              {s.key === 'views' && points.length > 1 ? (
                <path
                  d={`${d} L${x(points.length - 1)},${y(0)} L${x(0)},${y(0)} Z`}
                  fill={s.color}
                  opacity="0.08"
                />
              ) : null}
              <path
                d={d}
                fill="none"
                stroke={s.color}
                strokeWidth="2"
                strokeLinejoin="round"
                strokeLinecap="round"
              />
              {points.length <= 31
                ? points.map((p, i) => (
                    <circle key={p.day} cx={x(i)} cy={y(p[s.key])} r="2.5" fill={s.color} />
                  ))
                : null}
            </g>
          );
        })}
      </svg>
      <ChartTable
        title={title}
        columns={series.map((s) => s.label)}
        rows={points.map((p) => ({ day: p.day, cells: series.map((s) => fmt.format(p[s.key])) }))}
      />
    </figure>
  );
}

/** A ranked list with proportional bars — readable as a list by screen readers. */
export function BarList({
  rows,
  label,
  empty = 'No data in this range yet.',
}: {
  rows: { name: string; value: number; detail?: string }[];
  label: string;
  empty?: string;
}) {
  const max = Math.max(1, ...rows.map((r) => r.value));
  if (rows.length === 0) return <p className="py-6 text-center text-sm text-slate-600">{empty}</p>;
  return (
    <ol className="space-y-1.5" aria-label={label}>
      {rows.map((r) => (
        <li
          key={r.name}
          className="relative flex items-center justify-between gap-3 overflow-hidden rounded-md px-2.5 py-1.5 text-sm"
        >
          <span
            aria-hidden="true"
            className="absolute inset-y-0 left-0 rounded-md bg-indigo-50"
            style={{ width: `${(r.value / max) * 100}%` }}
          />
          <span className="relative min-w-0 truncate text-slate-800" title={r.detail ?? r.name}>
            {r.name}
          </span>
          <span className="relative shrink-0 font-semibold text-slate-900 tabular-nums">
            {fmt.format(r.value)}
          </span>
        </li>
      ))}
    </ol>
  );
}

export function Stat({ label, value, hint }: { label: string; value: number | string; hint?: string }) {
  return (
    <div className="rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200">
      <dt className="text-sm font-medium text-slate-600">{label}</dt>
      <dd className="mt-1 text-2xl font-semibold tracking-tight text-slate-900 tabular-nums">
        {typeof value === 'number' ? fmt.format(value) : value}
      </dd>
      {hint ? <dd className="mt-0.5 text-xs text-slate-600">{hint}</dd> : null}
    </div>
  );
}

/**
 * One figure per day as bars (revenue, orders), with a table as its text alternative. `format`
 * writes a value for people (money in its currency); the axis uses the same, rounded.
 */
export function DailyBars({
  points,
  title,
  label,
  format = (v) => fmt.format(v),
}: {
  points: { day: string; value: number }[];
  title: string;
  label: string;
  format?: (v: number) => string;
}) {
  const w = 720;
  const h = 220;
  const pad = { l: 64, r: 8, t: 12, b: 28 };
  const max = niceMax(Math.max(1, ...points.map((p) => p.value)));
  const slot = (w - pad.l - pad.r) / Math.max(1, points.length);
  const bar = Math.max(1, Math.min(28, slot * 0.7));
  const y = (v: number) => pad.t + (h - pad.t - pad.b) * (1 - v / max);
  const labelEvery = Math.max(1, Math.ceil(points.length / 6));
  const titleId = `bars-${label.replace(/\W+/g, '-').toLowerCase()}`;
  return (
    <figure>
      <svg viewBox={`0 0 ${w} ${h}`} className="h-auto w-full" role="img" aria-labelledby={titleId}>
        <title id={titleId}>{title}</title>
        {[0, max / 2, max].map((t) => (
          <g key={t}>
            <line
              x1={pad.l}
              x2={w - pad.r}
              y1={y(t)}
              y2={y(t)}
              stroke="#e2e8f0"
              strokeDasharray={t === 0 ? undefined : '3 3'}
            />
            <text x={pad.l - 6} y={y(t) + 4} textAnchor="end" fontSize="11" fill="#475569">
              {format(t)}
            </text>
          </g>
        ))}
        {points.map((p, i) => {
          const cx = pad.l + slot * i + slot / 2;
          return (
            <g key={p.day}>
              {p.value > 0 ? (
                <rect
                  x={cx - bar / 2}
                  y={y(p.value)}
                  width={bar}
                  height={Math.max(1, y(0) - y(p.value))}
                  rx="2"
                  fill="#4f46e5"
                />
              ) : null}
              {i % labelEvery === 0 || i === points.length - 1 ? (
                <text x={cx} y={h - 8} textAnchor="middle" fontSize="11" fill="#475569">
                  {p.day.slice(5)}
                </text>
              ) : null}
            </g>
          );
        })}
      </svg>
      <ChartTable
        title={title}
        columns={[label]}
        rows={points.map((p) => ({ day: p.day, cells: [format(p.value)] }))}
      />
    </figure>
  );
}

/** A chart's figures as a table, folded under it: its text alternative, and the exact numbers. */
function ChartTable({
  title,
  columns,
  rows,
}: {
  title: string;
  columns: string[];
  rows: { day: string; cells: string[] }[];
}) {
  return (
    <details className="mt-3 text-sm">
      <summary className="cursor-pointer font-medium text-indigo-700">Show as table</summary>
      <div className="mt-2 max-h-64 overflow-auto">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{title}</caption>
          <thead className="text-xs text-slate-600 uppercase">
            <tr>
              <th scope="col" className="py-1 pr-4">
                Day
              </th>
              {columns.map((c) => (
                <th key={c} scope="col" className="py-1 pr-4 text-right">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((r) => (
              <tr key={r.day}>
                <th scope="row" className="py-1 pr-4 font-normal">
                  {r.day}
                </th>
                {r.cells.map((c, i) => (
                  <td key={columns[i]} className="py-1 pr-4 text-right tabular-nums">
                    {c}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
