type Series = { name: string; color: string; points: { at: number; value: number }[] };
type Props = { title: string; series: Series[]; windowMs: number; now: number; unit: string };

/** A line chart in inline SVG (no chart library): the last `windowMs`, y from 0 to the largest value. */
export function OpsChart({ title, series, windowMs, now, unit }: Props) {
  const width = 600;
  const height = 160;
  const max = Math.max(1, ...series.flatMap((s) => s.points.map((p) => p.value)));
  const x = (at: number) => ((at - (now - windowMs)) / windowMs) * width;
  const y = (value: number) => height - (value / max) * (height - 10);
  return (
    <figure className="rounded-lg border border-slate-200 p-3 dark:border-slate-800">
      <figcaption className="mb-2 flex flex-wrap items-baseline gap-3 text-sm font-medium">
        {title}
        {series.map((s) => (
          <span key={s.name} className="text-xs font-normal" style={{ color: s.color }}>— {s.name}</span>
        ))}
        <span className="ml-auto text-xs font-normal text-slate-500">max {max.toFixed(1)} {unit}, last {Math.round(windowMs / 60_000)} min</span>
      </figcaption>
      <svg viewBox={`0 0 ${width} ${height}`} preserveAspectRatio="none" className="h-40 w-full" role="img" aria-label={`${title}, last ${Math.round(windowMs / 60_000)} minutes`}>
        <line x1="0" y1={height} x2={width} y2={height} vectorEffect="non-scaling-stroke" className="stroke-slate-300 dark:stroke-slate-700" />
        {series.map((s) => (
          <polyline key={s.name} fill="none" stroke={s.color} strokeWidth="2" vectorEffect="non-scaling-stroke"
            points={s.points.map((p) => `${x(p.at).toFixed(1)},${y(p.value).toFixed(1)}`).join(" ")} />
        ))}
      </svg>
    </figure>
  );
}
