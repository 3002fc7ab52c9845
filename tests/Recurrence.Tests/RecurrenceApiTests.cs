namespace TodoFunctions.Recurrence.Tests;

/// <summary>functions/Local on PostgreSQL + RabbitMQ, with the test clock.</summary>
public sealed class ApiFixture : IAsyncLifetime
{
    public LocalApp App { get; private set; } = null!;

    public async ValueTask InitializeAsync() => App = await LocalApp.ServersAsync(s => s["Testing:Enabled"] = "true");

    public async ValueTask DisposeAsync() => await App.DisposeAsync();
}

public sealed class RecurrenceApiTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    [Theory]
    [InlineData("FREQ=WEEKLY;BYDAY=XX", "Europe/Berlin", "recurrence.rule", "BYDAY")]
    [InlineData("FREQ=HOURLY", "Europe/Berlin", "recurrence.rule", "FREQ")]
    [InlineData("BYDAY=TH", "Europe/Berlin", "recurrence.rule", "FREQ is required")]
    [InlineData("FREQ=MONTHLY;BYMONTHDAY=32", "Europe/Berlin", "recurrence.rule", "BYMONTHDAY")]
    [InlineData("FREQ=DAILY;INTERVAL=0", "Europe/Berlin", "recurrence.rule", "INTERVAL")]
    [InlineData("FREQ=DAILY;COUNT=2;UNTIL=20270101", "Europe/Berlin", "recurrence.rule", "COUNT and UNTIL")]
    [InlineData("FREQ=WEEKLY;BYDAY=-1FR", "Europe/Berlin", "recurrence.rule", "BYDAY")]
    [InlineData("FREQ=DAILY;BYHOUR=9", "Europe/Berlin", "recurrence.rule", "BYHOUR is not supported")]
    [InlineData("FREQ=DAILY;FREQ=WEEKLY", "Europe/Berlin", "recurrence.rule", "FREQ is given twice")]
    [InlineData("FREQ=DAILY", "Mars/Olympus_Mons", "recurrence.timeZone", "IANA")]
    public async Task AnInvalidRuleIsA400NamingThePartThatIsWrong(string rule, string zone, string field, string mentions)
    {
        using var api = await fixture.App.Api().SignUpAsync();
        var response = await api.Http.PostAsJsonAsync("/api/todos", new { title = "Bad", recurrence = new { rule, timeZone = zone } }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("errors");
        Assert.Contains(mentions, errors.GetProperty(field)[0].GetString());

        var created = await api.CreateAndWaitAsync(new { title = "Plain" });
        var patch = await api.Http.PatchAsJsonAsync($"/api/todos/{created.GetProperty("id")}", new { recurrence = new { rule, timeZone = zone } }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, patch.StatusCode);
    }

    [Fact]
    public async Task ARecurringTodoShowsItsRuleZoneSummaryAndSeries()
    {
        using var api = await fixture.App.Api().SignUpAsync();
        var todo = await api.CreateAndWaitAsync(new { title = "Pick up dry cleaning", due = "2026-12-03", recurrence = new { rule = "FREQ=WEEKLY;BYDAY=TH", timeZone = "Europe/Berlin" } });
        var id = todo.GetProperty("id").GetGuid();

        var read = await api.GetJsonAsync($"/api/todos/{id}");
        var recurrence = read.GetProperty("recurrence");
        Assert.Equal(("FREQ=WEEKLY;BYDAY=TH", "Europe/Berlin", "every Thursday"),
            (recurrence.GetProperty("rule").GetString(), recurrence.GetProperty("timeZone").GetString(), recurrence.GetProperty("summary").GetString()));
        Assert.Equal(id, read.GetProperty("seriesId").GetGuid());

        await PatchAsync(api, id, new { recurrence = new { rule = "FREQ=WEEKLY;BYDAY=MO,TH", timeZone = "Europe/Berlin" } });
        Assert.Equal("every Monday and Thursday", (await api.GetJsonAsync($"/api/todos/{id}")).GetProperty("recurrence").GetProperty("summary").GetString());

        await PatchAsync(api, id, new { recurrence = (object?)null });
        var stopped = await api.GetJsonAsync($"/api/todos/{id}");
        Assert.Equal(JsonValueKind.Null, stopped.GetProperty("recurrence").ValueKind);
        var done = await CompleteAsync(api, id);
        Assert.Equal(JsonValueKind.Null, done.GetProperty("next").ValueKind);
    }

    [Theory]
    [InlineData("FREQ=DAILY", "every day")]
    [InlineData("FREQ=DAILY;INTERVAL=2", "every other day")]
    [InlineData("FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", "every weekday")]
    [InlineData("FREQ=MONTHLY;BYMONTHDAY=1", "every month on the 1st")]
    [InlineData("FREQ=MONTHLY;BYMONTHDAY=-1", "every month on the last day")]
    [InlineData("FREQ=MONTHLY;BYDAY=-1FR", "every month on the last Friday")]
    [InlineData("FREQ=WEEKLY;BYDAY=TH;COUNT=5", "every Thursday, 5 times")]
    [InlineData("FREQ=YEARLY;UNTIL=20300101", "every year, until 2030-01-01")]
    public async Task TheSummaryReadsLikeEnglish(string rule, string summary)
    {
        using var api = await fixture.App.Api().SignUpAsync();
        var todo = await api.CreateAndWaitAsync(new { title = "Summary", due = "2026-12-01", recurrence = new { rule, timeZone = "UTC" } });
        Assert.Equal(summary, todo.GetProperty("recurrence").GetProperty("summary").GetString());
    }

    [Fact]
    public async Task CompletingThroughTheApiCreatesTheNextOccurrenceFromTheTestClock()
    {
        using var api = await fixture.App.Api().SignUpAsync();
        await SetClockAsync(api, "2026-12-01T10:00:00+01:00");
        try
        {
            // No due: the series starts at the first occurrence from the clock's day.
            var todo = await api.CreateAndWaitAsync(new { title = "Water plants", recurrence = new { rule = "FREQ=WEEKLY;BYDAY=TH", timeZone = "Europe/Berlin" } });
            Assert.Equal("2026-12-03", todo.GetProperty("due").GetString());
            var id = todo.GetProperty("id").GetGuid();

            await SetClockAsync(api, "2026-12-24T10:00:00+01:00");
            var next = (await CompleteAsync(api, id)).GetProperty("next");
            Assert.Equal(("2026-12-24", 2), (next.GetProperty("due").GetString(), next.GetProperty("skipped").GetInt32()));
            var created = await api.GetJsonAsync($"/api/todos/{next.GetProperty("id").GetGuid()}");
            Assert.Equal(("Water plants", false, "every Thursday"),
                (created.GetProperty("title").GetString(), created.GetProperty("completed").GetBoolean(), created.GetProperty("recurrence").GetProperty("summary").GetString()));
        }
        finally
        {
            await SetClockAsync(api, null);
        }
    }

    [Fact]
    public async Task DeletingOneOccurrenceKeepsTheSeriesAndSeriesTrueDeletesEveryOccurrence()
    {
        using var api = await fixture.App.Api().SignUpAsync();
        var first = (await api.CreateAndWaitAsync(new { title = "Rent", due = "2027-01-01", recurrence = new { rule = "FREQ=MONTHLY;BYMONTHDAY=1", timeZone = "Europe/Berlin" } })).GetProperty("id").GetGuid();
        var second = (await CompleteAsync(api, first)).GetProperty("next").GetProperty("id").GetGuid();
        var third = (await CompleteAsync(api, second)).GetProperty("next").GetProperty("id").GetGuid();
        var other = (await api.CreateAndWaitAsync(new { title = "Unrelated" })).GetProperty("id").GetGuid();

        Assert.Equal("succeeded", (await DeleteAsync(api, $"/api/todos/{first}")).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, (await api.Http.GetAsync($"/api/todos/{second}", TestContext.Current.CancellationToken)).StatusCode);

        var bad = await api.Http.DeleteAsync($"/api/todos/{third}?series=yes", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var deleted = await DeleteAsync(api, $"/api/todos/{third}?series=true");
        Assert.Equal(2, deleted.GetProperty("result").GetProperty("occurrences").GetInt32());
        foreach (var id in new[] { second, third })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await api.Http.GetAsync($"/api/todos/{id}", TestContext.Current.CancellationToken)).StatusCode);
        }
        Assert.Equal(HttpStatusCode.OK, (await api.Http.GetAsync($"/api/todos/{other}", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task AnotherUsersSeriesIsNotReachable()
    {
        using var owner = await fixture.App.Api().SignUpAsync();
        using var stranger = await fixture.App.Api().SignUpAsync();
        var id = (await owner.CreateAndWaitAsync(new { title = "Mine", due = "2027-01-01", recurrence = new { rule = "FREQ=DAILY" } })).GetProperty("id").GetGuid();
        var response = await stranger.Http.DeleteAsync($"/api/todos/{id}?series=true", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await owner.Http.GetAsync($"/api/todos/{id}", TestContext.Current.CancellationToken)).StatusCode);
    }

    private static async Task PatchAsync(ApiClient api, Guid id, object body)
    {
        var accepted = await api.AcceptAsync(new HttpRequestMessage(HttpMethod.Patch, $"/api/todos/{id}") { Content = JsonContent.Create(body) });
        var status = await api.WaitAsync(accepted);
        Assert.True(status.GetProperty("status").GetString() == "succeeded", status.ToString());
    }

    private static async Task<JsonElement> CompleteAsync(ApiClient api, Guid id)
    {
        var status = await api.WaitAsync(await api.AcceptAsync(new HttpRequestMessage(HttpMethod.Post, $"/api/todos/{id}/complete")));
        Assert.True(status.GetProperty("status").GetString() == "succeeded", status.ToString());
        return status.GetProperty("result");
    }

    private static async Task<JsonElement> DeleteAsync(ApiClient api, string path) =>
        await api.WaitAsync(await api.AcceptAsync(new HttpRequestMessage(HttpMethod.Delete, path)));

    private static async Task SetClockAsync(ApiClient api, string? now)
    {
        var response = await api.Http.PutAsJsonAsync("/api/test/clock", new { now });
        await ApiClient.EnsureAsync(response, HttpStatusCode.OK);
    }
}
