import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";

// Starts functions/Local from its build output on a free loopback port. Embedded: SQLite in a temporary
// folder + in-memory transport. Distributed (TEST_POSTGRES + TEST_RABBITMQ): a fresh database and vhost,
// `Workers.dll migrate`, an HTTP-only Local host and a separate worker process.

const repo = path.resolve(import.meta.dirname, "../../..");
const configuration = process.env.CONFIGURATION ?? "Release";
const localDll = path.join(repo, `functions/Local/bin/${configuration}/net10.0/TodoFunctions.Local.dll`);
const workersDll = path.join(repo, `functions/Workers/bin/${configuration}/net10.0/TodoFunctions.Workers.dll`);

/** The one account each host grants the operator role (Auth__Operators); e2e/operator.spec.ts signs it up. */
export const operatorEmail = "operator@e2e.example.com";

export type Host = { baseUrl: string; mode: "embedded" | "distributed"; stop: () => Promise<void> };

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

function requireBuilt(file: string) {
  if (!existsSync(file)) throw new Error(`${file} is missing: run dotnet build -c ${configuration} first (tests/run.sh does).`);
}

export async function startHost(mode: "embedded" | "distributed"): Promise<Host> {
  requireBuilt(localDll);
  const data = mkdtempSync(path.join(tmpdir(), "todo-web-e2e-"));
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    Storage__DataDirectory: data,
    Web__Root: path.join(repo, "web/out"),
    RateLimit__Enabled: "false",
    Auth__PasswordIterations: "1000",
    ASPNETCORE_ENVIRONMENT: "Production",
    Logging__LogLevel__Default: "Warning",
    Auth__Operators: operatorEmail,
  };
  const processes: ChildProcess[] = [];
  if (mode === "distributed") {
    requireBuilt(workersDll);
    env.ConnectionStrings__Todo = createDatabase();
    env.ConnectionStrings__RabbitMQ = nextVhost();
    env.Auth__SigningKey = "e2e-signing-key-that-is-long-enough-0123456789";
    // The operator view's queue rates: tests/servers/rabbitmq.sh enables the management API and writes its URL here.
    env.Operations__ManagementUri = readFileSync(path.join(process.env.TEST_RABBITMQ_DIR!, "management"), "utf8").trim();
    const migrate = spawnSync("dotnet", [workersDll, "migrate"], { env, encoding: "utf8" });
    if (migrate.status !== 0) throw new Error(`migrate failed: ${migrate.stdout}\n${migrate.stderr}`);
    processes.push(launch("worker", workersDll, [], env, data));
    env.Workers__Queues = "none";
  }
  processes.unshift(launch("local", localDll, ["--urls", `http://127.0.0.1:${port}`], env, data));
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitReady(baseUrl, processes, data);
  return {
    baseUrl,
    mode,
    stop: async () => {
      await Promise.all(processes.map(stopProcess));
      rmSync(data, { recursive: true, force: true });
    },
  };
}

function launch(name: string, dll: string, args: string[], env: NodeJS.ProcessEnv, logs: string): ChildProcess {
  const child = spawn("dotnet", [dll, ...args], { env, cwd: path.dirname(dll), stdio: ["ignore", "pipe", "pipe"] });
  const log: string[] = [];
  child.stdout!.on("data", (d) => log.push(String(d)));
  child.stderr!.on("data", (d) => log.push(String(d)));
  child.on("exit", () => { try { writeFileSync(path.join(logs, `${name}.log`), log.join("")); } catch { /* folder already gone */ } });
  (child as ChildProcess & { log: string[] }).log = log;
  return child;
}

async function waitReady(baseUrl: string, processes: ChildProcess[], data: string) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const dead = processes.find((p) => p.exitCode !== null);
    if (dead) throw new Error(`A host process exited early:\n${(dead as ChildProcess & { log: string[] }).log.join("")}`);
    try {
      const response = await fetch(`${baseUrl}/api/ready`);
      if (response.ok) return;
    } catch { /* not listening yet */ }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`The host at ${baseUrl} was not ready within 60 s (data in ${data}).`);
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
    child.once("exit", () => { clearTimeout(timer); resolve(); });
    child.kill("SIGTERM");
  });
}

/** An empty database on the test server (TEST_POSTGRES is an Npgsql connection string). */
function createDatabase(): string {
  const server = process.env.TEST_POSTGRES!;
  const parts = Object.fromEntries(server.split(";").filter(Boolean).map((kv) => {
    const [k, ...v] = kv.split("=");
    return [k.trim().toLowerCase(), v.join("=").trim()];
  }));
  const name = `web_${crypto.randomUUID().replaceAll("-", "")}`;
  const result = spawnSync("psql", ["-h", parts.host, "-p", parts.port, "-U", parts.username, "-d", parts.database ?? "postgres",
    "-v", "ON_ERROR_STOP=1", "-c", `CREATE DATABASE ${name}`], { encoding: "utf8", env: { ...process.env, PGPASSWORD: parts.password ?? "" } });
  if (result.status !== 0) throw new Error(`CREATE DATABASE failed: ${result.stderr}`);
  return `Host=${parts.host};Port=${parts.port};Username=${parts.username};${parts.password ? `Password=${parts.password};` : ""}Database=${name}`;
}

/** The next free vhost of test1..test120 that tests/servers/rabbitmq.sh created (shared counter with the C# tests). */
function nextVhost(): string {
  const server = process.env.TEST_RABBITMQ!;
  const counter = path.join(process.env.TEST_RABBITMQ_DIR!, "vhosts.next");
  const next = existsSync(counter) ? Number(readFileSync(counter, "utf8")) || 1 : 1;
  if (next > 120) throw new Error("All 120 test vhosts are taken; raise the count in tests/servers/rabbitmq.sh.");
  writeFileSync(counter, String(next + 1));
  return `${server.replace(/\/$/, "")}/test${next}`;
}

export const distributedAvailable = () => Boolean(process.env.TEST_POSTGRES && process.env.TEST_RABBITMQ && process.env.TEST_RABBITMQ_DIR);
