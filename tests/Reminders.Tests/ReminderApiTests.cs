namespace TodoFunctions.Reminders.Tests;

/// <summary>functions/Local on PostgreSQL + RabbitMQ with the test clock: its reminders function fires by that clock.</summary>
public sealed class ApiFixture : IAsyncLifetime
{
    public LocalApp App { get; private set; } = null!;

    public async ValueTask InitializeAsync() => App = await LocalApp.ServersAsync(s => s["Testing:Enabled"] = "true");

    public async ValueTask DisposeAsync() => await App.DisposeAsync();
}

public sealed class ReminderApiTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("""[{"before": "PT1X"}]""", "reminders[0].before")]
    [InlineData("""[{"before": "P1M"}]""", "reminders[0].before")]
    [InlineData("""[{"before": "-PT1H"}]""", "reminders[0].before")]
    [InlineData("""[{"at": "tomorrow"}]""", "reminders[0].at")]
    [InlineData("""[{"before": "PT1H"}, {"at": "2030-01-01T10:00:00Z", "before": "PT1H"}]""", "reminders[1]")]
    [InlineData("""[{"before": "PT1M"}, {"before": "PT2M"}, {"before": "PT3M"}, {"before": "PT4M"}, {"before": "PT5M"}, {"before": "PT6M"}]""", "reminders")]
    public async Task AnInvalidReminderIsA400NamingTheField(string reminders, string field)
    {
        using var api = await fixture.App.Api().SignUpAsync();
        var body = $$"""{"title": "Bad reminder", "due": "2030-01-01T10:00:00Z", "reminders": {{reminders}}}""";
        var response = await api.Http.PostAsync("/api/todos", new StringContent(body, System.Text.Encoding.UTF8, "application/json"), Cancel);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out _), $"no error for {field}: {errors}");

        var created = await api.CreateAndWaitAsync(new { title = "Plain", due = "2030-01-01" });
        var patch = await api.Http.PatchAsync($"/api/todos/{created.GetProperty("id")}",
            new StringContent($$"""{"reminders": {{reminders}}}""", System.Text.Encoding.UTF8, "application/json"), Cancel);
        Assert.Equal(HttpStatusCode.BadRequest, patch.StatusCode);
    }

    [Fact]
    public async Task AReminderFiresOnTheSseStreamAtTheTestClocksTimeAndCanBeSnoozedAndDismissed()
    {
        using var api = await fixture.App.Api().SignUpAsync();
        var now = new DateTimeOffset(DateTime.UtcNow.Year + 1, 1, 15, 16, 0, 0, TimeSpan.Zero);
        await SetClockAsync(api, now);
        var todo = await api.CreateAndWaitAsync(new
        {
            title = "Call mum", due = now.AddHours(2).ToString("yyyy-MM-dd'T'HH:mm:ssK"),
            reminders = new object[] { new { before = "PT1H" }, new { at = now.AddMinutes(1).ToString("yyyy-MM-dd'T'HH:mm:ssK") } },
        });
        var views = todo.GetProperty("reminders").EnumerateArray().ToList();
        Assert.Equal(2, views.Count);
        Assert.Contains(views, v => v.GetProperty("before").GetString() == "PT1H" && v.GetProperty("firesAt").GetDateTime() == now.AddHours(1).UtcDateTime);

        var listed = (await api.GetJsonAsync("/api/reminders")).GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(2, listed.Count);
        Assert.All(listed, r => Assert.Equal("pending", r.GetProperty("state").GetString()));

        var (response, reader) = await SseReader.OpenAsync(api.Http);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var stream = reader!;
        await SetClockAsync(api, now.AddMinutes(1).AddSeconds(5));
        var fired = (await stream.NextAsync("reminder-fired", 10_000)).Json;
        Assert.Equal("Call mum", fired.GetProperty("title").GetString());
        Assert.False(fired.GetProperty("missed").GetBoolean());
        var reminderId = fired.GetProperty("reminderId").GetGuid();

        // Fired on time: no longer listed. Snoozed: pending again, ten minutes on, and fires again then.
        Assert.Single((await api.GetJsonAsync("/api/reminders")).GetProperty("items").EnumerateArray());
        var snooze = await api.Http.PostAsJsonAsync($"/api/reminders/{reminderId}/snooze", new { @for = "PT10M" }, Cancel);
        await ApiClient.EnsureAsync(snooze, HttpStatusCode.OK);
        var snoozed = await snooze.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        Assert.Equal("pending", snoozed.GetProperty("state").GetString());
        Assert.Equal(now.AddMinutes(11).AddSeconds(5).UtcDateTime, snoozed.GetProperty("fireAt").GetDateTime());
        await SetClockAsync(api, now.AddMinutes(12));
        var again = (await stream.NextAsync("reminder-fired", 10_000)).Json;
        Assert.Equal(reminderId, again.GetProperty("reminderId").GetGuid());

        // Dismissing the other one: it never fires, and the list is empty.
        var other = (await api.GetJsonAsync("/api/reminders")).GetProperty("items").EnumerateArray().Single().GetProperty("id").GetGuid();
        var dismiss = await api.Http.PostAsync($"/api/reminders/{other}/dismiss", null, Cancel);
        await ApiClient.EnsureAsync(dismiss, HttpStatusCode.OK);
        Assert.Equal("dismissed", (await dismiss.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("state").GetString());
        Assert.Empty((await api.GetJsonAsync("/api/reminders")).GetProperty("items").EnumerateArray());
        await SetClockAsync(api, now.AddHours(3));
        await Assert.ThrowsAsync<TimeoutException>(() => stream.NextAsync("reminder-fired", 2_500));

        var bad = await api.Http.PostAsJsonAsync($"/api/reminders/{reminderId}/snooze", new { @for = "soon" }, Cancel);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.True((await bad.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("errors").TryGetProperty("for", out _));
    }

    [Fact]
    public async Task AnotherUsersReminderCannotBeSnoozedOrDismissed()
    {
        using var owner = await fixture.App.Api().SignUpAsync();
        using var stranger = await fixture.App.Api().SignUpAsync();
        await owner.CreateAndWaitAsync(new { title = "Mine", reminders = new[] { new { at = "2045-01-01T10:00:00Z" } } });
        var id = (await owner.GetJsonAsync("/api/reminders")).GetProperty("items").EnumerateArray().Single().GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Http.PostAsync($"/api/reminders/{id}/dismiss", null, Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Http.PostAsJsonAsync($"/api/reminders/{id}/snooze", new { @for = "PT5M" }, Cancel)).StatusCode);
        Assert.Empty((await stranger.GetJsonAsync("/api/reminders")).GetProperty("items").EnumerateArray());
        Assert.Equal("pending", (await owner.GetJsonAsync("/api/reminders")).GetProperty("items")[0].GetProperty("state").GetString());
    }

    private static async Task SetClockAsync(ApiClient api, DateTimeOffset now)
    {
        var response = await api.Http.PutAsJsonAsync("/api/test/clock", new { now }, Cancel);
        await ApiClient.EnsureAsync(response, HttpStatusCode.OK);
    }
}
