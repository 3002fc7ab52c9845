// The chart and the processes agree: the real worker process, started with the args, environment and
// ports the rendered manifests give it, answers the probes those manifests configure; the migrations
// Job's command migrates; the backup CronJob's script dumps and rotates. Needs the Release build and the throwaway servers that tests/run.sh starts
// (TEST_POSTGRES, TEST_RABBITMQ, TEST_RABBITMQ_DIR); skipped without them.
import { test, describe, after } from "node:test";
import assert from "node:assert/strict";
import { spawn, execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { render, appChart, repoRoot } from "./lib/helm.mjs";
import { byKind, workerDeployments, queueOf } from "./lib/objects.mjs";

const { TEST_POSTGRES, TEST_RABBITMQ, TEST_RABBITMQ_DIR } = process.env;
const servers = Boolean(TEST_POSTGRES && TEST_RABBITMQ && TEST_RABBITMQ_DIR);
const workerDll = path.join(repoRoot, "functions/Workers/bin/Release/net10.0/TodoFunctions.Workers.dll");
const vhost = "charts-probes";
const database = "charts_probes";

const freePort = () => new Promise((resolve) => {
  const server = net.createServer().listen(0, "127.0.0.1", () => { const { port } = server.address(); server.close(() => resolve(port)); });
});

/** The environment a container gets: ConfigMap envFrom, literal values, and Secret refs resolved to the test servers. */
function containerEnv(objects, container, secrets) {
  const env = {};
  for (const from of container.envFrom ?? []) {
    const cm = byKind(objects, "ConfigMap").find((c) => c.metadata.name === from.configMapRef?.name);
    Object.assign(env, cm?.data ?? {});
  }
  for (const e of container.env ?? []) {
    if ("value" in e) env[e.name] = e.value;
    else if (e.valueFrom?.secretKeyRef && secrets[e.name] !== undefined) env[e.name] = secrets[e.name];
    else if (!e.valueFrom?.secretKeyRef?.optional) throw new Error(`no test value for ${e.name}`);
  }
  return env;
}

const started = [];
after(() => { for (const p of started) if (p.exitCode === null) p.kill("SIGKILL"); });

function start(args, env) {
  const child = spawn("dotnet", [workerDll, ...args], { env: { ...process.env, ...env, DOTNET_ENVIRONMENT: "Production" }, stdio: ["ignore", "pipe", "pipe"] });
  child.output = "";
  child.stdout.on("data", (d) => { child.output += d; });
  child.stderr.on("data", (d) => { child.output += d; });
  child.exited = new Promise((resolve) => child.on("exit", (code, signal) => resolve({ code, signal })));
  started.push(child);
  return child;
}

async function get(port, probePath) {
  try {
    const response = await fetch(`http://127.0.0.1:${port}${probePath}`, { signal: AbortSignal.timeout(3000) });
    return { status: response.status, body: await response.text() };
  } catch {
    return { status: 0, body: "" };
  }
}

async function waitFor(port, probePath, status, seconds, child) {
  const deadline = Date.now() + seconds * 1000;
  let last;
  while (Date.now() < deadline) {
    last = await get(port, probePath);
    if (last.status === status) return last;
    if (child.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  assert.fail(`${probePath} did not answer ${status} within ${seconds} s (last ${last?.status}); worker output:\n${child.output.slice(-3000)}`);
}

describe("the worker answers the probes the chart gives it", () => {
  if (!servers) {
    test("real worker process against PostgreSQL and RabbitMQ", { skip: "needs TEST_POSTGRES, TEST_RABBITMQ and TEST_RABBITMQ_DIR (tests/run.sh)" }, () => {});
    return;
  }
  const rabbitmqScript = path.join(repoRoot, "tests/servers/rabbitmq.sh");
  const secrets = {
    ConnectionStrings__Todo: TEST_POSTGRES?.replace(/Database=[^;]*/i, `Database=${database}`),
    ConnectionStrings__RabbitMQ: `${TEST_RABBITMQ?.replace(/\/$/, "")}/${vhost}`,
  };

  test("the migrations Job's command migrates the database", async () => {
    assert.ok(existsSync(workerDll), `${workerDll} is missing: build the solution in Release first`);
    for (const args of [["add_vhost", vhost], ["set_permissions", "-p", vhost, "guest", ".*", ".*", ".*"]]) {
      try { execFileSync(rabbitmqScript, ["ctl", TEST_RABBITMQ_DIR, ...args], { stdio: "pipe" }); } catch (e) { if (!/already exists/.test(String(e.stderr))) throw e; }
    }
    const objects = render(appChart, []);
    const job = byKind(objects, "Job").find((j) => j.metadata.labels["app.kubernetes.io/component"] === "migrations");
    const container = job.spec.template.spec.containers[0];
    const child = start(container.args, containerEnv(objects, container, secrets));
    const { code } = await child.exited;
    assert.equal(code, 0, child.output.slice(-3000));
    assert.match(child.output, /up to date/i);
  });

  for (const key of ["todo-commands", "chat-commands"]) {
    test(`${key}: startup, liveness and readiness probes answer 200; SIGTERM ends it within the grace period`, async () => {
      const port = await freePort();
      const objects = render(appChart, ["--set", `workerDefaults.healthPort=${port}`]);
      const deployment = workerDeployments(objects).find((d) => d.metadata.labels["todo-functions.io/worker"] === key);
      const pod = deployment.spec.template.spec;
      const container = pod.containers[0];
      const probePort = (probe) => container.ports.find((p) => p.name === probe.httpGet.port)?.containerPort ?? probe.httpGet.port;
      assert.equal(probePort(container.readinessProbe), port);
      const child = start(container.args, containerEnv(objects, container, secrets));
      const startupBudget = container.startupProbe.periodSeconds * container.startupProbe.failureThreshold;
      await waitFor(probePort(container.startupProbe), container.startupProbe.httpGet.path, 200, startupBudget, child);
      await waitFor(probePort(container.livenessProbe), container.livenessProbe.httpGet.path, 200, 5, child);
      await waitFor(probePort(container.readinessProbe), container.readinessProbe.httpGet.path, 200, 60, child);
      const metrics = await get(port, "/metrics");
      assert.equal(metrics.status, 200);
      assert.match(metrics.body, /^# (HELP|TYPE) /m, "no Prometheus text on /metrics");
      assert.ok(queueOf(pod), "no --queues argument");
      const sent = Date.now();
      child.kill("SIGTERM");
      const { code } = await child.exited;
      const seconds = (Date.now() - sent) / 1000;
      assert.ok(seconds < pod.terminationGracePeriodSeconds, `exit took ${seconds} s, grace period ${pod.terminationGracePeriodSeconds} s`);
      assert.equal(code, 0, child.output.slice(-2000));
    });
  }

  test("readiness fails (503) while the broker is unreachable, and liveness still answers", async () => {
    const port = await freePort();
    const closed = await freePort();
    const objects = render(appChart, ["--set", `workerDefaults.healthPort=${port}`]);
    const container = workerDeployments(objects)[0].spec.template.spec.containers[0];
    const env = containerEnv(objects, container, { ...secrets, ConnectionStrings__RabbitMQ: `amqp://guest:guest@127.0.0.1:${closed}/` });
    const child = start(container.args, env);
    await waitFor(port, container.livenessProbe.httpGet.path, 200, 60, child);
    await waitFor(port, container.readinessProbe.httpGet.path, 503, 30, child);
    child.kill("SIGKILL");
    await child.exited;
  });
});

describe("the backup CronJob's script", () => {
  if (!servers) {
    test("pg_dump against PostgreSQL", { skip: "needs TEST_POSTGRES (tests/run.sh)" }, () => {});
    return;
  }
  test("dumps the database in custom format from the Npgsql connection string, keeps the newest KEEP dumps, and the documented pg_restore restores one", async () => {
    const { mkdtempSync, readdirSync, rmSync, writeFileSync } = await import("node:fs");
    const os = await import("node:os");
    const objects = render(appChart, ["--set", "backup.enabled=true", "--set", "backup.keep=2"]);
    const script = byKind(objects, "ConfigMap").find((c) => c.metadata.labels["app.kubernetes.io/component"] === "backup").data["backup.sh"];
    const cron = byKind(objects, "CronJob")[0].spec.jobTemplate.spec.template.spec.containers[0];
    const keep = cron.env.find((e) => e.name === "KEEP").value;
    const work = mkdtempSync(path.join(os.tmpdir(), "backup-"));
    try {
      writeFileSync(path.join(work, "backup.sh"), script);
      const env = {
        ...process.env,
        PATH: `/usr/lib/postgresql/15/bin:${process.env.PATH}`,
        // The CronJob's Secret holds the same Npgsql string the app reads; the migrations test created this database.
        CONNECTION: `${TEST_POSTGRES.replace(/Database=[^;]*/i, `Database=${database}`)};SSL Mode=Disable`,
        KEEP: keep,
        BACKUP_DIR: work,
      };
      for (let run = 0; run < 3; run++) {
        execFileSync("/bin/sh", [path.join(work, "backup.sh")], { env, stdio: "pipe" });
        await new Promise((r) => setTimeout(r, 1100)); // the dump name has second resolution
      }
      const dumps = readdirSync(work).filter((f) => f.endsWith(".dump")).sort();
      assert.equal(dumps.length, 2, `kept ${dumps.join(", ")}`);
      const listing = execFileSync("/usr/lib/postgresql/15/bin/pg_restore", ["--list", path.join(work, dumps[1])], { encoding: "utf8" });
      assert.match(listing, /TABLE public todos/i, "the dump does not contain the todos table");
      // The restore command of docs/DEPLOY.md, into a fresh database.
      const pg = Object.fromEntries(TEST_POSTGRES.split(";").filter(Boolean).map((p) => p.split("=")));
      const bin = "/usr/lib/postgresql/15/bin";
      const target = `charts_restore_${process.pid}`;
      execFileSync(`${bin}/createdb`, ["-h", pg.Host, "-p", pg.Port, "-U", pg.Username, target]);
      try {
        execFileSync(`${bin}/pg_restore`, ["--clean", "--if-exists", "--no-owner", "-h", pg.Host, "-p", pg.Port, "-U", pg.Username, "-d", target, path.join(work, dumps[1])], { stdio: "pipe" });
        const tables = execFileSync(`${bin}/psql`, ["-h", pg.Host, "-p", pg.Port, "-U", pg.Username, "-d", target, "-tAc", "select count(*) from information_schema.tables where table_schema = 'public' and table_name = 'todos'"], { encoding: "utf8" });
        assert.equal(tables.trim(), "1", "the restored database has no todos table");
      } finally {
        execFileSync(`${bin}/dropdb`, ["-h", pg.Host, "-p", pg.Port, "-U", pg.Username, target]);
      }
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});
