// The official MCP TypeScript SDK client against the todo MCP server, over both transports:
// stdio (tools/Mcp as a child process) and streamable HTTP (/mcp and /api/mcp on the local host).
// Run by tests/Mcp.Tests (McpSdkClientTests), which starts the local host and registers two users:
//   MCP_API=http://127.0.0.1:PORT MCP_TOKEN_A=… MCP_TOKEN_B=… MCP_STDIO_DLL=…/TodoFunctions.Mcp.dll node --test client.test.mjs
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';

const api = process.env.MCP_API?.replace(/\/$/, '');
const tokenA = process.env.MCP_TOKEN_A;
const tokenB = process.env.MCP_TOKEN_B;
const stdioDll = process.env.MCP_STDIO_DLL;
if (!api || !tokenA || !tokenB || !stdioDll) {
  throw new Error('Set MCP_API, MCP_TOKEN_A, MCP_TOKEN_B and MCP_STDIO_DLL (tests/Mcp.Tests does).');
}

const transports = {
  'http /mcp': (token) => new StreamableHTTPClientTransport(new URL(`${api}/mcp`), { requestInit: { headers: { Authorization: `Bearer ${token}` } } }),
  'http /api/mcp': (token) => new StreamableHTTPClientTransport(new URL(`${api}/api/mcp`), { requestInit: { headers: { Authorization: `Bearer ${token}` } } }),
  stdio: (token) => new StdioClientTransport({
    command: 'dotnet',
    args: [stdioDll, '--token', token, '--api', api],
    env: { ...process.env, TODO_API_TOKEN: '', TODO_API_URL: '' },
    stderr: 'pipe',
  }),
};

async function connect(kind, token) {
  const client = new Client({ name: 'todo-functions-tests', version: '1.0.0' });
  await client.connect(transports[kind](token));
  return client;
}

/** A tool call that must succeed: structuredContent is the JSON of the text (the SDK already checked it against outputSchema). */
async function call(client, name, args) {
  const result = await client.callTool({ name, arguments: args });
  const text = result.content.map((c) => c.text).join('');
  assert.ok(!result.isError, `${name} failed: ${text}`);
  assert.deepEqual(result.structuredContent, JSON.parse(text), `${name}: structuredContent and text disagree`);
  return result.structuredContent;
}

async function callError(client, name, args) {
  const result = await client.callTool({ name, arguments: args });
  const text = result.content.map((c) => c.text).join('');
  assert.equal(result.isError, true, `${name} should fail but answered: ${text}`);
  assert.doesNotMatch(text, /An error occurred invoking/);
  assert.doesNotMatch(text, /\s+at \S+\(/); // no stack trace
  return text;
}

for (const kind of Object.keys(transports)) {
  describe(kind, () => {
    let a;
    let b;
    const suffix = `${kind}-${Date.now()}`;
    before(async () => {
      [a, b] = await Promise.all([connect(kind, tokenA), connect(kind, tokenB)]);
    });
    after(async () => {
      await Promise.all([a?.close(), b?.close()]);
    });

    test('lists the seven tools with input and output schemas, two resources and the plan_my_day prompt', async () => {
      const { tools } = await a.listTools();
      assert.deepEqual(tools.map((t) => t.name).sort(),
        ['add_task', 'complete_task', 'delete_task', 'get_task', 'list_tasks', 'reopen_task', 'update_task']);
      for (const tool of tools) {
        assert.equal(tool.inputSchema.type, 'object', tool.name);
        assert.equal(tool.outputSchema?.type, 'object', `${tool.name} has no outputSchema`);
        assert.ok(tool.description.length > 10, tool.name);
      }
      const add = tools.find((t) => t.name === 'add_task');
      assert.deepEqual(add.inputSchema.required, ['title']);
      assert.equal(add.inputSchema.properties.title.maxLength, 200);
      assert.deepEqual(add.inputSchema.properties.priority.oneOf[0].enum, ['none', 'low', 'medium', 'high']);
      const { resources } = await a.listResources();
      assert.deepEqual(resources.map((r) => r.uri).sort(), ['todos://open', 'todos://overdue']);
      const { prompts } = await a.listPrompts();
      assert.deepEqual(prompts.map((p) => p.name), ['plan_my_day']);
    });

    test('every tool works and the resources and prompt show the user\'s todos', async () => {
      const added = await call(a, 'add_task', { title: `Call mom ${suffix}`, due: '2026-12-24T18:00:00+01:00', priority: 'high', tags: ['family'] });
      assert.equal(added.title, `Call mom ${suffix}`);
      assert.equal(added.priority, 'high');
      const overdue = await call(a, 'add_task', { title: `File taxes ${suffix}`, due: '2020-04-15' });

      const page = await call(a, 'list_tasks', { status: 'pending', text: suffix, sort: 'due', order: 'asc', limit: 10 });
      assert.deepEqual(page.items.map((t) => t.id), [overdue.id, added.id]);
      assert.equal((await call(a, 'get_task', { id: added.id })).id, added.id);

      const updated = await call(a, 'update_task', { id: added.id, title: `Call mom back ${suffix}`, clearDue: true, tags: [] });
      assert.equal(updated.due, null);
      assert.deepEqual(updated.tags, []);
      assert.equal((await call(a, 'complete_task', { id: added.id })).completed, true);
      assert.equal((await call(a, 'reopen_task', { id: added.id })).completed, false);

      const open = JSON.parse((await a.readResource({ uri: 'todos://open' })).contents[0].text);
      assert.ok(open.items.some((t) => t.id === added.id));
      const late = JSON.parse((await a.readResource({ uri: 'todos://overdue' })).contents[0].text);
      assert.ok(late.items.some((t) => t.id === overdue.id));
      assert.ok(!late.items.some((t) => t.id === added.id));
      const prompt = await a.getPrompt({ name: 'plan_my_day', arguments: { timeZone: 'Europe/Berlin' } });
      assert.match(prompt.messages[0].content.text, new RegExp(`File taxes ${suffix}`));

      const deleted = await call(a, 'delete_task', { id: added.id });
      assert.deepEqual(deleted, { deleted: true, id: added.id, title: `Call mom back ${suffix}` });
      assert.match(await callError(a, 'get_task', { id: added.id }), /not found/i);
    });

    test('bad arguments get an error naming the field and the rule', async () => {
      assert.match(await callError(a, 'add_task', {}), /title is required/);
      assert.match(await callError(a, 'add_task', { title: 'x', priority: 'urgent' }), /priority must be one of none, low, medium, high/);
      assert.match(await callError(a, 'add_task', { title: 'x'.repeat(201) }), /title must be at most 200 characters/);
      assert.match(await callError(a, 'add_task', { title: 'x', tags: Array.from({ length: 11 }, (_, i) => `t${i}`) }), /tags must have at most 10 items/);
      assert.match(await callError(a, 'add_task', { title: 'x', colour: 'red' }), /colour is not a parameter/);
      assert.match(await callError(a, 'add_task', { title: 'x', due: 'next tuesday' }), /due/); // the API's own date check
      assert.match(await callError(a, 'get_task', { id: 'not-a-uuid' }), /id must be a UUID/);
      assert.match(await callError(a, 'list_tasks', { limit: 0 }), /limit must be between 1 and 200/);
      assert.match(await callError(a, 'list_tasks', { sort: 'colour' }), /sort must be one of created, due, priority, title, updated/);
      assert.match(await callError(a, 'update_task', { id: '0197a5d2-3c4e-7b8f-9a01-23456789abcd' }), /Nothing to change/);
      assert.match(await callError(a, 'nonexistent_tool', {}), /no tool 'nonexistent_tool'/);
    });

    test('two users are kept apart', async () => {
      const secret = await call(a, 'add_task', { title: `Private plan ${suffix}` });
      const seen = await call(b, 'list_tasks', { text: suffix, status: 'all' });
      assert.equal(seen.total, 0);
      assert.match(await callError(b, 'get_task', { id: secret.id }), /not found/i);
      assert.match(await callError(b, 'complete_task', { id: secret.id }), /not found/i);
      assert.match(await callError(b, 'delete_task', { id: secret.id }), /not found/i);
      const open = JSON.parse((await b.readResource({ uri: 'todos://open' })).contents[0].text);
      assert.ok(!open.items.some((t) => t.id === secret.id));
      assert.equal((await call(a, 'get_task', { id: secret.id })).completed, false);
    });
  });
}

describe('http without a token', () => {
  for (const path of ['/mcp', '/api/mcp']) {
    test(`${path}: 401 with WWW-Authenticate: Bearer, and the SDK client cannot connect`, async () => {
      const response = await fetch(`${api}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream' },
        body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list' }),
      });
      assert.equal(response.status, 401);
      assert.match(response.headers.get('www-authenticate') ?? '', /^Bearer/);
      assert.equal(response.headers.get('content-type'), 'application/problem+json');

      const client = new Client({ name: 'no-token', version: '1.0.0' });
      await assert.rejects(client.connect(new StreamableHTTPClientTransport(new URL(`${api}${path}`))), /401|Unauthorized/i);
      const forged = new Client({ name: 'bad-token', version: '1.0.0' });
      await assert.rejects(forged.connect(new StreamableHTTPClientTransport(new URL(`${api}${path}`),
        { requestInit: { headers: { Authorization: 'Bearer not-a-real-token' } } })), /401|Unauthorized/i);
    });
  }
});
