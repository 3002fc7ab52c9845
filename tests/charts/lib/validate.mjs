// Validates rendered objects against the Kubernetes 1.33 schemas (npm kubernetes-models 4.5.1), the KEDA
// schemas (@kubernetes-models/keda) and the CRDs in ../shared/k8s-crds (HTTPScaledObject). Strict like
// `kubectl apply --validate=strict`: a wrong type or a missing required field fails, and so does a field
// the schema does not know.
import Ajv from "ajv";
import { readFileSync, readdirSync, existsSync } from "node:fs";
import path from "node:path";
import { parseAllDocuments } from "yaml";
import { repoRoot } from "./helm.mjs";

const builtInGroups = new Set(["v1", "apps/v1", "batch/v1", "policy/v1", "networking.k8s.io/v1", "autoscaling/v2", "rbac.authorization.k8s.io/v1"]);

async function modelFor(apiVersion, kind) {
  if (builtInGroups.has(apiVersion)) {
    return (await import(`kubernetes-models/${apiVersion}/${kind}`))[kind];
  }
  if (apiVersion.startsWith("keda.sh/") || apiVersion.startsWith("eventing.keda.sh/")) {
    return (await import(`@kubernetes-models/keda/${apiVersion}/${kind}`))[kind];
  }
  return undefined;
}

/**
 * The compiled validators of kubernetes-models read every property their schema declares; a property of
 * an object that the validator never read (and whose keys it never enumerated, as it does for maps) is
 * unknown to the schema. A Proxy records those reads.
 */
function validateWithModel(Model, object) {
  const records = [];
  const wrap = (value, pointer) => {
    if (value === null || typeof value !== "object") return value;
    const record = { value, pointer, read: new Set(), enumerated: false };
    records.push(record);
    const children = new Map();
    return new Proxy(value, {
      get(target, key) {
        if (typeof key !== "string") return target[key];
        record.read.add(key);
        if (!children.has(key)) children.set(key, wrap(target[key], `${pointer}/${key}`));
        return children.get(key);
      },
      ownKeys(target) {
        record.enumerated = true;
        return Reflect.ownKeys(target);
      },
    });
  };
  const errors = [];
  try {
    Model.prototype.validate.call(wrap(object, ""));
  } catch (e) {
    errors.push(e.message);
  }
  for (const record of records) {
    if (Array.isArray(record.value) || record.enumerated) continue;
    for (const key of Object.keys(record.value)) {
      if (!record.read.has(key)) errors.push(`${record.pointer}/${key}: unknown field`);
    }
  }
  return errors;
}

// CRD schemas: every object schema that lists properties and does not preserve unknown fields gets
// additionalProperties: false, which is what the API server's strict field validation enforces.
function strictCrdSchema(schema) {
  if (Array.isArray(schema)) return schema.map(strictCrdSchema);
  if (schema === null || typeof schema !== "object") return schema;
  const copy = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key.startsWith("x-kubernetes-")) continue;
    copy[key] = key === "properties" ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, strictCrdSchema(v)])) : strictCrdSchema(value);
  }
  if (schema.properties && schema.additionalProperties === undefined && !schema["x-kubernetes-preserve-unknown-fields"]) {
    copy.additionalProperties = false;
  }
  return copy;
}

const metadataSchema = {
  type: "object",
  required: ["name"],
  properties: {
    name: { type: "string", pattern: "^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$", maxLength: 253 },
    namespace: { type: "string" },
    labels: { type: "object", additionalProperties: { type: "string" } },
    annotations: { type: "object", additionalProperties: { type: "string" } },
  },
  additionalProperties: false,
};

function loadCrdValidators() {
  const ajv = new Ajv({ allErrors: true, strict: false, formats: { int32: true, int64: true, "date-time": true } });
  const validators = new Map();
  // ../shared beside the repository (as on a developer's machine and in CI).
  const folder = path.resolve(repoRoot, "../shared/k8s-crds");
  if (!existsSync(folder)) throw new Error(`CRD schemas not found at ${folder}`);
  for (const file of readdirSync(folder).filter((f) => /\.ya?ml$/.test(f))) {
    for (const doc of parseAllDocuments(readFileSync(path.join(folder, file), "utf8"))) {
      const crd = doc.toJS();
      if (crd?.kind !== "CustomResourceDefinition") continue;
      for (const version of crd.spec.versions) {
        const schema = strictCrdSchema(version.schema.openAPIV3Schema);
        schema.properties.metadata = metadataSchema;
        validators.set(`${crd.spec.group}/${version.name}/${crd.spec.names.kind}`, ajv.compile(schema));
      }
    }
  }
  return validators;
}

let crdValidators;

/** Returns a list of problems (empty when the object is valid). */
export async function validateObject(object) {
  const { apiVersion, kind } = object ?? {};
  if (!apiVersion || !kind) return ["apiVersion and kind are required"];
  const Model = await modelFor(apiVersion, kind).catch(() => undefined);
  if (Model) return validateWithModel(Model, object);
  crdValidators ??= loadCrdValidators();
  const validate = crdValidators.get(`${apiVersion}/${kind}`);
  if (!validate) return [`no schema for ${apiVersion} ${kind}`];
  return validate(object) ? [] : validate.errors.map((e) => `${e.instancePath} ${e.message} ${JSON.stringify(e.params)}`);
}
