import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import openapiTS, { astToString } from "openapi-typescript";

// src/api/schema.d.ts is generated from src/api/openapi.json (the Http.Tests hold that snapshot to the served
// document). Regenerated here and compared, so a hand edit or a forgotten `npm run api:types` fails.
describe("generated API types", () => {
  it("schema.d.ts is what openapi-typescript makes of openapi.json", async () => {
    const document = new URL("../../src/api/openapi.json", import.meta.url);
    const generated = astToString(await openapiTS(document));
    const checkedIn = readFileSync(new URL("../../src/api/schema.d.ts", import.meta.url), "utf8");
    const body = (text: string) => text.slice(text.indexOf("export "));
    expect(body(checkedIn), "src/api/schema.d.ts is stale: cd web && npm run api:types").toBe(body(generated));
  }, 30_000);
});
