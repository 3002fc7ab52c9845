using Microsoft.Extensions.DependencyInjection;
using TodoFunctions.Core.Events;
using TodoFunctions.Core.Persistence;

namespace TodoFunctions.Events.Tests;

/// <summary>functions/Local on PostgreSQL + RabbitMQ; 2 streams per user, a 1 s heartbeat.</summary>
public sealed class EventsFixture : IAsyncLifetime
{
    public LocalApp App { get; private set; } = null!;

    public async ValueTask InitializeAsync() => App = await LocalApp.ServersAsync(s =>
    {
        s["Events:MaxStreamsPerUser"] = "2";
        s["Events:Heartbeat"] = "00:00:01";
    });

    public TodoDbContext Db() => App.Services.CreateScope().ServiceProvider.GetRequiredService<TodoDbContext>();

    public async ValueTask DisposeAsync() => await App.DisposeAsync();
}

public sealed class EventStreamTests(EventsFixture fixture) : IClassFixture<EventsFixture>
{
    [Fact]
    public async Task TwoClientsOfOneUserSeeEachOthersChanges()
    {
        using var first = await fixture.App.Api().SignUpAsync();
        using var second = fixture.App.Api();
        second.Http.DefaultRequestHeaders.Authorization = first.Http.DefaultRequestHeaders.Authorization;
        await using var firstStream = await OpenAsync(first);
        await using var secondStream = await OpenAsync(second);

        var created = await first.CreateAndWaitAsync(new { title = "Shared" });
        var seen = (await secondStream.NextAsync()).Json;
        Assert.Equal(("todo.create", "succeeded", "Shared"),
            (seen.GetProperty("kind").GetString(), seen.GetProperty("status").GetString(), seen.GetProperty("result").GetProperty("title").GetString()));
        Assert.Equal(created.GetProperty("id").GetGuid(), seen.GetProperty("todoId").GetGuid());
        Assert.Equal("todo.create", (await firstStream.NextAsync()).Json.GetProperty("kind").GetString());

        var rename = await second.AcceptAsync(new HttpRequestMessage(HttpMethod.Patch, $"/api/todos/{created.GetProperty("id")}") { Content = JsonContent.Create(new { title = "Renamed" }) });
        var renamed = (await firstStream.NextAsync()).Json;
        Assert.Equal(rename.GetProperty("commandId").GetGuid(), renamed.GetProperty("commandId").GetGuid());
        Assert.Equal("Renamed", renamed.GetProperty("result").GetProperty("title").GetString());
    }

    [Fact]
    public async Task AReconnectWithLastEventIdGetsExactlyTheMissedEvents()
    {
        using var api = await fixture.App.Api().SignUpAsync();
        string lastId;
        await using (var stream = await OpenAsync(api))
        {
            await api.CreateAndWaitAsync(new { title = "Before" });
            lastId = (await stream.NextAsync()).Id!;
        }
        var missed = new List<Guid>();
        foreach (var title in new[] { "Missed 1", "Missed 2", "Missed 3" })
        {
            var accepted = await api.CreateAsync(new { title });
            await api.WaitAsync(accepted);
            missed.Add(accepted.GetProperty("commandId").GetGuid());
        }

        var (response, reader) = await SseReader.OpenAsync(api.Http, lastId);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var resumed = reader!;
        var replayed = new List<Guid>();
        for (var i = 0; i < missed.Count; i++)
        {
            replayed.Add((await resumed.NextAsync()).Json.GetProperty("commandId").GetGuid());
        }
        Assert.Equal(missed, replayed);
        // Nothing else was replayed: the next event is the next change.
        var sentinel = await api.CreateAsync(new { title = "After" });
        Assert.Equal(sentinel.GetProperty("commandId").GetGuid(), (await resumed.NextAsync()).Json.GetProperty("commandId").GetGuid());
    }

    [Fact]
    public async Task ALastEventIdOlderThanTheRetainedLogGetsResync()
    {
        using var api = await fixture.App.Api().SignUpAsync();
        await api.CreateAndWaitAsync(new { title = "One" });
        long through;
        await using (var db = fixture.Db())
        {
            // As the trimmer leaves it once every event up to this user's latest has aged out.
            through = await db.UserEvents.Where(e => e.UserId == api.UserId).MaxAsync(e => e.Id, TestContext.Current.CancellationToken);
            db.UserEventTrims.Add(new Core.Domain.Events.UserEventTrim { UserId = api.UserId, TrimmedThrough = through });
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }
        var (_, reader) = await SseReader.OpenAsync(api.Http, (through - 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        await using var stream = reader!;
        var resync = await stream.NextAsync("resync");
        Assert.Equal(through.ToString(System.Globalization.CultureInfo.InvariantCulture), resync.Id);
        // And the stream follows on from there.
        var next = await api.CreateAsync(new { title = "Two" });
        Assert.Equal(next.GetProperty("commandId").GetGuid(), (await stream.NextAsync()).Json.GetProperty("commandId").GetGuid());
    }

    [Fact]
    public async Task TheTrimmerDeletesOldEventsAndRemembersWhereItCut()
    {
        using var api = await fixture.App.Api().SignUpAsync();
        await api.CreateAndWaitAsync(new { title = "Fresh" });
        await using (var db = fixture.Db())
        {
            await db.Database.ExecuteSqlAsync($$"""INSERT INTO user_events ("UserId", "Type", "Data", "CreatedAt") VALUES ({{api.UserId}}, 'command', '{}', now() - interval '2 hours'), ({{api.UserId}}, 'command', '{}', now() - interval '3 hours')""", TestContext.Current.CancellationToken);
        }
        long expectedThrough;
        await using (var db = fixture.Db())
        {
            var hourAgo = DateTime.UtcNow.AddHours(-1);
            expectedThrough = await db.UserEvents.Where(e => e.UserId == api.UserId && e.CreatedAt < hourAgo).MaxAsync(e => e.Id, TestContext.Current.CancellationToken);
        }
        await fixture.App.Services.GetRequiredService<UserEventTrimmer>().TrimAsync(TestContext.Current.CancellationToken);

        await using var check = fixture.Db();
        var left = await check.UserEvents.Where(e => e.UserId == api.UserId).ToListAsync(TestContext.Current.CancellationToken);
        var trim = await check.UserEventTrims.SingleAsync(t => t.UserId == api.UserId, TestContext.Current.CancellationToken);
        Assert.Single(left);
        Assert.Equal(expectedThrough, trim.TrimmedThrough);
        Assert.All(left, e => Assert.True(e.CreatedAt > DateTime.UtcNow.AddHours(-1)));
    }

    [Fact]
    public async Task AnotherUsersEventsNeverArrive()
    {
        using var alice = await fixture.App.Api().SignUpAsync();
        using var bob = await fixture.App.Api().SignUpAsync();
        await using var bobStream = await OpenAsync(bob);
        for (var i = 0; i < 5; i++)
        {
            await alice.CreateAndWaitAsync(new { title = "Alice's " + i });
        }
        var mine = await bob.CreateAsync(new { title = "Bob's" });
        var first = (await bobStream.NextAsync()).Json;
        Assert.Equal(mine.GetProperty("commandId").GetGuid(), first.GetProperty("commandId").GetGuid());
    }

    [Fact]
    public async Task StreamsBeyondThePerUserBoundGet429AndAClosedStreamFreesItsPlace()
    {
        using var api = await fixture.App.Api().SignUpAsync();
        await using var one = await OpenAsync(api);
        var (twoResponse, two) = await SseReader.OpenAsync(api.Http);
        Assert.Equal(HttpStatusCode.OK, twoResponse.StatusCode);
        var (third, _) = await SseReader.OpenAsync(api.Http);
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.NotNull(third.Headers.RetryAfter);
        await two!.DisposeAsync();

        var watch = Stopwatch.StartNew();
        HttpResponseMessage again;
        SseReader? reopened;
        do
        {
            await Task.Delay(50, TestContext.Current.CancellationToken);
            (again, reopened) = await SseReader.OpenAsync(api.Http);
        }
        while (again.StatusCode == HttpStatusCode.TooManyRequests && watch.Elapsed < TimeSpan.FromSeconds(10));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        await reopened!.DisposeAsync();
    }

    [Fact]
    public async Task AnIdleStreamGetsHeartbeats()
    {
        using var api = await fixture.App.Api().SignUpAsync();
        await using var stream = await OpenAsync(api);
        var watch = Stopwatch.StartNew();
        await stream.NextAsync("heartbeat", timeoutMs: 5_000);
        await stream.NextAsync("heartbeat", timeoutMs: 5_000);
        Assert.InRange(watch.Elapsed, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task WithoutATokenTheStreamIs401()
    {
        using var anonymous = fixture.App.Api();
        var (response, _) = await SseReader.OpenAsync(anonymous.Http);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private static async Task<SseReader> OpenAsync(ApiClient api)
    {
        var (response, reader) = await SseReader.OpenAsync(api.Http);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        await reader!.NextAsync("ready");
        return reader;
    }
}
