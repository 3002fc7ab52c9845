using System.Text;

namespace TodoFunctions.Reliability.Tests;

/// <summary>
/// Input that used to poison a batch (NUL), bloat it (oversized) or confuse the API (duplicate keys, flag
/// enums), sent through HTTP between valid writes: each is a 4xx at the door, and the valid writes around
/// it are applied once, with nothing in the error queues.
/// </summary>
public sealed class PoisonInputTests
{
    [Fact]
    public async Task HostileInputIsRefusedAtTheDoorAndTheValidWritesAroundItAreAppliedOnce()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var backbone = await Backbone.StartAsync();
        await using var app = await LocalApp.ServersAsync(settings =>
        {
            settings["ConnectionStrings:Todo"] = backbone.Database;
            settings["ConnectionStrings:RabbitMQ"] = backbone.Amqp;
            settings["Workers:Queues"] = "none";
        });
        using var worker = WorkerProcess.Start(backbone.Environment, "--queues", $"{QueueNames.TodoCommands},{QueueNames.ChatCommands}");
        using var api = await app.Api().SignUpAsync();
        var seed = (await api.CreateAndWaitAsync(new { title = "Seed" })).GetProperty("id").GetGuid();

        var hostile = new (string What, Func<HttpRequestMessage> Request)[]
        {
            ("NUL in a title", () => Raw(HttpMethod.Post, "/api/todos", """{"title":"bad\u0000title"}""")),
            ("NUL in a tag", () => Raw(HttpMethod.Post, "/api/todos", """{"title":"x","tags":["a\u0000"]}""")),
            ("NUL in a rename", () => Raw(HttpMethod.Patch, $"/api/todos/{seed}", """{"title":"bad\u0000"}""")),
            ("NUL in a chat message", () => Raw(HttpMethod.Post, "/api/chat", """{"message":"add milk\u0000"}""")),
            ("a 201-character title", () => Raw(HttpMethod.Post, "/api/todos", JsonSerializer.Serialize(new { title = new string('t', 201) }))),
            ("a 2,001-character chat message", () => Raw(HttpMethod.Post, "/api/chat", JsonSerializer.Serialize(new { message = new string('m', 2001) }))),
            ("a 2 MB body", () => Raw(HttpMethod.Post, "/api/todos", JsonSerializer.Serialize(new { title = "x", description = new string('d', 2_000_000) }))),
            ("a key twice", () => Raw(HttpMethod.Patch, $"/api/todos/{seed}", """{"title":"a","title":"b"}""")),
            ("a flag-list priority", () => Raw(HttpMethod.Post, "/api/todos", """{"title":"x","priority":"low,medium"}""")),
            ("not JSON", () => Raw(HttpMethod.Post, "/api/todos", "{title: x")),
        };
        var answers = new List<Answer>();
        var misanswered = new List<string>();
        for (var round = 0; round < 20; round++)
        {
            foreach (var (what, request) in hostile)
            {
                var status = (int)(await api.Http.SendAsync(request(), ct)).StatusCode;
                answers.Add(new Answer(answers.Count, what, status, null, During: true));
                if (status is < 400 or >= 500)
                {
                    misanswered.Add($"{what}: {status}");
                }
                var valid = await api.Http.PostAsJsonAsync("/api/todos", new { title = $"Valid {answers.Count}" }, ct);
                var body = valid.StatusCode == HttpStatusCode.Accepted ? await valid.Content.ReadFromJsonAsync<JsonElement>(ct) : default;
                answers.Add(new Answer(answers.Count, "valid create", (int)valid.StatusCode,
                    valid.StatusCode == HttpStatusCode.Accepted ? body.GetProperty("commandId").GetGuid() : null, During: true));
            }
        }
        Assert.Empty(misanswered);

        var accepted = answers.Where(a => a.Status == 202).Select(a => a.CommandId!.Value).ToList();
        Assert.Equal(answers.Count / 2, accepted.Count);
        await Backbone.EventuallyAsync(async () => await OrderingTests.ProcessedAsync(backbone, accepted) == accepted.Count,
            TimeSpan.FromSeconds(60), "the valid writes");
        var row = await OrderingTests.RowAsync("NUL, oversized, duplicate-key, flag-enum and malformed input between valid writes",
            backbone, accepted, todosMade: accepted.Count + 1, outOfOrder: null);
        FaultReport.Add(row with
        {
            Refused = answers.Count(a => a.Status is >= 400 and < 500),
            ServerErrors = answers.Count(a => a.Status >= 500),
            InErrorQueues = row.InErrorQueues + await new RabbitProbe(backbone.Amqp).CountAsync(QueueNames.ChatCommands + "_error"),
        });
    }

    private static HttpRequestMessage Raw(HttpMethod method, string path, string json) =>
        new(method, path) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
}
