// Static checks of the Dockerfiles (no container engine here): pinned bases, non-root USER, no remote ADD,
// every COPY source exists, OCI labels, no secrets, and .dockerignore keeps build output and data out.
import { test, describe } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { repoRoot } from "./lib/helm.mjs";

/** Instructions of a Dockerfile: continuation lines joined, comments dropped. */
export function parseDockerfile(text) {
  const lines = text.replace(/\\\r?\n/g, " ").split(/\r?\n/);
  return lines
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith("#"))
    .map((l) => {
      const [, instruction, rest] = l.match(/^(\S+)\s*(.*)$/);
      return { instruction: instruction.toUpperCase(), args: rest };
    });
}

/** Stages with their resolved base image (ARG defaults before the first FROM substituted). */
export function stages(instructions) {
  const globalArgs = {};
  const result = [];
  for (const { instruction, args } of instructions) {
    if (instruction === "ARG" && result.length === 0) {
      const [name, value] = args.split("=");
      globalArgs[name.trim()] = value?.trim();
    }
    if (instruction === "FROM") {
      const words = args.split(/\s+/).filter((w) => !w.startsWith("--"));
      const image = words[0].replace(/\$\{?(\w+)\}?/g, (_, n) => globalArgs[n] ?? `$${n}`);
      result.push({ image, name: words[2], instructions: [] });
    } else if (result.length) {
      result[result.length - 1].instructions.push({ instruction, args });
    }
  }
  return result;
}

/** A base is pinned when it carries a digest or a tag with a version number, and never `latest`. */
export function isPinned(image) {
  if (/@sha256:[a-f0-9]{64}$/.test(image)) return true;
  const tag = image.slice(image.lastIndexOf("/") + 1).split(":")[1];
  return Boolean(tag) && tag !== "latest" && /\d/.test(tag);
}

/** Does a COPY source exist under the build context? Handles `*` within the last path element. */
function sourceExists(source, context) {
  const full = path.join(context, source);
  if (!source.includes("*")) return existsSync(full);
  const dir = path.dirname(full);
  const pattern = new RegExp(`^${path.basename(full).replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*")}$`);
  return existsSync(dir) && readdirSync(dir).some((f) => pattern.test(f));
}

/** ENV/ARG that would bake a secret value into an image layer. */
const bakedSecret = /\b(\w*(PASSWORD|TOKEN|APIKEY|API_KEY|_SECRET)|AI__ApiKey|Auth__SigningKey|ConnectionStrings__\w+)\s*=\s*\S+/i;

const dockerfiles = ["functions/Http/Dockerfile", "functions/Workers/Dockerfile", "web/Dockerfile"].filter((f) => existsSync(path.join(repoRoot, f)));

describe("Dockerfiles", () => {
  test("the HTTP functions and workers Dockerfiles exist", () => {
    assert.ok(dockerfiles.includes("functions/Http/Dockerfile"));
    assert.ok(dockerfiles.includes("functions/Workers/Dockerfile"));
  });

  for (const file of dockerfiles) {
    describe(file, () => {
      const text = readFileSync(path.join(repoRoot, file), "utf8");
      const all = stages(parseDockerfile(text));
      const final = all[all.length - 1];
      const stageNames = new Set(all.map((s) => s.name).filter(Boolean));
      // Built from the repository root, except a Dockerfile whose COPY sources only resolve in its own folder.
      const copySources = all.flatMap((s) => s.instructions.filter((i) => i.instruction === "COPY" && !/--from=/.test(i.args)))
        .flatMap((i) => {
          const words = i.args.startsWith("[") ? JSON.parse(i.args) : i.args.split(/\s+/).filter((w) => !w.startsWith("--"));
          return words.slice(0, -1);
        });
      const contexts = [repoRoot, path.dirname(path.join(repoRoot, file))];
      const context = contexts.find((c) => copySources.every((src) => sourceExists(src, c))) ?? repoRoot;

      test("is multi-stage and every base image is pinned", () => {
        assert.ok(all.length >= 2, "single stage");
        for (const s of all) if (!stageNames.has(s.image)) assert.ok(isPinned(s.image), `unpinned base ${s.image}`);
      });
      test("the final stage runs as a non-root user", () => {
        const users = final.instructions.filter((i) => i.instruction === "USER").map((i) => i.args.split(":")[0]);
        assert.ok(users.length, "no USER in the final stage");
        const user = users[users.length - 1];
        assert.ok(!["root", "0"].includes(user), `USER ${user}`);
        if (/^\d+$/.test(user)) assert.ok(Number(user) > 0);
      });
      test("no ADD of a remote URL", () => {
        for (const s of all) for (const i of s.instructions.filter((x) => x.instruction === "ADD")) assert.doesNotMatch(i.args, /https?:\/\/|git@/);
      });
      test(`every COPY source exists (context ${path.relative(repoRoot, context) || "."})`, () => {
        assert.ok(copySources.length > 0);
        for (const src of copySources) assert.ok(sourceExists(src, context), `COPY source ${src} does not exist`);
      });
      test("OCI labels for source, version and revision come from build args", () => {
        const labels = final.instructions.filter((i) => i.instruction === "LABEL").map((i) => i.args).join(" ");
        for (const key of ["source", "version", "revision"]) assert.match(labels, new RegExp(`org\\.opencontainers\\.image\\.${key}=`), key);
        assert.match(labels, /\$\{?VERSION\}?/);
        assert.match(labels, /\$\{?REVISION\}?/);
      });
      test("no secret is baked in", () => {
        for (const s of all) {
          for (const i of s.instructions.filter((x) => ["ENV", "ARG"].includes(x.instruction))) {
            assert.doesNotMatch(i.args, bakedSecret, `${i.instruction} ${i.args}`);
          }
        }
      });
      if (file === "functions/Http/Dockerfile") {
        test("the Functions host listens on 8080 and publishes to /home/site/wwwroot", () => {
          assert.match(final.image, /^mcr\.microsoft\.com\/azure-functions\/dotnet-isolated:4-dotnet-isolated10\.0/);
          const env = final.instructions.filter((i) => i.instruction === "ENV").map((i) => i.args).join(" ");
          assert.match(env, /ASPNETCORE_URLS=http:\/\/\+:8080/);
          assert.match(env, /AzureWebJobsScriptRoot=\/home\/site\/wwwroot/);
          assert.match(env, /AzureFunctionsJobHost__Logging__Console__IsEnabled=true/);
          assert.match(text, /COPY --from=build\b.*\/home\/site\/wwwroot/);
        });
      }
      if (file === "functions/Workers/Dockerfile") {
        test("the workers image is published self-contained, composite ReadyToRun, on a .NET 10 base", () => {
          assert.match(final.image, /^mcr\.microsoft\.com\/dotnet\/runtime-deps:10\.0/);
          assert.match(text, /--self-contained true -p:PublishReadyToRun=true -p:PublishReadyToRunComposite=true/);
          assert.match(text, /ENTRYPOINT \["\.\/TodoFunctions\.Workers"\]/);
        });
      }
    });
  }

  test("the static checks can fail", () => {
    const bad = stages(parseDockerfile("FROM mcr.microsoft.com/dotnet/sdk AS build\nFROM ubuntu:latest\nADD https://example.com/x /x\nUSER root\n"));
    assert.equal(isPinned(bad[0].image), false);
    assert.equal(isPinned(bad[1].image), false);
    assert.equal(isPinned("mcr.microsoft.com/dotnet/aspnet:10.0.12-noble-chiseled-extra"), true);
    assert.equal(isPinned("postgres@sha256:" + "a".repeat(64)), true);
    assert.match("ENV ConnectionStrings__Todo=Host=db;Password=x", bakedSecret);
    assert.match("ARG NPM_TOKEN=abc", bakedSecret);
    assert.doesNotMatch("ENV AzureWebJobsSecretStorageType=files", bakedSecret);
  });
});

describe(".dockerignore", () => {
  const files = [".dockerignore", "web/.dockerignore"].filter((f) => existsSync(path.join(repoRoot, f)));
  test("the root .dockerignore exists", () => assert.ok(files.includes(".dockerignore")));
  for (const file of files) {
    test(`${file} excludes build output, dependencies, local data and git`, () => {
      const patterns = readFileSync(path.join(repoRoot, file), "utf8").split(/\r?\n/).map((l) => l.trim()).filter((l) => l && !l.startsWith("#"));
      const covers = (name) => patterns.some((p) => p.replace(/^\*\*\//, "").replace(/^\//, "").replace(/\/$/, "") === name);
      for (const name of ["bin", "obj", "node_modules", ".data"]) assert.ok(covers(name), `${file} does not exclude ${name}`);
    });
  }
});
