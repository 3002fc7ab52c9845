// Prints the Content-Security-Policy for the static export in out/. Next.js puts a few inline <script>s in
// each page (the React Server Components payload); rather than allowing 'unsafe-inline', the policy lists
// the sha256 of each one, so only the scripts this build produced can run.
//   node scripts/csp.mjs                       -> the policy on stdout
//   node scripts/csp.mjs --nginx FILE          -> an nginx snippet with every security header
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

const out = path.resolve(import.meta.dirname, "../out");

function htmlFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? htmlFiles(full) : entry.name.endsWith(".html") ? [full] : [];
  });
}

const hashes = new Set();
for (const file of htmlFiles(out)) {
  const html = readFileSync(file, "utf8");
  for (const match of html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
    if (match[1].length > 0) hashes.add(`'sha256-${createHash("sha256").update(match[1]).digest("base64")}'`);
  }
}

export const policy = [
  "default-src 'self'",
  `script-src 'self' ${[...hashes].sort().join(" ")}`,
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

const isMain = process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href;
const nginxIndex = process.argv.indexOf("--nginx");
if (isMain && nginxIndex > 0) {
  const headers = [
    `add_header Content-Security-Policy "${policy}" always;`,
    `add_header X-Content-Type-Options "nosniff" always;`,
    `add_header Referrer-Policy "strict-origin-when-cross-origin" always;`,
    `add_header X-Frame-Options "DENY" always;`,
    `add_header Permissions-Policy "camera=(), microphone=(), geolocation=()" always;`,
  ];
  writeFileSync(process.argv[nginxIndex + 1], headers.join("\n") + "\n");
} else if (isMain) {
  console.log(policy);
}
