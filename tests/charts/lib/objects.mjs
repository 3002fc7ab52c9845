// Helpers over rendered objects: pod templates, containers, label selectors, hooks.

export const isHook = (o) => Boolean(o.metadata?.annotations?.["helm.sh/hook"]);

/** Every pod template in the rendered objects, with the object that owns it. */
export function podTemplates(objects) {
  const result = [];
  for (const o of objects) {
    const spec =
      o.kind === "Pod" ? { metadata: o.metadata, spec: o.spec }
      : o.kind === "CronJob" ? o.spec?.jobTemplate?.spec?.template
      : o.kind === "ScaledJob" ? o.spec?.jobTargetRef?.template
      : ["Deployment", "StatefulSet", "Job", "DaemonSet"].includes(o.kind) ? o.spec?.template
      : undefined;
    if (spec) result.push({ owner: o, labels: spec.metadata?.labels ?? {}, spec: spec.spec });
  }
  return result;
}

export const longRunning = (owner) => ["Deployment", "StatefulSet"].includes(owner.kind);

/** Does a LabelSelector (matchLabels + matchExpressions) select these labels? */
export function selects(selector, labels) {
  if (!selector) return false;
  for (const [k, v] of Object.entries(selector.matchLabels ?? {})) if (labels[k] !== v) return false;
  for (const e of selector.matchExpressions ?? []) {
    const has = Object.hasOwn(labels, e.key);
    if (e.operator === "In" && !(has && e.values.includes(labels[e.key]))) return false;
    if (e.operator === "NotIn" && has && e.values.includes(labels[e.key])) return false;
    if (e.operator === "Exists" && !has) return false;
    if (e.operator === "DoesNotExist" && has) return false;
  }
  return true;
}

/** Service.spec.selector is a plain map. */
export const mapSelects = (map, labels) => Object.entries(map ?? {}).every(([k, v]) => labels[k] === v);

export const byKind = (objects, kind) => objects.filter((o) => o.kind === kind);

/** Seconds of a .NET TimeSpan `hh:mm:ss`. */
export function timeSpanSeconds(text) {
  const [h, m, s] = text.split(":").map(Number);
  return h * 3600 + m * 60 + s;
}

export const workerDeployments = (objects) =>
  byKind(objects, "Deployment").filter((d) => d.metadata.labels?.["app.kubernetes.io/component"] === "worker");

/** The queue a worker pod consumes: the value after `--queues`. */
export function queueOf(podSpec) {
  const args = podSpec.containers[0].args ?? [];
  const i = args.indexOf("--queues");
  return i >= 0 ? args[i + 1] : undefined;
}
