namespace TodoFunctions.Http.Tests;

/// <summary>The API contract, run once per storage/transport combination by the derived classes.</summary>
public abstract class TodoApiContract(LocalApp app)
{
    private async Task<ApiClient> SignedInAsync() => await app.Api().SignUpAsync();

    [Fact]
    public async Task RegisteringSigningInAndAskingWhoIAm()
    {
        var email = $"Person-{Guid.NewGuid():N}@Example.com";
        using var api = await app.Api().SignUpAsync(email);
        var me = await api.GetJsonAsync("/api/me");
        Assert.Equal(email.ToLowerInvariant(), me.GetProperty("email").GetString());

        using var anonymous = app.CreateClient();
        var login = await anonymous.PostAsJsonAsync("/api/auth/login", new { email, password = "correct horse battery" }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        var wrong = await anonymous.PostAsJsonAsync("/api/auth/login", new { email, password = "wrong password!" }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        var again = await anonymous.PostAsJsonAsync("/api/auth/register", new { email, password = "another password" }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [Fact]
    public async Task ACreatedTodoKeepsEveryFieldAsGiven()
    {
        using var api = await SignedInAsync();
        var accepted = await api.CreateAsync(new { title = "Call mom", description = "about Sunday", due = "2026-12-24T18:00:00+01:00", priority = "high", tags = new[] { "#Family", "phone" } });
        Assert.Equal($"/api/commands/{accepted.GetProperty("commandId").GetString()}", accepted.GetProperty("statusUrl").GetString());

        var status = await api.WaitAsync(accepted);
        Assert.Equal("succeeded", status.GetProperty("status").GetString());
        var todo = await api.GetJsonAsync($"/api/todos/{accepted.GetProperty("todoId").GetString()}");
        Assert.Equal("Call mom", todo.GetProperty("title").GetString());
        Assert.Equal("about Sunday", todo.GetProperty("description").GetString());
        Assert.Equal("2026-12-24T18:00:00+01:00", todo.GetProperty("due").GetString());
        Assert.Equal("high", todo.GetProperty("priority").GetString());
        Assert.Equal(["family", "phone"], todo.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.False(todo.GetProperty("completed").GetBoolean());
    }

    [Fact]
    public async Task AClientChosenIdCanBeUsedBeforeTheWorkerCreatedIt()
    {
        using var api = await SignedInAsync();
        var id = Guid.NewGuid();
        var create = await api.CreateAsync(new { id, title = "Pay rent", due = "2026-12-01" });
        var complete = await api.AcceptAsync(new HttpRequestMessage(HttpMethod.Post, $"/api/todos/{id}/complete"));
        Assert.Equal(id.ToString(), create.GetProperty("todoId").GetString());
        Assert.Equal("succeeded", (await api.WaitAsync(create)).GetProperty("status").GetString());
        Assert.Equal("succeeded", (await api.WaitAsync(complete, 20_000)).GetProperty("status").GetString());
        var todo = await api.GetJsonAsync($"/api/todos/{id}");
        Assert.True(todo.GetProperty("completed").GetBoolean());
        Assert.Equal("2026-12-01", todo.GetProperty("due").GetString());
    }

    [Fact]
    public async Task APatchChangesOnlyWhatItNames()
    {
        using var api = await SignedInAsync();
        var todo = await api.CreateAndWaitAsync(new { title = "Renew passport", due = "2026-12-10", priority = "medium", tags = new[] { "admin" } });
        var id = todo.GetProperty("id").GetString();

        var rename = await api.AcceptAsync(Patch(id, """{"title":"Renew passport online","tags":["admin","gov"]}"""));
        Assert.Equal("succeeded", (await api.WaitAsync(rename)).GetProperty("status").GetString());
        var undate = await api.AcceptAsync(Patch(id, """{"due":null}"""));
        var after = (await api.WaitAsync(undate)).GetProperty("result");

        Assert.Equal("Renew passport online", after.GetProperty("title").GetString());
        Assert.Equal(JsonValueKind.Null, after.GetProperty("due").ValueKind);
        Assert.Equal("medium", after.GetProperty("priority").GetString());
        Assert.Equal(["admin", "gov"], after.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(3, after.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task CompletingReopeningAndDeleting()
    {
        using var api = await SignedInAsync();
        var id = (await api.CreateAndWaitAsync(new { title = "Water plants" })).GetProperty("id").GetString();

        var done = await api.WaitAsync(await api.AcceptAsync(new HttpRequestMessage(HttpMethod.Post, $"/api/todos/{id}/complete")));
        Assert.True(done.GetProperty("result").GetProperty("completed").GetBoolean());
        var reopened = await api.WaitAsync(await api.AcceptAsync(new HttpRequestMessage(HttpMethod.Post, $"/api/todos/{id}/reopen")));
        Assert.False(reopened.GetProperty("result").GetProperty("completed").GetBoolean());
        var deleted = await api.WaitAsync(await api.AcceptAsync(new HttpRequestMessage(HttpMethod.Delete, $"/api/todos/{id}")));
        Assert.Equal("succeeded", deleted.GetProperty("status").GetString());

        var gone = await api.Http.GetAsync($"/api/todos/{id}", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.Equal("application/problem+json", gone.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task ListingFiltersSortsAndPages()
    {
        using var api = await SignedInAsync();
        var yesterday = DateTime.UtcNow.AddDays(-1).ToString("yyyy-MM-dd");
        var nextWeek = DateTime.UtcNow.AddDays(7).ToString("yyyy-MM-dd");
        var overdue = await api.CreateAndWaitAsync(new { title = "File taxes", due = yesterday, priority = "high", tags = new[] { "admin" } });
        await api.CreateAndWaitAsync(new { title = "Buy milk", description = "oat milk", due = nextWeek, tags = new[] { "shop" } });
        var done = await api.CreateAndWaitAsync(new { title = "Old chore", due = yesterday });
        await api.WaitAsync(await api.AcceptAsync(new HttpRequestMessage(HttpMethod.Post, $"/api/todos/{done.GetProperty("id").GetString()}/complete")));
        await api.CreateAndWaitAsync(new { title = "Someday maybe", priority = "low" });

        async Task<string[]> Titles(string query) =>
            [.. (await api.GetJsonAsync("/api/todos?" + query)).GetProperty("items").EnumerateArray().Select(t => t.GetProperty("title").GetString()!)];

        Assert.Equal(["File taxes", "Buy milk", "Someday maybe"], await Titles("status=pending&sort=due"));
        Assert.Equal(["Old chore"], await Titles("status=completed"));
        Assert.Equal(["File taxes"], await Titles("overdue=true"));
        Assert.Equal(["File taxes"], await Titles("priority=high"));
        Assert.Equal(["Buy milk"], await Titles("tag=%23SHOP"));
        Assert.Equal(["Buy milk"], await Titles("q=OAT"));
        Assert.Equal(["Buy milk"], await Titles($"dueAfter={DateTime.UtcNow:yyyy-MM-dd}"));
        Assert.Equal(["File taxes", "Old chore"], await Titles($"dueBefore={DateTime.UtcNow:yyyy-MM-dd}&sort=title"));
        Assert.Equal(["File taxes", "Someday maybe", "Buy milk", "Old chore"], await Titles("sort=priority&order=desc"));

        var page = await api.GetJsonAsync("/api/todos?sort=title&limit=2&offset=1");
        Assert.Equal(4, page.GetProperty("total").GetInt32());
        Assert.Equal(["File taxes", "Old chore"], page.GetProperty("items").EnumerateArray().Select(t => t.GetProperty("title").GetString()));
        // The total is counted only when more rows follow the page or the offset is past the end; the other
        // pages derive it, and every way must agree.
        foreach (var (limit, offset, items) in new[] { (2, 2, 2), (3, 0, 3), (3, 3, 1), (50, 0, 4), (2, 10, 0) })
        {
            var slice = await api.GetJsonAsync($"/api/todos?sort=title&limit={limit}&offset={offset}");
            Assert.Equal(4, slice.GetProperty("total").GetInt32());
            Assert.Equal(items, slice.GetProperty("items").GetArrayLength());
        }
        Assert.Equal(overdue.GetProperty("id").GetString(), (await api.GetJsonAsync("/api/todos?overdue=true")).GetProperty("items")[0].GetProperty("id").GetString());
    }

    [Fact]
    public async Task AnotherUsersTodoIsNotFound()
    {
        using var owner = await SignedInAsync();
        using var stranger = await SignedInAsync();
        var created = await owner.CreateAsync(new { title = "Private" });
        await owner.WaitAsync(created);
        var id = created.GetProperty("todoId").GetString();
        var ct = TestContext.Current.CancellationToken;

        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Http.GetAsync($"/api/todos/{id}", ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Http.SendAsync(Patch(id, """{"title":"mine now"}"""), ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Http.PostAsync($"/api/todos/{id}/complete", null, ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Http.DeleteAsync($"/api/todos/{id}", ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Http.GetAsync($"/api/commands/{created.GetProperty("commandId").GetString()}", ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await stranger.Http.PostAsJsonAsync("/api/todos", new { id, title = "same id" }, ct)).StatusCode);
        Assert.Equal(0, (await stranger.GetJsonAsync("/api/todos?status=all")).GetProperty("total").GetInt32());
        Assert.Equal("Private", (await owner.GetJsonAsync($"/api/todos/{id}")).GetProperty("title").GetString());
    }

    [Fact]
    public async Task TheSameIdempotencyKeyAppliesOnce()
    {
        using var api = await SignedInAsync();
        var first = await api.CreateAsync(new { title = "Once only" }, "key-1");
        await api.WaitAsync(first);
        var second = await api.CreateAsync(new { title = "Once only" }, "key-1");
        Assert.Equal(first.GetProperty("commandId").GetString(), second.GetProperty("commandId").GetString());
        Assert.Equal(first.GetProperty("todoId").GetString(), second.GetProperty("todoId").GetString());

        using var other = await SignedInAsync();
        var others = await other.CreateAsync(new { title = "Once only" }, "key-1");
        Assert.NotEqual(first.GetProperty("commandId").GetString(), others.GetProperty("commandId").GetString());
        await other.WaitAsync(others);

        Assert.Equal(1, (await api.GetJsonAsync("/api/todos")).GetProperty("total").GetInt32());
        Assert.Equal(1, (await other.GetJsonAsync("/api/todos")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task ACommandOfAnUnknownIdIsPendingAndATakenTodoIdIsAConflict()
    {
        using var api = await SignedInAsync();
        var unknown = await api.GetJsonAsync($"/api/commands/{Guid.NewGuid()}?waitMs=0");
        Assert.Equal("pending", unknown.GetProperty("status").GetString());

        var create = await api.CreateAsync(new { id = Guid.NewGuid(), title = "Twice" });
        await api.WaitAsync(create);
        var todoId = create.GetProperty("todoId").GetString();
        var ct = TestContext.Current.CancellationToken;
        Assert.Equal(HttpStatusCode.Conflict, (await api.Http.PostAsJsonAsync("/api/todos", new { id = todoId, title = "Twice" }, ct)).StatusCode);
    }

    [Fact]
    public async Task AnIdempotencyKeyReplaysItsRequestAndRefusesADifferentOneWith422()
    {
        using var api = await SignedInAsync();
        var ct = TestContext.Current.CancellationToken;
        HttpRequestMessage Keyed(string title) => new(HttpMethod.Post, "/api/todos")
        {
            Content = JsonContent.Create(new { title }),
            Headers = { { "Idempotency-Key", "contract-key" } },
        };
        var first = await api.AcceptAsync(Keyed("Once"));
        await api.WaitAsync(first);

        using var replay = await api.Http.SendAsync(Keyed("Once"), ct);
        Assert.Equal(HttpStatusCode.Accepted, replay.StatusCode);
        Assert.Equal(first.GetProperty("commandId").GetString(), (await replay.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("commandId").GetString());
        using var reused = await api.Http.SendAsync(Keyed("Something else"), ct);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, reused.StatusCode);
        Assert.Equal(1, (await api.GetJsonAsync("/api/todos")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task HealthAndReadiness()
    {
        using var client = app.CreateClient();
        var ct = TestContext.Current.CancellationToken;
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/health", ct)).StatusCode);
        // Readiness turns true once the broker connection is up, which on a loaded machine can come after the host's first
        // request (a CI run saw 503 at 25 ms); a readiness probe asks again, and so does this test, for up to 30 s.
        var deadline = DateTime.UtcNow.AddSeconds(30);
        HttpResponseMessage response;
        while (!(response = await client.GetAsync("/api/ready", ct)).IsSuccessStatusCode)
        {
            Assert.True(DateTime.UtcNow < deadline, $"/api/ready still answers {(int)response.StatusCode} after 30 s");
            response.Dispose();
            await Task.Delay(100, ct);
        }

        using var _ = response;
        var ready = await response.Content.ReadFromJsonAsync<JsonElement>(ct);
        Assert.True(ready.GetProperty("database").GetBoolean());
        Assert.True(ready.GetProperty("broker").GetBoolean());
    }

    protected static HttpRequestMessage Patch(string? id, string json) =>
        new(HttpMethod.Patch, $"/api/todos/{id}") { Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json") };
}

public sealed class EmbeddedTodoApiTests(EmbeddedAppFixture fixture) : TodoApiContract(fixture.App), IClassFixture<EmbeddedAppFixture>;

public sealed class ServersTodoApiTests(ServersAppFixture fixture) : TodoApiContract(fixture.App), IClassFixture<ServersAppFixture>;
