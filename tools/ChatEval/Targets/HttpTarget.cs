using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using TodoFunctions.Chat;
using TodoFunctions.ChatEval.Cases;

namespace TodoFunctions.ChatEval.Targets;

/// <summary>
/// Plays a case against a running system through its public API, as any client would: a fresh user per
/// case, the setup as todos with client-chosen ids, the history as a seeded conversation, the clock fixed
/// at the case's moment, then the message through <c>POST /api/chat</c>. The server must run with
/// <c>Testing__Enabled=true</c> (for <c>/api/test/clock</c> and <c>/api/test/conversations</c>).
/// </summary>
public sealed class HttpTarget(HttpClient http) : ICaseTarget
{
    private const int WaitMs = 20_000;

    public string Name => "http " + http.BaseAddress;

    public async Task<CaseOutcome> RunAsync(Case c, DateTimeOffset now, CaseSetup setup, CancellationToken cancellationToken = default)
    {
        try
        {
            return await PlayAsync(c, now, setup, cancellationToken);
        }
        catch (Exception e) when (e is HttpRequestException or InvalidOperationException or JsonException)
        {
            return new CaseOutcome(setup.Tasks, "", [], $"http target: {e.Message}");
        }
    }

    private async Task<CaseOutcome> PlayAsync(Case c, DateTimeOffset now, CaseSetup setup, CancellationToken ct)
    {
        var token = await RegisterAsync(ct);
        await SendAsync(HttpMethod.Put, "/api/test/clock", token, new { now }, ct);

        // Todo ids are global, so each run gets its own; they are mapped back to the setup's ids at the end.
        var toServer = setup.Tasks.ToDictionary(t => t.Id, _ => Guid.NewGuid());
        var commands = new List<string>();
        foreach (var task in setup.Tasks)
        {
            var body = new
            {
                id = toServer[task.Id],
                title = task.Title,
                description = task.Description,
                due = task.Due is null ? null : StoredDue(task.Due, setup.TimeZone),
                priority = task.Priority.ToString().ToLowerInvariant(),
                tags = task.Tags,
                recurrence = task.Recurrence is null ? null : new { rule = task.Recurrence, timeZone = setup.TimeZone.Id },
            };
            commands.Add(await AcceptAsync(HttpMethod.Post, "/api/todos", token, body, ct));
        }
        foreach (var task in setup.Tasks.Where(t => t.Completed))
        {
            commands.Add(await AcceptAsync(HttpMethod.Post, $"/api/todos/{toServer[task.Id]}/complete", token, null, ct));
        }
        foreach (var command in commands)
        {
            await WaitAsync(command, token, ct);
        }

        Guid? conversationId = null;
        if (c.History.Count > 0)
        {
            var history = InProcessTarget.BuildHistory(c, setup).Select(t => new
            {
                role = t.Role,
                text = t.Text,
                listing = t.Listing?.Select(id => toServer[id]).ToList(),
            });
            var created = await SendAsync(HttpMethod.Post, "/api/test/conversations", token, new { history }, ct);
            conversationId = created.GetProperty("conversationId").GetGuid();
        }

        var watch = Stopwatch.StartNew();
        var chat = await AcceptAsync(HttpMethod.Post, "/api/chat", token, new { conversationId, message = c.Message, timezone = c.TimeZoneId }, ct);
        var outcome = await WaitAsync(chat, token, ct);
        watch.Stop();
        if (outcome.GetProperty("status").GetString() != "succeeded")
        {
            return new CaseOutcome(setup.Tasks, "", [watch.Elapsed], "chat command " + outcome);
        }
        var reply = outcome.GetProperty("result").GetProperty("reply").GetString() ?? "";

        var toSetup = toServer.ToDictionary(p => p.Value, p => p.Key);
        var todos = await SendAsync(HttpMethod.Get, "/api/todos?status=all&limit=200", token, null, ct);
        var final = todos.GetProperty("items").EnumerateArray().Select(t => ToTask(t, toSetup, setup.TimeZone)).ToList();
        await SendAsync(HttpMethod.Put, "/api/test/clock", token, new { now = (DateTimeOffset?)null }, ct);
        return new CaseOutcome(final, reply, [watch.Elapsed]);
    }

    private async Task<string> RegisterAsync(CancellationToken ct)
    {
        var response = await http.PostAsJsonAsync("/api/auth/register",
            new { email = $"eval-{Guid.NewGuid():N}@example.com", password = "eval password " + Guid.NewGuid() }, ct);
        var body = await ReadAsync(response, ct);
        return body.GetProperty("accessToken").GetString()!;
    }

    private async Task<string> AcceptAsync(HttpMethod method, string path, string token, object? body, CancellationToken ct) =>
        (await SendAsync(method, path, token, body, ct)).GetProperty("commandId").GetString()!;

    private async Task<JsonElement> WaitAsync(string commandId, string token, CancellationToken ct)
    {
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var status = await SendAsync(HttpMethod.Get, $"/api/commands/{commandId}?waitMs={WaitMs}", token, null, ct);
            if (status.GetProperty("status").GetString() != "pending")
            {
                return status;
            }
        }
        throw new InvalidOperationException($"command {commandId} still pending");
    }

    private async Task<JsonElement> SendAsync(HttpMethod method, string path, string token, object? body, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }
        return await ReadAsync(await http.SendAsync(request, ct), ct);
    }

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response, CancellationToken ct)
    {
        var text = await response.Content.ReadAsStringAsync(ct);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"{(int)response.StatusCode} {response.RequestMessage?.RequestUri?.PathAndQuery}: {text}");
        }
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    private static string StoredDue(TaskDue due, TimeZoneInfo zone)
    {
        if (due.Time is not { } time)
        {
            return due.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }
        var local = due.Date.ToDateTime(time);
        return new DateTimeOffset(local, zone.GetUtcOffset(local)).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
    }

    private static ChatTask ToTask(JsonElement todo, Dictionary<Guid, Guid> toSetup, TimeZoneInfo zone)
    {
        var id = todo.GetProperty("id").GetGuid();
        TaskDue? due = null;
        if (todo.GetProperty("due").GetString() is { } text)
        {
            if (text.Length == 10)
            {
                due = new TaskDue(DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture), null);
            }
            else
            {
                var local = TimeZoneInfo.ConvertTime(DateTimeOffset.Parse(text, CultureInfo.InvariantCulture), zone);
                due = new TaskDue(DateOnly.FromDateTime(local.DateTime), TimeOnly.FromDateTime(local.DateTime));
            }
        }
        return new ChatTask(
            toSetup.GetValueOrDefault(id, id),
            todo.GetProperty("title").GetString()!,
            todo.GetProperty("description").GetString(),
            due,
            CaseSetup.ParsePriority(todo.GetProperty("priority").GetString()),
            [.. todo.GetProperty("tags").EnumerateArray().Select(t => t.GetString()!)],
            todo.GetProperty("completed").GetBoolean(),
            todo.TryGetProperty("recurrence", out var recurrence) && recurrence.ValueKind == JsonValueKind.Object ? recurrence.GetProperty("rule").GetString() : null);
    }
}
