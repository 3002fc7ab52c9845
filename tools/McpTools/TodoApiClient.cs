using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;

namespace TodoFunctions.Mcp;

/// <summary>
/// The Todo Functions HTTP API as the token's user. Writes are asynchronous on the server (202 + command id), so
/// <see cref="ApplyAsync"/> long-polls the command until the worker applied it and returns the outcome.
/// Every failure surfaces as a <see cref="TodoApiException"/> with a sentence the model can act on.
/// </summary>
public sealed class TodoApiClient(HttpClient http, ILogger<TodoApiClient> logger)
{
    private const int WaitMs = 10_000;
    private static readonly TimeSpan CommandDeadline = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan MaxRetryDelay = TimeSpan.FromSeconds(3);

    // One connection pool for every caller of the HTTP transport; each caller gets its own HttpClient (base + token).
    private static readonly SocketsHttpHandler SharedHandler = new() { PooledConnectionLifetime = TimeSpan.FromMinutes(5) };

    /// <param name="apiBase">The host that serves /api (ends with "/").</param>
    public static HttpClient CreateHttpClient(Uri apiBase, string token)
    {
        var client = new HttpClient(SharedHandler, disposeHandler: false) { BaseAddress = apiBase, Timeout = TimeSpan.FromSeconds(WaitMs / 1000 + 30) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        client.DefaultRequestHeaders.UserAgent.ParseAdd("todo-functions-mcp/1.0");
        return client;
    }

    /// <summary>The API's OpenAPI document (needs no token), which the tool schemas are built from.</summary>
    public async Task<JsonObject> GetContractAsync(CancellationToken cancellationToken) =>
        await SendAsync(() => new HttpRequestMessage(HttpMethod.Get, "api/openapi.json"), HttpStatusCode.OK, "The API serves no /api/openapi.json.", cancellationToken);

    public Task<JsonObject> GetTodoAsync(Guid id, CancellationToken cancellationToken) =>
        SendAsync(() => new HttpRequestMessage(HttpMethod.Get, $"api/todos/{id}"), HttpStatusCode.OK, NotFound(id), cancellationToken);

    /// <param name="query">Query parameters of GET /api/todos; null or blank values are left out.</param>
    public Task<JsonObject> ListTodosAsync(IEnumerable<KeyValuePair<string, string?>> query, CancellationToken cancellationToken)
    {
        var pairs = query.Where(p => !string.IsNullOrWhiteSpace(p.Value))
            .Select(p => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(p.Value!.Trim())}");
        var path = "api/todos?" + string.Join("&", pairs);
        return SendAsync(() => new HttpRequestMessage(HttpMethod.Get, path), HttpStatusCode.OK, "The todo list was not found.", cancellationToken);
    }

    /// <summary>Submits a write, waits for the worker, and returns the command's result (the task, or {deleted}).</summary>
    public async Task<JsonObject> ApplyAsync(HttpMethod method, string path, JsonObject? body, string notFound, CancellationToken cancellationToken)
    {
        // One key per tool call: a retry after a 503 or a dropped connection is the very same command, applied once.
        var idempotencyKey = "mcp-" + Guid.NewGuid().ToString("N");
        var accepted = await SendAsync(() =>
        {
            var request = new HttpRequestMessage(method, path);
            request.Headers.Add("Idempotency-Key", idempotencyKey);
            if (body is not null)
            {
                request.Content = JsonContent.Create(body);
            }
            return request;
        }, HttpStatusCode.Accepted, notFound, cancellationToken);

        var commandId = accepted["commandId"]?.GetValue<string>();
        var deadline = DateTimeOffset.UtcNow + CommandDeadline;
        while (true)
        {
            var status = await SendAsync(() => new HttpRequestMessage(HttpMethod.Get, $"api/commands/{commandId}?waitMs={WaitMs}"),
                HttpStatusCode.OK, $"The change (command {commandId}) was lost; retry it.", cancellationToken);
            switch (status["status"]?.GetValue<string>())
            {
                case "succeeded":
                    // A delete's result is {deleted: …}; every other command's is the todo.
                    return status["result"] as JsonObject ?? new JsonObject();
                case "failed":
                    throw new TodoApiException(ApiErrors.FromCommandError(JsonSerializer.SerializeToElement(status["error"]), notFound));
            }
            if (DateTimeOffset.UtcNow >= deadline)
            {
                throw new TodoApiException(
                    $"The change was accepted (command {commandId}) but not applied within {CommandDeadline.TotalSeconds:0} seconds; " +
                    "the service is busy. Check with get_task or list_tasks in a little while before retrying.");
            }
        }
    }

    public static string NotFound(Guid id) => $"Task {id} not found (it does not exist, was deleted, or belongs to another user).";

    private async Task<JsonObject> SendAsync(Func<HttpRequestMessage> createRequest, HttpStatusCode expected, string notFound,
        CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            HttpResponseMessage response;
            try
            {
                using var request = createRequest();
                response = await http.SendAsync(request, cancellationToken);
            }
            catch (Exception ex) when (ex is HttpRequestException || (ex is TaskCanceledException && !cancellationToken.IsCancellationRequested))
            {
                logger.LogWarning("Request to {Api} failed: {Message}", http.BaseAddress, ex.Message);
                if (attempt == 1)
                {
                    await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
                    continue;
                }
                throw new TodoApiException($"Could not reach the todo API at {http.BaseAddress} ({ex.Message}). " +
                                           "The service may be down; retry in a little while.");
            }
            using (response)
            {
                var body = await ReadJsonAsync(response, cancellationToken);
                if (response.StatusCode == expected)
                {
                    return body is { ValueKind: JsonValueKind.Object } json
                        ? JsonObject.Create(json)!
                        : throw new TodoApiException($"The API answered HTTP {(int)response.StatusCode} without a JSON object.");
                }
                if (response.StatusCode == HttpStatusCode.ServiceUnavailable && attempt == 1)
                {
                    var delay = response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(1);
                    await Task.Delay(delay < MaxRetryDelay ? delay : MaxRetryDelay, cancellationToken);
                    continue;
                }
                logger.LogInformation("API answered {Status} for {Uri}", (int)response.StatusCode, response.RequestMessage?.RequestUri);
                throw new TodoApiException(ApiErrors.FromResponse(response.StatusCode, body, response.Headers.RetryAfter, notFound));
            }
        }
    }

    private static async Task<JsonElement?> ReadJsonAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
