"use client";

import { useEffect, useState } from "react";
import type { ApiClient } from "@/api/client";
import { ApiError } from "@/api/problem";
import type { OpsOverview } from "@/api/types";
import { OpsChart } from "./ops-chart";

type Props = { api: ApiClient; intervalMs?: number };
type Sample = { at: number; applied: number | null; backlog: Record<string, number> };

const windowMs = 15 * 60_000;
const colors = ["#2563eb", "#16a34a", "#d97706", "#9333ea"];
const rate = (value: number | null | undefined) => (value === null || value === undefined ? "—" : value.toFixed(1));

/** The operator view: live queue, database and Deployment figures, a 15-minute chart and recent failures. */
export function OpsView({ api, intervalMs = 2_000 }: Props) {
  const [overview, setOverview] = useState<OpsOverview | null>(null);
  const [history, setHistory] = useState<Sample[]>([]);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const abort = new AbortController();
    async function poll() {
      try {
        const next = await api.opsOverview(abort.signal);
        const at = Date.parse(next.sampledAt);
        const backlog = Object.fromEntries(next.queues.filter((q) => !q.errorQueue).map((q) => [q.name, Number(q.ready)]));
        setOverview(next);
        setError(null);
        setHistory((h) => [...h.filter((s) => s.at > at - windowMs), { at, applied: next.database?.appliedPerSecond ?? null, backlog }]);
      } catch (e) {
        if (abort.signal.aborted) return;
        setError(e instanceof ApiError && e.status === 403 ? "The operator view is for operators only." : "Could not read the figures; retrying.");
      }
    }
    void poll();
    const timer = setInterval(poll, intervalMs);
    return () => { abort.abort(); clearInterval(timer); };
  }, [api, intervalMs]);

  if (!overview) return <p role="status" className="text-sm text-slate-500">{error ?? "Loading figures…"}</p>;
  const now = Date.parse(overview.sampledAt);
  const queueNames = overview.queues.filter((q) => !q.errorQueue).map((q) => q.name);
  return (
    <section aria-labelledby="ops-heading" className="space-y-4">
      <h1 id="ops-heading" className="text-lg font-semibold">Operator view</h1>
      {error && <p role="alert" className="text-sm text-red-600">{error}</p>}
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        <Figure label="Applied per second" value={rate(overview.database?.appliedPerSecond)} />
        <Figure label="Recorded commands" value={overview.database ? String(overview.database.recordedTotal) : "—"} />
        <Figure label="Parked commands" value={overview.database ? String(overview.database.parked) : "—"} />
        <Figure label="Queue figures from" value={overview.queueSource} />
      </dl>
      <table className="w-full text-left text-sm" aria-label="Queues">
        <thead className="text-xs text-slate-500">
          <tr><th className="py-1">Queue</th><th>Ready</th><th>Unacked</th><th>Consumers</th><th>Publish/s</th><th>Deliver/s</th></tr>
        </thead>
        <tbody>
          {overview.queues.map((q) => (
            <tr key={q.name} className={q.errorQueue && Number(q.ready) > 0 ? "font-semibold text-red-600" : ""}>
              <td className="py-1">{q.name}{q.exists ? "" : " (absent)"}</td>
              <td>{String(q.ready)}</td><td>{q.unacked ?? "—"}</td><td>{String(q.consumers)}</td>
              <td>{rate(q.publishRate)}</td><td>{rate(q.deliverRate)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <OpsChart title="Applied per second" unit="/s" windowMs={windowMs} now={now}
        series={[{ name: "applied/s", color: colors[0], points: history.filter((s) => s.applied !== null).map((s) => ({ at: s.at, value: s.applied! })) }]} />
      <OpsChart title="Backlog (ready messages)" unit="messages" windowMs={windowMs} now={now}
        series={queueNames.map((name, i) => ({ name, color: colors[(i + 1) % colors.length], points: history.map((s) => ({ at: s.at, value: s.backlog[name] ?? 0 })) }))} />
      {overview.deployments && (
        <table className="w-full text-left text-sm" aria-label="Worker Deployments">
          <thead className="text-xs text-slate-500"><tr><th className="py-1">Deployment</th><th>Queue</th><th>Desired</th><th>Ready</th><th>Available</th></tr></thead>
          <tbody>
            {overview.deployments.map((d) => (
              <tr key={d.name}><td className="py-1">{d.name}</td><td>{d.queue}</td><td>{d.desired}</td><td>{d.ready}</td><td>{d.available}</td></tr>
            ))}
          </tbody>
        </table>
      )}
      <h2 className="text-base font-semibold">Recent failures (15 min)</h2>
      {overview.database && overview.database.recentFailures.length > 0 ? (
        <ul aria-label="Recent failures" className="space-y-1 text-sm">
          {overview.database.recentFailures.map((f) => (
            <li key={f.commandId} className="rounded border border-slate-200 p-2 dark:border-slate-800">
              <span className="font-mono text-xs">{new Date(f.completedAt).toLocaleTimeString()}</span> {f.kind} · <strong>{f.errorCode}</strong>: {f.reason}
              <span className="block font-mono text-xs text-slate-500">{f.commandId}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-slate-500">None.</p>
      )}
    </section>
  );
}

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <div className="rounded-lg border border-slate-200 p-3 dark:border-slate-800">
      <dt className="text-xs text-slate-500">{label}</dt>
      <dd className="text-xl font-semibold tabular-nums">{value}</dd>
    </div>
  );
}
