using Microsoft.Extensions.DependencyInjection;
using TodoFunctions.Core.Contracts;
using TodoFunctions.Core.Messaging;

namespace TodoFunctions.Http.Tests;

/// <summary>
/// ETag / If-None-Match / If-Match on todos against PostgreSQL and RabbitMQ: 304 for a current copy, 412 for a
/// stale write at admission, and the worker refusing a conditional command that another write overtook.
/// </summary>
public sealed class ETagTests(ServersAppFixture fixture) : IClassFixture<ServersAppFixture>
{
    private CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task GetSendsTheVersionAsAStrongETagAndAnswers304WhileItIsCurrent()
    {
        using var api = await fixture.App.Api().SignUpAsync();
        var id = (await api.CreateAndWaitAsync(new { title = "Water the plants" })).GetProperty("id").GetGuid();

        using var first = await api.Http.GetAsync($"/api/todos/{id}", Ct);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var etag = first.Headers.ETag!;
        Assert.False(etag.IsWeak);
        Assert.Equal("\"1\"", etag.Tag);

        using var unchanged = await Get(api, id, ifNoneMatch: etag.Tag);
        Assert.Equal(HttpStatusCode.NotModified, unchanged.StatusCode);
        Assert.Equal(etag.Tag, unchanged.Headers.ETag!.Tag);
        Assert.Empty(await unchanged.Content.ReadAsByteArrayAsync(Ct));

        await ApplyAsync(api, Patch(id, new { title = "Water the ferns" }, ifMatch: etag.Tag), "succeeded");
        using var changed = await Get(api, id, ifNoneMatch: etag.Tag);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal("\"2\"", changed.Headers.ETag!.Tag);
        Assert.Equal("Water the ferns", (await changed.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("title").GetString());
    }

    [Fact]
    public async Task EveryWriteWithAStaleIfMatchIsRefused412AndChangesNothing()
    {
        using var api = await fixture.App.Api().SignUpAsync();
        var id = (await api.CreateAndWaitAsync(new { title = "Renew passport" })).GetProperty("id").GetGuid();
        await ApplyAsync(api, Patch(id, new { priority = "high" }, ifMatch: "\"1\""), "succeeded"); // now "2"

        HttpRequestMessage[] stale =
        [
            Patch(id, new { title = "Lost update" }, ifMatch: "\"1\""),
            Conditional(HttpMethod.Post, $"/api/todos/{id}/complete", "\"1\""),
            Conditional(HttpMethod.Post, $"/api/todos/{id}/reopen", "\"1\""),
            Conditional(HttpMethod.Delete, $"/api/todos/{id}", "\"1\""),
            Patch(id, new { title = "Weak tag" }, ifMatch: "W/\"2\""), // strong comparison: a weak tag never matches
            Patch(id, new { title = "Not ours" }, ifMatch: "\"abc\""),
        ];
        foreach (var request in stale)
        {
            using var response = await api.Http.SendAsync(request, Ct);
            await Problem.AssertAsync(response, HttpStatusCode.PreconditionFailed);
        }
        var todo = await api.GetJsonAsync($"/api/todos/{id}");
        Assert.Equal("Renew passport", todo.GetProperty("title").GetString());
        Assert.False(todo.GetProperty("completed").GetBoolean());
        Assert.Equal(2, todo.GetProperty("version").GetInt32());

        await ApplyAsync(api, Conditional(HttpMethod.Post, $"/api/todos/{id}/complete", "\"2\""), "succeeded");
        await ApplyAsync(api, Conditional(HttpMethod.Post, $"/api/todos/{id}/reopen", "\"3\""), "succeeded");
        await ApplyAsync(api, Patch(id, new { title = "Unconditional" }, ifMatch: "*"), "succeeded");
        await ApplyAsync(api, Conditional(HttpMethod.Delete, $"/api/todos/{id}", "\"5\""), "succeeded");
        using var gone = await api.Http.GetAsync($"/api/todos/{id}", Ct);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    [Fact]
    public async Task TheWorkerRefusesAConditionalCommandThatAnotherWriteOvertook()
    {
        using var api = await fixture.App.Api().SignUpAsync();
        var id = (await api.CreateAndWaitAsync(new { title = "Book the venue" })).GetProperty("id").GetGuid();
        // Two clients read version 1. The first one's write lands; the second one's command was admitted before
        // that (published here straight to the queue, as admission would have) and still expects version 1.
        await ApplyAsync(api, Patch(id, new { title = "Book the venue for Friday" }, ifMatch: "\"1\""), "succeeded");
        var overtaken = new TodoCommand
        {
            CommandId = Guid.NewGuid(),
            UserId = api.UserId,
            TodoId = id,
            Kind = TodoCommandKind.Update,
            IssuedAt = DateTimeOffset.UtcNow,
            Fields = new TodoFields("Book the venue for Saturday", null, null, null, null) { Present = ["title"] },
            ExpectedVersion = 1,
        };
        Assert.True(await fixture.App.Services.GetRequiredService<CommandPublisher>().TryPublishAsync(overtaken, Ct));

        var status = await WaitForOutcomeAsync(api, overtaken.CommandId);
        Assert.Equal("failed", status.GetProperty("status").GetString());
        Assert.Equal("precondition_failed", status.GetProperty("error").GetProperty("code").GetString());
        var todo = await api.GetJsonAsync($"/api/todos/{id}");
        Assert.Equal("Book the venue for Friday", todo.GetProperty("title").GetString());
        Assert.Equal(2, todo.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task TwoClientsWritingTheSameVersionAtOnceNeverLoseAnUpdate()
    {
        using var api = await fixture.App.Api().SignUpAsync();
        using var other = new ApiClient(fixture.App.CreateClient());
        other.Http.DefaultRequestHeaders.Authorization = api.Http.DefaultRequestHeaders.Authorization;
        var id = (await api.CreateAndWaitAsync(new { title = "Shared list" })).GetProperty("id").GetGuid();

        for (var round = 0; round < 5; round++)
        {
            var etag = (await api.Http.GetAsync($"/api/todos/{id}", Ct)).Headers.ETag!.Tag;
            var titles = new[] { $"A{round}", $"B{round}" };
            var responses = await Task.WhenAll(
                api.Http.SendAsync(Patch(id, new { title = titles[0] }, etag), Ct),
                other.Http.SendAsync(Patch(id, new { title = titles[1] }, etag), Ct));
            var outcomes = new List<string>();
            for (var i = 0; i < 2; i++)
            {
                if (responses[i].StatusCode == HttpStatusCode.PreconditionFailed)
                {
                    outcomes.Add("412");
                    continue;
                }
                Assert.Equal(HttpStatusCode.Accepted, responses[i].StatusCode);
                var status = await api.WaitAsync(await responses[i].Content.ReadFromJsonAsync<JsonElement>(Ct));
                outcomes.Add(status.GetProperty("status").GetString() == "succeeded"
                    ? "won:" + titles[i]
                    : status.GetProperty("error").GetProperty("code").GetString()!);
            }
            // Exactly one write is applied; the other is refused (at admission or by the worker), never applied over it.
            var winners = outcomes.Where(o => o.StartsWith("won:", StringComparison.Ordinal)).ToList();
            Assert.True(winners.Count == 1, string.Join(", ", outcomes));
            Assert.Contains(outcomes, o => o is "412" or "precondition_failed");
            Assert.Equal(winners[0][4..], (await api.GetJsonAsync($"/api/todos/{id}")).GetProperty("title").GetString());
        }
    }

    private static HttpRequestMessage Patch(Guid id, object body, string ifMatch)
    {
        var request = Conditional(HttpMethod.Patch, $"/api/todos/{id}", ifMatch);
        request.Content = JsonContent.Create(body);
        return request;
    }

    private static HttpRequestMessage Conditional(HttpMethod method, string path, string ifMatch)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return request;
    }

    private async Task<HttpResponseMessage> Get(ApiClient api, Guid id, string ifNoneMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, $"/api/todos/{id}");
        request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        return await api.Http.SendAsync(request, Ct);
    }

    private static async Task ApplyAsync(ApiClient api, HttpRequestMessage request, string expected)
    {
        var status = await api.WaitAsync(await api.AcceptAsync(request));
        Assert.True(expected == status.GetProperty("status").GetString(), status.ToString());
    }

    private async Task<JsonElement> WaitForOutcomeAsync(ApiClient api, Guid commandId)
    {
        for (var attempt = 0; attempt < 6; attempt++)
        {
            var status = await api.GetJsonAsync($"/api/commands/{commandId}?waitMs=10000");
            if (status.GetProperty("status").GetString() != "pending")
            {
                return status;
            }
        }
        throw new TimeoutException($"Command {commandId} was not applied within a minute.");
    }
}
