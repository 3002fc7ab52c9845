using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace TodoFunctions.Reliability.Tests;

/// <summary>One answer the API gave a <see cref="Writer"/>; <see cref="Seq"/> orders one writer's requests.</summary>
public sealed record Answer(int Seq, string What, int Status, Guid? CommandId, bool During, Guid? Todo = null, string? Title = null, bool? Completed = null);

/// <summary>
/// One user writing as fast as a person clicking very fast: creates, renames, completes, reopens, chat.
/// Requests go one after another, so the last accepted write to a seed todo is the one it must end with.
/// Every request carries an Idempotency-Key; with <c>retryUnavailable</c> a 503 is retried with the same
/// key, as the web app does.
/// </summary>
public sealed class Writer(ApiClient api, List<Guid> todos, bool retryUnavailable = false)
{
    public ApiClient Api => api;
    public IReadOnlyList<Guid> Seeds => todos;
    public ConcurrentBag<Answer> Answers { get; } = [];

    public static async Task<List<Writer>> SignUpAsync(LocalApp app, int count, bool retryUnavailable = false)
    {
        var writers = new List<Writer>();
        for (var i = 0; i < count; i++)
        {
            var api = await app.Api().SignUpAsync();
            var seeds = new List<Guid>();
            for (var j = 0; j < 3; j++)
            {
                seeds.Add((await api.CreateAndWaitAsync(new { title = $"Seed {i}.{j}" }, retryUnavailable)).GetProperty("id").GetGuid());
            }
            writers.Add(new Writer(api, seeds, retryUnavailable));
        }
        return writers;
    }

    public async Task RunAsync(CancellationToken stop)
    {
        var started = Stopwatch.StartNew();
        for (var i = 0; !stop.IsCancellationRequested; i++)
        {
            var todo = todos[i % todos.Count];
            var key = $"w-{i}";
            while (true)
            {
                var (what, request, title, completed) = Request(i, todo, key);
                var response = await api.Http.SendAsync(request, CancellationToken.None);
                Guid? commandId = null;
                if (response.StatusCode == HttpStatusCode.Accepted)
                {
                    commandId = (await response.Content.ReadFromJsonAsync<JsonElement>(CancellationToken.None)).GetProperty("commandId").GetGuid();
                }
                var targets = what is "rename" or "complete" or "reopen" ? todo : (Guid?)null;
                Answers.Add(new Answer(i, what, (int)response.StatusCode, commandId, started.Elapsed > TimeSpan.FromSeconds(3.5), targets, title, completed));
                if (!(retryUnavailable && response.StatusCode == HttpStatusCode.ServiceUnavailable) || stop.IsCancellationRequested)
                {
                    break;
                }
                var wait = response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(1);
                await Task.Delay(wait > TimeSpan.FromSeconds(1) ? TimeSpan.FromSeconds(1) : wait, CancellationToken.None);
            }
            await Task.Delay(25, CancellationToken.None);
        }
    }

    private static (string What, HttpRequestMessage Request, string? Title, bool? Completed) Request(int i, Guid todo, string key) => (i % 6) switch
    {
        0 => ("create", Json(HttpMethod.Post, "/api/todos", new { title = $"Written {i}" }, key), $"Written {i}", null),
        1 => ("rename", Json(HttpMethod.Patch, $"/api/todos/{todo}", new { title = $"Renamed {i}" }, key), $"Renamed {i}", null),
        2 => ("complete", Keyed(new HttpRequestMessage(HttpMethod.Post, $"/api/todos/{todo}/complete"), key), null, true),
        3 => ("reopen", Keyed(new HttpRequestMessage(HttpMethod.Post, $"/api/todos/{todo}/reopen"), key), null, false),
        4 => ("chat", Json(HttpMethod.Post, "/api/chat", new { message = $"add water plant {i} tomorrow", timezone = "Europe/Berlin" }, key), $"plant {i}", null),
        _ => ("keyed create", Json(HttpMethod.Post, "/api/todos", new { title = $"Keyed {i}" }, key), $"Keyed {i}", null),
    };

    private static HttpRequestMessage Json(HttpMethod method, string path, object body, string key) =>
        Keyed(new HttpRequestMessage(method, path) { Content = JsonContent.Create(body) }, key);

    private static HttpRequestMessage Keyed(HttpRequestMessage request, string key)
    {
        request.Headers.Add("Idempotency-Key", key);
        return request;
    }
}

/// <summary>Counts, after a fault, what became of everything the writers were told was accepted.</summary>
public static class FaultLedger
{
    public static async Task<FaultRow> MeasureAsync(string fault, Backbone backbone, IReadOnlyList<Writer> writers)
    {
        var answers = writers.SelectMany(w => w.Answers).ToList();
        var accepted = answers.Where(a => a.Status == 202).Select(a => a.CommandId!.Value).Distinct().ToList();
        await using var db = backbone.Db();
        var outcomes = await db.ProcessedCommands.Where(c => accepted.Contains(c.Id)).Select(c => c.Status).ToListAsync();
        var outOfOrder = 0;
        var doubled = 0;
        foreach (var writer in writers)
        {
            var userTodos = await db.Todos.Where(t => t.UserId == writer.Api.UserId).ToListAsync();
            var mine = writer.Answers.Where(a => a.Status == 202).OrderBy(a => a.Seq).ToList();
            foreach (var seed in writer.Seeds)
            {
                var row = userTodos.Single(t => t.Id == seed);
                var lastTitle = mine.LastOrDefault(a => a.Todo == seed && a.Title is not null)?.Title;
                var lastCompleted = mine.LastOrDefault(a => a.Todo == seed && a.Completed is not null)?.Completed;
                if ((lastTitle is not null && row.Title != lastTitle) || (lastCompleted is { } done && row.Completed != done))
                {
                    outOfOrder++;
                }
            }
            foreach (var created in mine.Where(a => a.What is "create" or "keyed create" or "chat").DistinctBy(a => a.Seq))
            {
                var pattern = new Regex($@"\b{Regex.Escape(created.Title!)}\b", RegexOptions.IgnoreCase);
                doubled += Math.Max(0, userTodos.Count(t => pattern.IsMatch(t.Title)) - 1);
            }
        }
        var probe = new RabbitProbe(backbone.Amqp);
        return new FaultRow(fault,
            Accepted: accepted.Count,
            Applied: outcomes.Count(s => s == CommandStatus.Succeeded),
            Refused: outcomes.Count(s => s == CommandStatus.Failed),
            Lost: accepted.Count - outcomes.Count,
            Doubled: doubled,
            OutOfOrder: outOfOrder,
            InErrorQueues: await probe.CountAsync(QueueNames.TodoCommands + "_error") + await probe.CountAsync(QueueNames.ChatCommands + "_error"),
            ServerErrors: answers.Count(a => a.Status >= 500 && a.Status != 503),
            Unavailable: answers.Count(a => a.Status == 503));
    }
}
