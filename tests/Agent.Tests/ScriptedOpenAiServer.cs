using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace TodoFunctions.Agent.Tests;

/// <summary>
/// An OpenAI-compatible model on a real loopback port: <c>POST /v1/chat/completions</c> (non-streaming) answers
/// from a script of steps, one per request, and every request is recorded for the test to inspect. An exhausted
/// script answers 500 "script exhausted" (and that request is recorded too), so an unexpected call shows up.
/// </summary>
public sealed class ScriptedOpenAiServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Queue<ScriptStep> _script = new();
    private readonly List<RecordedRequest> _requests = [];
    private readonly Lock _gate = new();
    private int _completions;

    private ScriptedOpenAiServer(WebApplication app) => _app = app;

    /// <summary>The base URL to configure as <c>AI:Endpoint</c> (the SDK appends <c>chat/completions</c>).</summary>
    public string Endpoint { get; private set; } = "";

    public IReadOnlyList<RecordedRequest> Requests
    {
        get { lock (_gate) { return [.. _requests]; } }
    }

    public static async Task<ScriptedOpenAiServer> StartAsync(params ScriptStep[] steps)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [] });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var server = new ScriptedOpenAiServer(builder.Build());
        server.Enqueue(steps);
        server._app.MapPost("/v1/chat/completions", server.CompleteAsync);
        server._app.MapFallback(server.UnknownAsync);
        await server._app.StartAsync(TestContext.Current.CancellationToken);
        var address = server._app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        server.Endpoint = address.TrimEnd('/') + "/v1";
        return server;
    }

    public void Enqueue(params ScriptStep[] steps)
    {
        lock (_gate)
        {
            foreach (var step in steps)
            {
                _script.Enqueue(step);
            }
        }
    }

    /// <summary>Steps not used yet (a repeating step never counts as used).</summary>
    public int Remaining
    {
        get { lock (_gate) { return _script.Count(s => !s.Repeats); } }
    }

    private async Task CompleteAsync(HttpContext http)
    {
        var body = await JsonSerializer.DeserializeAsync<JsonElement>(http.Request.Body, cancellationToken: http.RequestAborted);
        ScriptStep? step;
        lock (_gate)
        {
            _requests.Add(new RecordedRequest(http.Request.Path, http.Request.Headers.Authorization.ToString(), body));
            step = _script.Count == 0 ? null : _script.Peek().Repeats ? _script.Peek() : _script.Dequeue();
        }
        var model = body.TryGetProperty("model", out var m) ? m.GetString() ?? "" : "";
        switch (step)
        {
            case null:
                await ErrorAsync(http, 500, "The test script is exhausted: the model was not expected to be called again.");
                break;
            case ServerErrorStep:
                await ErrorAsync(http, 500, "The scripted model is failing on purpose.");
                break;
            case SlowStep slow:
                try
                {
                    await Task.Delay(slow.Delay, http.RequestAborted);
                }
                catch (OperationCanceledException)
                {
                    return; // the client gave up, as the test intends
                }
                await AnswerAsync(http, model, Message(slow.Content, null), "stop");
                break;
            case TextStep text:
                await AnswerAsync(http, model, Message(text.Content, null), "stop");
                break;
            case CallsStep calls:
                var toolCalls = new JsonArray([.. calls.ToolCalls.Select(c => (JsonNode)new JsonObject
                {
                    ["id"] = c.Id,
                    ["type"] = "function",
                    ["function"] = new JsonObject { ["name"] = c.Name, ["arguments"] = c.Arguments },
                })]);
                await AnswerAsync(http, model, Message(null, toolCalls), "tool_calls");
                break;
        }
    }

    private static JsonObject Message(string? content, JsonArray? toolCalls)
    {
        var message = new JsonObject { ["role"] = "assistant", ["content"] = content, ["refusal"] = null };
        if (toolCalls is not null)
        {
            message["tool_calls"] = toolCalls;
        }
        return message;
    }

    private Task AnswerAsync(HttpContext http, string model, JsonObject message, string finishReason)
    {
        var n = Interlocked.Increment(ref _completions);
        var completion = new JsonObject
        {
            ["id"] = $"chatcmpl-scripted-{n}",
            ["object"] = "chat.completion",
            ["created"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            ["model"] = model,
            ["choices"] = new JsonArray(new JsonObject
            {
                ["index"] = 0,
                ["message"] = message,
                ["logprobs"] = null,
                ["finish_reason"] = finishReason,
            }),
            ["usage"] = new JsonObject { ["prompt_tokens"] = 10, ["completion_tokens"] = 5, ["total_tokens"] = 15 },
        };
        return Results.Text(completion.ToJsonString(), "application/json").ExecuteAsync(http);
    }

    private static Task ErrorAsync(HttpContext http, int status, string message)
    {
        var error = new JsonObject
        {
            ["error"] = new JsonObject { ["message"] = message, ["type"] = "server_error", ["param"] = null, ["code"] = null },
        };
        return Results.Text(error.ToJsonString(), "application/json", statusCode: status).ExecuteAsync(http);
    }

    private Task UnknownAsync(HttpContext http)
    {
        lock (_gate)
        {
            _requests.Add(new RecordedRequest(http.Request.Path, http.Request.Headers.Authorization.ToString(), default));
        }
        return ErrorAsync(http, 404, $"The scripted model serves only POST /v1/chat/completions, not {http.Request.Method} {http.Request.Path}.");
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
    }
}

/// <summary>One request the scripted model received. <see cref="Body"/> is the Chat Completions request JSON.</summary>
public sealed record RecordedRequest(string Path, string Authorization, JsonElement Body)
{
    public string? Model => Body.GetProperty("model").GetString();

    public IReadOnlyList<JsonElement> Messages => [.. Body.GetProperty("messages").EnumerateArray()];

    public IReadOnlyList<string> ToolNames => Body.TryGetProperty("tools", out var tools)
        ? [.. tools.EnumerateArray().Select(t => t.GetProperty("function").GetProperty("name").GetString()!)]
        : [];

    /// <summary>The tool results sent back: (tool_call_id, content) of every message with role "tool".</summary>
    public IReadOnlyList<(string CallId, string Content)> ToolResults =>
        [.. Messages.Where(m => Role(m) == "tool").Select(m => (m.GetProperty("tool_call_id").GetString()!, Text(m)))];

    public string SystemPrompt => string.Join("\n", Messages.Where(m => Role(m) == "system").Select(Text));

    public static string Role(JsonElement message) => message.GetProperty("role").GetString()!;

    /// <summary>A message's content, whether sent as a string or as an array of text parts.</summary>
    public static string Text(JsonElement message) => message.TryGetProperty("content", out var content)
        ? content.ValueKind switch
        {
            JsonValueKind.String => content.GetString()!,
            JsonValueKind.Array => string.Concat(content.EnumerateArray().Select(p => p.TryGetProperty("text", out var t) ? t.GetString() : "")),
            _ => "",
        }
        : "";
}
