// The chart's observability pieces (docs/OPERATIONS.md): the Grafana dashboard ConfigMap, the
// PrometheusRule, the PodMonitor, scrape annotations and the operator view's read-only Role. Every
// metric a panel or an alert queries must be one the code exports: the names are read from
// functions/Core/Telemetry/TodoMetrics.cs and functions/Workers/Health (Observability.Tests checks the
// same names against a real scrape), runtime metrics are the System.Runtime meter's `system_runtime_dotnet_*`, and `kube_*` come from kube-state-metrics.
import { test, describe } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { render, appChart, repoRoot } from "./lib/helm.mjs";
import { byKind, podTemplates } from "./lib/objects.mjs";

const everything = ["--set", "metrics.grafanaDashboard.enabled=true", "--set", "metrics.prometheusRule.enabled=true",
  "--set", "metrics.podMonitor.enabled=true", "--set", "operatorView.kubernetes.enabled=true"];
const defaults = render(appChart, []);
const on = render(appChart, everything);

/** Metric families the code defines (counters keep their _total; histograms add _bucket/_sum/_count). */
function exportedMetrics() {
  const sources = [path.join(repoRoot, "functions/Core/Telemetry/TodoMetrics.cs"),
    ...readdirSync(path.join(repoRoot, "functions/Workers/Health")).map((f) => path.join(repoRoot, "functions/Workers/Health", f))];
  const names = new Set();
  for (const file of sources) {
    const text = readFileSync(file, "utf8");
    for (const m of text.matchAll(/"(todo_[a-z0-9_]+)"/g)) names.add(m[1]);
  }
  for (const name of [...names]) for (const suffix of ["_bucket", "_sum", "_count"]) names.add(name + suffix);
  return names;
}

/** Metric names a PromQL expression selects: identifiers directly followed by a label selector. */
const metricsIn = (expr) => [...expr.matchAll(/([a-zA-Z_:][a-zA-Z0-9_:]*)\{/g)].map((m) => m[1]);

function assertKnown(expr, where) {
  const exported = exportedMetrics();
  const names = metricsIn(expr);
  assert.ok(names.length > 0, `${where}: no metric selected in ${expr}`);
  for (const name of names) {
    const known = exported.has(name) || name.startsWith("system_runtime_dotnet_") || name.startsWith("kube_");
    assert.ok(known, `${where}: ${name} is not exported by the code (${expr})`);
  }
}

describe("off by default", () => {
  test("no dashboard, rule, monitor or Role; no pod mounts a token", () => {
    assert.equal(defaults.filter((o) => o.metadata?.labels?.grafana_dashboard).length, 0);
    for (const kind of ["PrometheusRule", "PodMonitor", "Role", "RoleBinding"]) assert.equal(byKind(defaults, kind).length, 0, kind);
    for (const { owner, spec } of podTemplates(defaults)) assert.equal(spec.automountServiceAccountToken, false, owner.metadata.name);
  });
  test("the HTTP pods are annotated for scraping on their metrics port, and log JSON", () => {
    const http = byKind(defaults, "Deployment").find((d) => d.metadata.labels["app.kubernetes.io/component"] === "http");
    const annotations = http.spec.template.metadata.annotations;
    assert.equal(annotations["prometheus.io/scrape"], "true");
    const container = http.spec.template.spec.containers[0];
    const port = container.ports.find((p) => p.name === "metrics");
    assert.equal(String(port.containerPort), annotations["prometheus.io/port"]);
    assert.equal(container.env.find((e) => e.name === "Telemetry__MetricsPort").value, String(port.containerPort));
    const config = byKind(defaults, "ConfigMap").find((c) => c.data?.Logging__Format);
    assert.equal(config.data.Logging__Format, "json");
  });
});

describe("Grafana dashboard", () => {
  const configMap = on.find((o) => o.kind === "ConfigMap" && o.metadata.labels?.grafana_dashboard === "1");
  test("is a ConfigMap labelled grafana_dashboard: \"1\" whose JSON parses", () => {
    assert.ok(configMap, "no dashboard ConfigMap");
    const dashboard = JSON.parse(configMap.data["todo-functions.json"]);
    assert.equal(dashboard.uid, "todo-functions");
  });
  test("has the panels an operator needs", () => {
    const titles = JSON.parse(configMap.data["todo-functions.json"]).panels.map((p) => p.title);
    for (const wanted of [/accepted vs applied per second/i, /backlog per queue/i, /replicas per worker deployment/i, /p50.*p99/i, /error-queue size/i]) {
      assert.ok(titles.some((t) => wanted.test(t)), `no panel matching ${wanted}: ${titles.join(", ")}`);
    }
  });
  test("every panel queries only metrics the code exports", () => {
    for (const panel of JSON.parse(configMap.data["todo-functions.json"]).panels) {
      assert.ok(panel.targets.length > 0, panel.title);
      for (const target of panel.targets) assertKnown(target.expr, `panel "${panel.title}"`);
    }
  });
  test("the check can fail: an unknown metric is refused", () => {
    assert.throws(() => assertKnown('sum(rate(todo_commands_acepted_total{namespace="x"}[1m]))', "typo"));
  });
});

describe("PrometheusRule", () => {
  const [rule] = byKind(on, "PrometheusRule");
  const alerts = () => rule.spec.groups.flatMap((g) => g.rules);
  test("alerts on a growing backlog (10 min), any error-queue message, failing readiness and a high p99", () => {
    const names = alerts().map((a) => a.alert);
    assert.deepEqual(names.sort(), ["TodoBacklogGrowing", "TodoEndToEndP99High", "TodoErrorQueueNotEmpty", "TodoReadinessFailing"]);
    assert.equal(alerts().find((a) => a.alert === "TodoBacklogGrowing").for, "10m");
    assert.match(alerts().find((a) => a.alert === "TodoEndToEndP99High").expr, /> 5$/);
    const custom = byKind(render(appChart, [...everything, "--set-json", "metrics.prometheusRule.p99Seconds=2.5"]), "PrometheusRule")[0];
    assert.match(custom.spec.groups[0].rules.find((a) => a.alert === "TodoEndToEndP99High").expr, /> 2\.5$/);
  });
  test("every alert queries only metrics the code exports, in this release's namespace", () => {
    for (const a of alerts()) {
      assertKnown(a.expr, a.alert);
      assert.match(a.expr, /namespace="todo"/, a.alert); // the release namespace the checks render into
    }
  });
});

describe("scraping and the operator view's Role", () => {
  test("the PodMonitor scrapes the HTTP metrics port and the workers' health port", () => {
    const [monitor] = byKind(on, "PodMonitor");
    assert.deepEqual(monitor.spec.podMetricsEndpoints.map((e) => e.port).sort(), ["health", "metrics"]);
  });
  test("the Role reads Deployments and nothing else, bound to the HTTP functions' ServiceAccount", () => {
    const [role] = byKind(on, "Role");
    assert.deepEqual(role.rules, [{ apiGroups: ["apps"], resources: ["deployments"], verbs: ["get", "list"] }]);
    const [binding] = byKind(on, "RoleBinding");
    assert.equal(binding.roleRef.name, role.metadata.name);
    const http = byKind(on, "Deployment").find((d) => d.metadata.labels["app.kubernetes.io/component"] === "http");
    assert.equal(binding.subjects[0].name, http.spec.template.spec.serviceAccountName);
    assert.equal(http.spec.template.spec.automountServiceAccountToken, true);
    for (const { owner, spec } of podTemplates(on)) {
      if (owner !== http) assert.equal(spec.automountServiceAccountToken, false, owner.metadata.name);
    }
  });
});
