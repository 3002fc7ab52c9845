// MCP tool-call latency over streamable HTTP (the SDK client → /mcp → the API → the worker), for docs/PERFORMANCE.md.
//   MCP_API=http://127.0.0.1:7071 MCP_TOKEN_A=<accessToken> [BENCH_CALLS=300] node bench.mjs
// Not a test: it prints p50/p99 per tool and asserts nothing about speed.
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';

const api = process.env.MCP_API?.replace(/\/$/, '');
const token = process.env.MCP_TOKEN_A;
const calls = Number(process.env.BENCH_CALLS ?? 300);
if (!api || !token) throw new Error('Set MCP_API and MCP_TOKEN_A.');

const client = new Client({ name: 'todo-functions-bench', version: '1.0.0' });
await client.connect(new StreamableHTTPClientTransport(new URL(`${api}/mcp`), { requestInit: { headers: { Authorization: `Bearer ${token}` } } }));
await client.listTools();

async function timed(name, args) {
  const start = process.hrtime.bigint();
  const result = await client.callTool({ name, arguments: args });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.isError) throw new Error(`${name}: ${result.content[0].text}`);
  return { ms, result };
}

const percentile = (values, p) => {
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};

const seed = (await timed('add_task', { title: 'bench seed', priority: 'low' })).result.structuredContent;
for (let i = 0; i < 20; i++) await timed('get_task', { id: seed.id }); // warm-up

const samples = { get_task: [], list_tasks: [], add_task: [], complete_task: [] };
for (let i = 0; i < calls; i++) {
  samples.get_task.push((await timed('get_task', { id: seed.id })).ms);
  samples.list_tasks.push((await timed('list_tasks', { status: 'pending', limit: 20 })).ms);
}
for (let i = 0; i < Math.max(10, calls / 10); i++) {
  const { ms, result } = await timed('add_task', { title: `bench ${i}` });
  samples.add_task.push(ms);
  samples.complete_task.push((await timed('complete_task', { id: result.structuredContent.id })).ms);
}
await client.close();

console.log(`MCP over streamable HTTP at ${api}/mcp, sequential calls:`);
console.log('| Tool | Calls | p50 ms | p99 ms |');
console.log('| --- | --- | --- | --- |');
for (const [name, values] of Object.entries(samples)) {
  console.log(`| \`${name}\` | ${values.length} | ${percentile(values, 50).toFixed(1)} | ${percentile(values, 99).toFixed(1)} |`);
}
