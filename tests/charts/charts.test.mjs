// Offline proof of helm/todo-functions and keda/: lint, render, strict schema validation, and the
// operational policies of issues 7 and 8. Run: node --test (from tests/charts) or tests/charts/run.sh.
import { test, describe } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, existsSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { helm, render, appChart, kedaChart, repoRoot, buildDependencies, kubeVersion } from "./lib/helm.mjs";
import { validateObject } from "./lib/validate.mjs";
import { podTemplates, longRunning, selects, mapSelects, byKind, isHook, timeSpanSeconds, workerDeployments, queueOf } from "./lib/objects.mjs";

const valuesFile = (name) => path.join(appChart, name);
const cases = {
  default: [],
  minikube: ["-f", valuesFile("values-minikube.yaml")],
  production: ["-f", valuesFile("values-production.yaml")],
  "keda amqp": ["--set", "keda.enabled=true"],
  "keda protocol http": ["--set", "keda.enabled=true", "--set", "keda.protocol=http"],
  "keda HTTP add-on": ["--set", "keda.enabled=true", "--set", "keda.httpScaling.addon.enabled=true"],
  "keda ScaledJob for chat": ["--set", "keda.enabled=true", "--set", "keda.scaledJob.enabled=true"],
  "production with HTTP add-on": ["-f", valuesFile("values-production.yaml"), "--set", "keda.httpScaling.addon.enabled=true"],
};

const rendered = Object.fromEntries(Object.entries(cases).map(([name, args]) => [name, render(appChart, args)]));
const kedaOn = (name) => rendered[name].some((o) => o.apiVersion?.startsWith("keda.sh/"));

/** existingSecret names set by the values files of a case: Secrets the operator creates, not the chart. */
function existingSecrets(args) {
  const names = new Set();
  for (let i = 0; i < args.length; i++) {
    if (args[i] !== "-f") continue;
    const values = parse(readFileSync(args[i + 1], "utf8"));
    for (const s of Object.values(values.secrets ?? {})) if (s.existingSecret) names.add(s.existingSecret);
  }
  return names;
}

/** The names `--queues` accepts: the queues in functions/Core/Messaging/QueueNames.cs and the reminders function's name. */
function queueNames() {
  const source = readFileSync(path.join(repoRoot, "functions/Core/Messaging/QueueNames.cs"), "utf8");
  const reminders = readFileSync(path.join(repoRoot, "functions/Workers/Reminders/ReminderFunction.cs"), "utf8");
  const names = (text, pattern) => [...text.matchAll(pattern)].map((m) => m[1]);
  return new Set([...names(source, /const\s+string\s+\w+\s*=\s*"([^"]+)"/g), ...names(reminders, /const\s+string\s+Name\s*=\s*"([^"]+)"/g)]);
}

describe("helm lint --strict", () => {
  buildDependencies();
  for (const [name, args] of Object.entries(cases)) {
    test(`app chart, ${name}`, () => {
      const result = helm(["lint", "--strict", "--kube-version", kubeVersion, appChart, ...args]);
      assert.ok(result.ok, result.stdout + result.stderr);
    });
  }
  test("keda chart alone", () => {
    const result = helm(["lint", "--strict", "--kube-version", kubeVersion, kedaChart]);
    assert.ok(result.ok, result.stdout + result.stderr);
  });
});

describe("values.schema.json rejects typos and wrong types", () => {
  const rejects = {
    "a misspelt key": ["--set", "web.replicaCont=2"],
    "a string where a number belongs": ["--set-string", "http.replicaCount=three"],
    "image tag latest": ["--set", "image.tag=latest"],
    "a second workers map under keda": ["--set", "keda.enabled=true", "--set", "keda.workers.extra.queue=todo-commands"],
    "an unknown keda protocol": ["--set", "keda.enabled=true", "--set", "keda.protocol=stomp"],
    "an HTTP minimum of zero without the add-on": ["--set", "keda.enabled=true", "--set", "keda.httpScaling.cpu.minReplicaCount=0"],
    "a worker without resources": ["--set", "workers.extra.queue=todo-commands"],
  };
  for (const [name, args] of Object.entries(rejects)) {
    test(name, () => {
      const result = helm(["template", "todo", appChart, ...args]);
      assert.equal(result.ok, false, `helm template accepted ${args.join(" ")}`);
      assert.match(result.stderr, /schema|latest/);
    });
  }
});

describe("schema validation (Kubernetes 1.33, KEDA, HTTP add-on CRD)", () => {
  for (const [name, objects] of Object.entries(rendered)) {
    test(`every object rendered with ${name} values is valid`, async () => {
      assert.ok(objects.length > 10, "suspiciously few objects");
      const problems = [];
      for (const o of objects) {
        for (const p of await validateObject(o)) problems.push(`${o.kind}/${o.metadata?.name}: ${p}`);
      }
      assert.deepEqual(problems, []);
    });
  }

  // The validator must be able to fail: each of these is wrong in one place.
  const deployment = () => structuredClone(byKind(rendered.default, "Deployment")[0]);
  const negatives = {
    "an unknown container field": () => { const d = deployment(); d.spec.template.spec.containers[0].imagePullPolicyy = "Never"; return d; },
    "a string containerPort": () => { const d = deployment(); d.spec.template.spec.containers[0].ports[0].containerPort = "8080"; return d; },
    "a missing required field": () => { const d = deployment(); delete d.spec.selector; return d; },
    "an unknown ScaledObject trigger field": () => { const s = structuredClone(byKind(rendered["keda amqp"], "ScaledObject")[0]); s.spec.triggers[0].queueName = "x"; return s; },
    "a string minReplicaCount": () => { const s = structuredClone(byKind(rendered["keda amqp"], "ScaledObject")[0]); s.spec.minReplicaCount = "0"; return s; },
    "an unknown HTTPScaledObject field": () => { const h = structuredClone(byKind(rendered["keda HTTP add-on"], "HTTPScaledObject")[0]); h.spec.replicas.minimum = 1; return h; },
    "an HTTPScaledObject without scaleTargetRef.service": () => { const h = structuredClone(byKind(rendered["keda HTTP add-on"], "HTTPScaledObject")[0]); delete h.spec.scaleTargetRef.service; return h; },
    "a kind no schema knows": () => ({ apiVersion: "example.com/v1", kind: "Thing", metadata: { name: "x" } }),
  };
  for (const [name, make] of Object.entries(negatives)) {
    test(`rejects ${name}`, async () => {
      const problems = await validateObject(make());
      assert.notDeepEqual(problems, [], "validator accepted a wrong object");
    });
  }
});

describe("policies", () => {
  for (const [name, objects] of Object.entries(rendered)) {
    describe(`${name} values`, () => {
      const pods = podTemplates(objects);

      test("every container runs as non-root with a read-only root filesystem, no privilege escalation, no capabilities", () => {
        for (const { owner, spec } of pods) {
          for (const c of [...(spec.initContainers ?? []), ...spec.containers]) {
            const where = `${owner.kind}/${owner.metadata.name}/${c.name}`;
            const runAsNonRoot = c.securityContext?.runAsNonRoot ?? spec.securityContext?.runAsNonRoot;
            const runAsUser = c.securityContext?.runAsUser ?? spec.securityContext?.runAsUser;
            assert.equal(runAsNonRoot, true, `${where}: runAsNonRoot`);
            assert.ok(runAsUser === undefined || runAsUser > 0, `${where}: runAsUser ${runAsUser}`);
            assert.equal(c.securityContext?.readOnlyRootFilesystem, true, `${where}: readOnlyRootFilesystem`);
            assert.equal(c.securityContext?.allowPrivilegeEscalation, false, `${where}: allowPrivilegeEscalation`);
            assert.deepEqual(c.securityContext?.capabilities?.drop, ["ALL"], `${where}: capabilities.drop`);
            const seccomp = c.securityContext?.seccompProfile?.type ?? spec.securityContext?.seccompProfile?.type;
            assert.equal(seccomp, "RuntimeDefault", `${where}: seccompProfile`);
            if (spec.securityContext?.readOnlyRootFilesystem !== undefined) assert.fail(`${where}: misplaced field`);
          }
        }
      });

      test("every container has requests and limits; long-running ones have liveness, readiness and startup probes on a declared port", () => {
        for (const { owner, spec } of pods) {
          for (const c of spec.containers) {
            const where = `${owner.kind}/${owner.metadata.name}/${c.name}`;
            for (const kind of ["requests", "limits"]) {
              assert.ok(c.resources?.[kind]?.cpu && c.resources?.[kind]?.memory, `${where}: resources.${kind}`);
            }
            if (!longRunning(owner)) continue;
            for (const probe of ["livenessProbe", "readinessProbe", "startupProbe"]) {
              assert.ok(c[probe], `${where}: ${probe}`);
              const port = c[probe].httpGet?.port;
              if (port !== undefined) {
                const declared = (c.ports ?? []).some((p) => p.name === port || p.containerPort === port);
                assert.ok(declared, `${where}: ${probe} probes port ${port}, which the container does not declare`);
              }
            }
          }
        }
      });

      test("the workers probe their own health endpoint and get a grace period longer than their drain", () => {
        for (const d of workerDeployments(objects)) {
          const c = d.spec.template.spec.containers[0];
          assert.equal(c.livenessProbe.httpGet.path, "/healthz");
          assert.equal(c.readinessProbe.httpGet.path, "/readyz");
          const drain = c.env.find((e) => e.name === "Workers__DrainTimeout")?.value;
          assert.ok(drain, `${d.metadata.name}: Workers__DrainTimeout`);
          assert.ok(d.spec.template.spec.terminationGracePeriodSeconds > timeSpanSeconds(drain), `${d.metadata.name}: grace period ≤ drain timeout`);
        }
      });

      test("every image names a version (no latest, no untagged image)", () => {
        for (const { owner, spec } of pods) {
          for (const c of spec.containers) {
            const image = c.image;
            const tag = image.includes("@") ? image.split("@")[1] : image.slice(image.lastIndexOf("/") + 1).split(":")[1];
            assert.ok(tag && tag !== "latest", `${owner.kind}/${owner.metadata.name}: image ${image}`);
            assert.notEqual(c.imagePullPolicy, "Always", `${owner.kind}/${owner.metadata.name}: imagePullPolicy Always`);
          }
        }
      });

      test("pods mount no service account token", () => {
        for (const { owner, spec } of pods) assert.equal(spec.automountServiceAccountToken, false, `${owner.kind}/${owner.metadata.name}`);
      });

      test("every Service selects a pod and targets a declared port", () => {
        for (const s of byKind(objects, "Service")) {
          if (s.spec.type === "ExternalName") continue;
          const matching = pods.filter((p) => mapSelects(s.spec.selector, p.labels));
          assert.ok(Object.keys(s.spec.selector ?? {}).length > 0 && matching.length > 0, `Service ${s.metadata.name} selects no pod`);
          for (const port of s.spec.ports) {
            const ok = matching.some((p) => p.spec.containers.some((c) => (c.ports ?? []).some((cp) => cp.name === port.targetPort || cp.containerPort === port.targetPort)));
            assert.ok(ok, `Service ${s.metadata.name} port ${port.name} → ${port.targetPort} is not a container port`);
          }
        }
      });

      test("every Ingress backend names an existing Service port", () => {
        const services = new Map(byKind(objects, "Service").map((s) => [s.metadata.name, s]));
        for (const ing of byKind(objects, "Ingress")) {
          for (const rule of ing.spec.rules) {
            for (const p of rule.http.paths) {
              const service = services.get(p.backend.service.name);
              assert.ok(service, `Ingress path ${p.path}: no Service ${p.backend.service.name}`);
              const port = p.backend.service.port;
              assert.ok(service.spec.ports.some((sp) => sp.port === port.number || sp.name === port.name), `Ingress path ${p.path}: Service ${service.metadata.name} has no port ${JSON.stringify(port)}`);
            }
          }
          for (const tls of ing.spec.tls ?? []) assert.ok(tls.secretName, "TLS without a secretName");
        }
      });

      test("every NetworkPolicy selects existing pods", () => {
        const policies = byKind(objects, "NetworkPolicy");
        if (name !== "default" || policies.length) assert.ok(policies.length > 0, "no NetworkPolicies");
        for (const np of policies) {
          assert.ok(pods.some((p) => selects(np.spec.podSelector, p.labels)), `NetworkPolicy ${np.metadata.name} selects no pod`);
          for (const rule of [...(np.spec.ingress ?? []).flatMap((r) => r.from ?? []), ...(np.spec.egress ?? []).flatMap((r) => r.to ?? [])]) {
            if (rule.podSelector && !rule.namespaceSelector) {
              assert.ok(pods.some((p) => selects(rule.podSelector, p.labels)), `NetworkPolicy ${np.metadata.name}: a peer selects no pod of this release`);
            }
          }
        }
        const denyAll = policies.find((np) => (np.spec.policyTypes ?? []).length === 2 && !np.spec.ingress && !np.spec.egress);
        assert.ok(denyAll, "no default-deny policy");
        for (const p of pods) assert.ok(selects(denyAll.spec.podSelector, p.labels), `default deny misses ${p.owner.kind}/${p.owner.metadata.name}`);
      });

      test("NetworkPolicies let every pod reach DNS and the database and broker it is configured for", () => {
        const policies = byKind(objects, "NetworkPolicy");
        if (!policies.length) return;
        const egressPorts = (labels) => policies.filter((np) => selects(np.spec.podSelector, labels))
          .flatMap((np) => (np.spec.egress ?? []).flatMap((rule) => (rule.ports ?? []).map((port) => ({ port: port.port, to: rule.to ?? [] }))));
        const inCluster = (component) => pods.find((p) => p.labels["app.kubernetes.io/component"] === component && p.owner.kind === "StatefulSet");
        const admits = (component, labels, portName) => {
          const server = inCluster(component);
          return policies.filter((np) => selects(np.spec.podSelector, server.labels))
            .some((np) => (np.spec.ingress ?? []).some((rule) => (rule.from ?? []).some((peer) => peer.podSelector && !peer.namespaceSelector && selects(peer.podSelector, labels)) && (rule.ports ?? []).some((p) => p.port === portName)));
        };
        for (const { owner, labels, spec } of pods) {
          const env = new Set(spec.containers.flatMap((c) => (c.env ?? []).map((e) => e.name)));
          const where = `${owner.kind}/${owner.metadata.name}`;
          const ports = egressPorts(labels);
          if (env.has("ConnectionStrings__Todo") || env.has("CONNECTION")) {
            assert.ok(ports.some((p) => p.port === 5432), `${where}: no egress to PostgreSQL`);
            if (inCluster("postgresql")) assert.ok(admits("postgresql", labels, "postgresql"), `${where}: PostgreSQL's policy does not admit it`);
          }
          if (env.has("ConnectionStrings__RabbitMQ")) {
            assert.ok(ports.some((p) => p.port === 5672), `${where}: no egress to RabbitMQ`);
            if (inCluster("rabbitmq")) assert.ok(admits("rabbitmq", labels, "amqp"), `${where}: RabbitMQ's policy does not admit it`);
          }
          assert.ok(ports.some((p) => p.port === 53), `${where}: no DNS`);
        }
      });

      test("every worker Deployment runs a queue in QueueNames or the reminders function", () => {
        const known = queueNames();
        assert.ok(known.size >= 2, "QueueNames.cs parsed no names");
        const workers = [...workerDeployments(objects), ...byKind(objects, "ScaledJob")];
        assert.ok(workers.length >= 2, "fewer than two workers");
        for (const w of workers) {
          const spec = w.kind === "ScaledJob" ? w.spec.jobTargetRef.template.spec : w.spec.template.spec;
          const queue = queueOf(spec);
          assert.ok(known.has(queue), `${w.metadata.name} consumes ${queue}, not in QueueNames (${[...known].join(", ")})`);
        }
      });

      test("a ScaledJob's worker exits when idle (its Job completes); a Deployment's never does", () => {
        const envOf = (spec) => Object.fromEntries((spec.containers[0].env ?? []).map((e) => [e.name, e.value]));
        for (const job of byKind(objects, "ScaledJob")) {
          assert.match(envOf(job.spec.jobTargetRef.template.spec).Workers__ExitWhenIdle ?? "", /^\d{2}:\d{2}:\d{2}$/, `${job.metadata.name}: no Workers__ExitWhenIdle`);
        }
        for (const d of workerDeployments(objects)) {
          assert.equal(envOf(d.spec.template.spec).Workers__ExitWhenIdle, undefined, `${d.metadata.name} would exit when idle`);
        }
      });

      test("the migrations Job is a hook that runs before the Deployments roll", () => {
        const job = byKind(objects, "Job").find((j) => j.metadata.labels["app.kubernetes.io/component"] === "migrations");
        assert.ok(job, "no migrations Job");
        const hooks = job.metadata.annotations["helm.sh/hook"].split(",");
        assert.ok(hooks.includes("pre-upgrade"), "not pre-upgrade");
        const inClusterDatabase = objects.some((o) => o.kind === "StatefulSet" && o.metadata.labels["app.kubernetes.io/component"] === "postgresql");
        // An in-cluster database is itself part of the release, so the first install migrates right after it.
        assert.ok(hooks.includes(inClusterDatabase ? "post-install" : "pre-install"), `hooks ${hooks}`);
        assert.ok(job.metadata.annotations["helm.sh/hook-delete-policy"], "no hook-delete-policy");
        assert.deepEqual(job.spec.template.spec.containers[0].args, ["migrate"]);
        for (const d of byKind(objects, "Deployment")) assert.ok(!isHook(d), `Deployment ${d.metadata.name} is a hook`);
        // Whatever the hook reads must exist when it runs: hook objects or operator-made Secrets.
        const secretName = job.spec.template.spec.containers[0].env[0].valueFrom.secretKeyRef.name;
        const hookSecret = byKind(objects, "Secret").find((s) => s.metadata.name === secretName);
        if (hookSecret) assert.ok(isHook(hookSecret), "the migrations Job reads a Secret that is created after it");
        else assert.ok(existingSecrets(cases[name]).has(secretName), `the migrations Job reads ${secretName}, neither a hook Secret nor an existingSecret`);
      });

      test("every secretKeyRef names a key of a rendered Secret or an existingSecret", () => {
        const secrets = new Map(byKind(objects, "Secret").map((s) => [s.metadata.name, s]));
        const external = existingSecrets(cases[name]);
        for (const { owner, spec } of pods) {
          for (const c of spec.containers) {
            for (const e of c.env ?? []) {
              const ref = e.valueFrom?.secretKeyRef;
              if (!ref || ref.optional) continue;
              if (external.has(ref.name)) continue;
              const s = secrets.get(ref.name);
              assert.ok(s && Object.hasOwn(s.data ?? {}, ref.key), `${owner.kind}/${owner.metadata.name}: ${ref.name}/${ref.key} not rendered`);
            }
          }
        }
      });

      if (name.startsWith("production")) {
        test("production renders no secret value: every secret comes from an existingSecret", () => {
          const rendered = byKind(objects, "Secret").filter((s) => Object.keys(s.data ?? {}).length || Object.keys(s.stringData ?? {}).length);
          assert.deepEqual(rendered.map((s) => s.metadata.name), []);
          for (const { owner, spec } of pods) {
            for (const c of spec.containers) {
              for (const e of c.env ?? []) {
                if (/ConnectionStrings__|SigningKey|ApiKey|PASSWORD|_PASS$/i.test(e.name)) assert.ok(!("value" in e), `${owner.metadata.name}: ${e.name} inline`);
              }
            }
          }
          for (const cm of byKind(objects, "ConfigMap")) {
            for (const [key, value] of Object.entries(cm.data ?? {})) {
              assert.doesNotMatch(value, /(^|;)\s*password\s*=\s*[^;\s"$]|amqps?:\/\/[^@\s"]+:[^@\s"]+@|sk-[A-Za-z0-9]{16}/im, `ConfigMap ${cm.metadata.name}/${key}`);
            }
          }
        });
        test("production is highly available: 3 HTTP replicas (or a KEDA minimum of 3), anti-affinity, PodDisruptionBudgets", () => {
          const http = byKind(objects, "Deployment").find((d) => d.metadata.labels["app.kubernetes.io/component"] === "http");
          const so = byKind(objects, "ScaledObject").find((s) => s.spec.scaleTargetRef.name === http.metadata.name);
          const hso = byKind(objects, "HTTPScaledObject")[0];
          if (!hso) assert.ok((http.spec.replicas ?? so?.spec.minReplicaCount) >= 3, "fewer than 3 HTTP replicas");
          assert.ok(http.spec.template.spec.affinity?.podAntiAffinity, "no anti-affinity");
          assert.ok(http.spec.template.spec.topologySpreadConstraints?.length, "no topology spread");
          const pdbs = byKind(objects, "PodDisruptionBudget").map((p) => p.metadata.labels["app.kubernetes.io/component"]);
          assert.ok(pdbs.includes("web"), "no web PDB");
          if (!hso) assert.ok(pdbs.includes("http"), "no HTTP PDB");
        });
      }

      if (kedaOn(name)) {
        test("each worker Deployment has exactly one ScaledObject naming it, on the queue it consumes, from zero", () => {
          const scaledObjects = byKind(objects, "ScaledObject");
          for (const d of workerDeployments(objects)) {
            const mine = scaledObjects.filter((s) => s.spec.scaleTargetRef.name === d.metadata.name);
            assert.equal(mine.length, 1, `${d.metadata.name}: ${mine.length} ScaledObjects`);
            const [so] = mine;
            assert.ok(!so.spec.scaleTargetRef.kind || so.spec.scaleTargetRef.kind === "Deployment");
            if (queueOf(d.spec.template.spec) === "reminders") {
              // Not a queue: the reminders function scales on due rows (tested below).
              assert.deepEqual(so.spec.triggers.map((t) => t.type), ["postgresql"], `${d.metadata.name}: triggers`);
              assert.equal(so.spec.minReplicaCount, 0, `${d.metadata.name}: minReplicaCount`);
              continue;
            }
            const triggers = so.spec.triggers.filter((t) => t.type === "rabbitmq");
            assert.equal(triggers.length, 1, `${d.metadata.name}: rabbitmq triggers`);
            assert.equal(triggers[0].metadata.queueName, queueOf(d.spec.template.spec), `${d.metadata.name}: trigger queue ≠ consumed queue`);
            assert.equal(triggers[0].metadata.mode, "QueueLength");
            assert.equal(typeof triggers[0].metadata.value, "string");
            assert.equal(so.spec.minReplicaCount, 0, `${d.metadata.name}: minReplicaCount`);
            assert.ok(so.spec.maxReplicaCount >= 1);
            assert.ok(so.spec.fallback?.replicas >= 1, `${d.metadata.name}: fallback`);
            assert.ok(so.spec.advanced?.horizontalPodAutoscalerConfig?.behavior?.scaleUp, `${d.metadata.name}: behavior`);
            assert.equal(d.spec.replicas, undefined, `${d.metadata.name}: replicas set while KEDA owns them`);
          }
          // Nothing scales a Deployment that does not exist.
          const targets = new Set(byKind(objects, "Deployment").map((d) => d.metadata.name));
          for (const so of scaledObjects) assert.ok(targets.has(so.spec.scaleTargetRef.name), `ScaledObject ${so.metadata.name} targets nothing`);
        });

        test("the HTTP functions keep ≥ 1 replica unless the HTTP add-on fronts them (then the Ingress routes /api through its interceptor)", () => {
          const http = byKind(objects, "Deployment").find((d) => d.metadata.labels["app.kubernetes.io/component"] === "http");
          const hso = byKind(objects, "HTTPScaledObject");
          const so = byKind(objects, "ScaledObject").filter((s) => s.spec.scaleTargetRef.name === http.metadata.name);
          const apiBackend = byKind(objects, "Ingress")[0].spec.rules[0].http.paths.find((p) => p.path === "/api").backend.service.name;
          if (hso.length) {
            assert.equal(so.length, 0, "both an HTTPScaledObject and a ScaledObject scale the HTTP functions");
            assert.equal(hso.length, 1);
            assert.equal(hso[0].spec.scaleTargetRef.name, http.metadata.name);
            const service = byKind(objects, "Service").find((s) => s.metadata.name === hso[0].spec.scaleTargetRef.service);
            assert.ok(service && mapSelects(service.spec.selector, http.spec.template.metadata.labels), "HTTPScaledObject service does not select the HTTP pods");
            const interceptor = byKind(objects, "Service").find((s) => s.metadata.name === apiBackend);
            assert.equal(interceptor.spec.type, "ExternalName");
            assert.match(interceptor.spec.externalName, /interceptor/);
          } else {
            assert.equal(so.length, 1, "HTTP ScaledObjects");
            assert.ok(so[0].spec.minReplicaCount >= 1, "HTTP minReplicaCount < 1 without the add-on");
            assert.ok(so[0].spec.triggers.every((t) => ["cpu", "memory"].includes(t.type)));
            assert.equal(apiBackend, byKind(objects, "Service").find((s) => mapSelects(s.spec.selector, http.spec.template.metadata.labels)).metadata.name);
          }
        });

        test("every TriggerAuthentication reads a key that exists in a rendered Secret or an existingSecret", () => {
          const secrets = new Map(byKind(objects, "Secret").map((s) => [s.metadata.name, s]));
          const external = existingSecrets(cases[name]);
          const auths = byKind(objects, "TriggerAuthentication");
          assert.ok(auths.length >= 1);
          for (const ta of auths) {
            for (const ref of ta.spec.secretTargetRef) {
              if (external.has(ref.name)) continue;
              assert.ok(Object.hasOwn(secrets.get(ref.name)?.data ?? {}, ref.key), `TriggerAuthentication ${ta.metadata.name}: ${ref.name}/${ref.key} is neither rendered nor an existingSecret`);
            }
          }
          for (const o of [...byKind(objects, "ScaledObject"), ...byKind(objects, "ScaledJob")]) {
            for (const t of o.spec.triggers) if (t.authenticationRef) assert.ok(auths.some((a) => a.metadata.name === t.authenticationRef.name), `${o.metadata.name}: no ${t.authenticationRef.name}`);
          }
        });
      }
    });
  }
});

describe("keda/ alone and as a dependency render the same scaling from the one workers map", () => {
  test("installed alone with the app's values file, it renders the same ScaledObjects as the app chart with keda.enabled", () => {
    const alone = render(kedaChart, ["-f", path.join(appChart, "values.yaml"), "--set", "app.fullname=todo-todo-functions", "--set", "app.host=todo.example.com"]);
    const inApp = rendered["keda amqp"];
    const specs = (objects) => Object.fromEntries([...byKind(objects, "ScaledObject"), ...byKind(objects, "TriggerAuthentication")].map((o) => [`${o.kind}/${o.metadata.name}`, o.spec]));
    assert.deepEqual(specs(alone), specs(inApp));
  });
  test("a new queue is one entry: adding a worker adds its Deployment and its ScaledObject", () => {
    const objects = render(appChart, ["--set", "keda.enabled=true", "--set", "workers.todo-commands-b.queue=todo-commands",
      "--set", "workers.todo-commands-b.resources.requests.cpu=100m", "--set", "workers.todo-commands-b.resources.requests.memory=128Mi",
      "--set", "workers.todo-commands-b.resources.limits.cpu=1", "--set", "workers.todo-commands-b.resources.limits.memory=256Mi"]);
    const name = "todo-todo-functions-worker-todo-commands-b";
    assert.ok(byKind(objects, "Deployment").some((d) => d.metadata.name === name));
    assert.ok(byKind(objects, "ScaledObject").some((s) => s.spec.scaleTargetRef.name === name));
  });
  test("a worker can scale on a postgresql trigger instead (e.g. reminders)", async () => {
    const objects = render(appChart, ["--set", "keda.enabled=true", "--set", "workers.chat-commands.scaling.trigger=postgresql",
      "--set-string", "workers.chat-commands.scaling.postgresql.query=SELECT 1"]);
    const so = byKind(objects, "ScaledObject").find((s) => s.metadata.name.endsWith("chat-commands"));
    assert.equal(so.spec.triggers[0].type, "postgresql");
    assert.ok(byKind(objects, "TriggerAuthentication").some((t) => t.spec.secretTargetRef[0].parameter === "connection"));
    for (const o of objects) assert.deepEqual(await validateObject(o), [], `${o.kind}/${o.metadata.name}`);
  });
  test("the reminders function scales from zero on a PostgreSQL query: reminders due within the next minute", async () => {
    const objects = rendered["keda amqp"];
    const deployment = workerDeployments(objects).find((d) => queueOf(d.spec.template.spec) === "reminders");
    assert.ok(deployment, "no reminders Deployment");
    const so = byKind(objects, "ScaledObject").find((s) => s.spec.scaleTargetRef.name === deployment.metadata.name);
    const [trigger] = so.spec.triggers;
    assert.equal(trigger.type, "postgresql");
    assert.match(trigger.metadata.query, /FROM reminders WHERE "State" = 'pending' AND "FireAt" < now\(\) \+ interval '1 minute'/);
    assert.equal(trigger.metadata.activationTargetQueryValue, "0");
    assert.equal(so.spec.minReplicaCount, 0);
    const auth = byKind(objects, "TriggerAuthentication").find((t) => t.metadata.name === trigger.authenticationRef.name);
    const [ref] = auth.spec.secretTargetRef;
    assert.equal(ref.parameter, "connection");
    const secret = byKind(objects, "Secret").find((s) => s.metadata.name === ref.name);
    assert.match(Buffer.from(secret.data[ref.key], "base64").toString(), /^postgresql:\/\/todo:[^@]+@todo-todo-functions-postgresql:5432\/todo\?sslmode=disable$/);
    for (const o of [so, auth]) assert.deepEqual(await validateObject(o), [], `${o.kind}/${o.metadata.name}`);
  });
  test("the standalone chart refuses to render without the app's name", () => {
    const result = helm(["template", "s", kedaChart, "-f", path.join(appChart, "values.yaml")]);
    assert.equal(result.ok, false);
    assert.match(result.stderr, /app\.fullname/);
  });
});

test("the optional kagent Agent is off by default and, when on, names every worker Deployment", () => {
  assert.equal(rendered.default.filter((o) => o.kind === "Agent").length, 0);
  const objects = render(appChart, ["--set", "kagent.enabled=true"]);
  const [agent] = byKind(objects, "Agent");
  assert.equal(agent.apiVersion, "kagent.dev/v1alpha1");
  for (const d of workerDeployments(objects)) assert.ok(agent.spec.systemMessage.includes(d.metadata.name), d.metadata.name);
});

test("the API reference (/api/docs) is off by default and http.apiReference.enabled turns it on", () => {
  const referenceEnv = (objects) => byKind(objects, "Deployment").find((d) => d.metadata.labels["app.kubernetes.io/component"] === "http")
    .spec.template.spec.containers[0].env.find((e) => e.name === "ApiReference__Enabled")?.value;
  assert.equal(referenceEnv(rendered.default), "false");
  assert.equal(referenceEnv(rendered.production), "false");
  assert.equal(referenceEnv(render(appChart, ["--set", "http.apiReference.enabled=true"])), "true");
});

test("the MCP endpoint's tools call the pod's own API on the container port", () => {
  const mcpBase = (objects) => byKind(objects, "Deployment").find((d) => d.metadata.labels["app.kubernetes.io/component"] === "http")
    .spec.template.spec.containers[0].env.find((e) => e.name === "Mcp__ApiBaseUrl")?.value;
  assert.equal(mcpBase(rendered.default), "http://127.0.0.1:8080");
  assert.equal(mcpBase(render(appChart, ["--set", "http.port=9090"])), "http://127.0.0.1:9090");
});

describe("every HTTP function route is reachable through the Ingress", () => {
  const metadataFile = path.join(repoRoot, "functions/Http/bin/Release/net10.0/functions.metadata");
  const hostJson = JSON.parse(readFileSync(path.join(repoRoot, "host.json"), "utf8"));
  const prefix = hostJson.extensions?.http?.routePrefix ?? "api";

  /** Ingress path matching as the NGINX controller does for pathType Prefix: longest matching element-wise prefix. */
  function backendFor(ingress, urlPath) {
    const paths = ingress.spec.rules[0].http.paths.filter((p) => {
      if (p.pathType !== "Prefix") return p.path === urlPath;
      const base = p.path.replace(/\/$/, "");
      return base === "" || urlPath === base || urlPath.startsWith(`${base}/`);
    });
    paths.sort((a, b) => b.path.length - a.path.length);
    return paths[0]?.backend.service.name;
  }

  for (const name of ["default", "production", "keda HTTP add-on"]) {
    test(`${name} values`, () => {
      assert.ok(existsSync(metadataFile), `${metadataFile} is missing: run dotnet build -c Release functions/Http first`);
      const functions = JSON.parse(readFileSync(metadataFile, "utf8"));
      const routes = functions.flatMap((f) => f.bindings.filter((b) => b.type === "httpTrigger").map((b) => ({ name: f.name, route: b.route ?? f.name })));
      assert.ok(routes.length >= 10, `only ${routes.length} routes in functions.metadata`);
      const objects = rendered[name];
      const ingress = byKind(objects, "Ingress")[0];
      const http = byKind(objects, "Deployment").find((d) => d.metadata.labels["app.kubernetes.io/component"] === "http");
      const services = byKind(objects, "Service");
      const httpService = services.find((s) => mapSelects(s.spec.selector, http.spec.template.metadata.labels)).metadata.name;
      const interceptor = services.find((s) => s.spec.type === "ExternalName")?.metadata.name;
      for (const { name: fn, route } of routes) {
        const urlPath = `/${prefix}/${route.replace(/\{([^}:?]+)[^}]*\}/g, "$1-value")}`.replace(/\/+$/, "");
        const backend = backendFor(ingress, urlPath);
        assert.ok(backend === httpService || (interceptor && backend === interceptor), `${fn} (${urlPath}) goes to ${backend}, not the HTTP functions`);
      }
      // And the web app still owns everything else.
      const web = services.find((s) => s.metadata.labels["app.kubernetes.io/component"] === "web").metadata.name;
      assert.equal(backendFor(ingress, "/todos"), web);
      assert.equal(backendFor(ingress, "/apiary"), web, "a prefix match must respect path elements");
    });
  }
});
