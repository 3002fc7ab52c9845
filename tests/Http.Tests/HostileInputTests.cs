using System.Text;

namespace TodoFunctions.Http.Tests;

/// <summary>Input that used to become a poison message, a silent misreading or a 500: now a 4xx that names it.</summary>
public sealed class HostileInputTests(EmbeddedAppFixture fixture) : IClassFixture<EmbeddedAppFixture>
{
    private CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string, string> NulInputs => new()
    {
        { """{"title":"bad\u0000title"}""", "title" },
        { """{"title":"x","description":"bad\u0000"}""", "description" },
        { """{"title":"x","tags":["ta\u0000g"]}""", "tags" },
    };

    [Theory]
    [MemberData(nameof(NulInputs))]
    public async Task ANulCharacterIsRefusedNamingTheField(string json, string field)
    {
        using var api = await fixture.App.Api().SignUpAsync();
        var response = await api.Http.PostAsync("/api/todos", Json(json), Ct);
        await Problem.AssertAsync(response, HttpStatusCode.BadRequest);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task ChatMessagesWithNulOrOverTheLengthLimitAreRefused()
    {
        using var api = await fixture.App.Api().SignUpAsync();
        await Problem.AssertAsync(await api.Http.PostAsync("/api/chat", Json("""{"message":"add x\u0000"}"""), Ct), HttpStatusCode.BadRequest);
        await Problem.AssertAsync(await api.Http.PostAsJsonAsync("/api/chat", new { message = new string('a', 2001) }, Ct), HttpStatusCode.BadRequest);
        Assert.Equal(HttpStatusCode.Accepted, (await api.Http.PostAsJsonAsync("/api/chat", new { message = new string('a', 2000) }, Ct)).StatusCode);
    }

    [Theory]
    [InlineData("/api/todos?priority=low,medium")]
    [InlineData("/api/todos?priority=2")]
    [InlineData("/api/todos?sort=title,updated")]
    [InlineData("/api/todos?sort=1")]
    public async Task EnumQueryValuesMustBeExactNames(string path)
    {
        using var api = await fixture.App.Api().SignUpAsync();
        await Problem.AssertAsync(await api.Http.GetAsync(path, Ct), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task APriorityListIsNotReadAsAFlagCombination()
    {
        using var api = await fixture.App.Api().SignUpAsync();
        var response = await api.Http.PostAsync("/api/todos", Json("""{"title":"x","priority":"low,medium"}"""), Ct);
        await Problem.AssertAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task ADuplicateKeyIsA400NotA500()
    {
        using var api = await fixture.App.Api().SignUpAsync();
        var todo = await api.CreateAndWaitAsync(new { title = "Original" });
        var id = todo.GetProperty("id").GetString();
        var patch = new HttpRequestMessage(HttpMethod.Patch, $"/api/todos/{id}") { Content = Json("""{"title":"a","title":"b"}""") };
        await Problem.AssertAsync(await api.Http.SendAsync(patch, Ct), HttpStatusCode.BadRequest);
        await Problem.AssertAsync(await api.Http.PostAsync("/api/todos", Json("""{"title":"a","title":"b"}"""), Ct), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task TheSameKeyOnATodoAndOnAChatMessageIsTwoCommands()
    {
        using var api = await fixture.App.Api().SignUpAsync();
        var create = new HttpRequestMessage(HttpMethod.Post, "/api/todos") { Content = JsonContent.Create(new { title = "Keyed" }) };
        create.Headers.Add("Idempotency-Key", "shared-key");
        var chat = new HttpRequestMessage(HttpMethod.Post, "/api/chat") { Content = JsonContent.Create(new { message = "add buy stamps" }) };
        chat.Headers.Add("Idempotency-Key", "shared-key");
        var first = await api.AcceptAsync(create);
        var second = await api.AcceptAsync(chat);
        Assert.NotEqual(first.GetProperty("commandId").GetString(), second.GetProperty("commandId").GetString());
        Assert.Equal("succeeded", (await api.WaitAsync(first)).GetProperty("status").GetString());
        Assert.Equal("succeeded", (await api.WaitAsync(second)).GetProperty("status").GetString());
        Assert.Equal(2, (await api.GetJsonAsync("/api/todos")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task AKeyReusedForADifferentRequestIsRefusedWith422()
    {
        using var api = await fixture.App.Api().SignUpAsync();
        var accepted = await api.CreateAsync(new { title = "First" }, "reused-key");
        await api.WaitAsync(accepted);
        Assert.Equal(HttpStatusCode.Accepted, (await Keyed(api, new { title = "First" }, "reused-key")).StatusCode);
        await Problem.AssertAsync(await Keyed(api, new { title = "Something else" }, "reused-key"), HttpStatusCode.UnprocessableEntity);
        Assert.Equal(1, (await api.GetJsonAsync("/api/todos")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task TheTestClockNeedsASignedInUser()
    {
        await using var app = await LocalApp.EmbeddedAsync(s => s["Testing:Enabled"] = "true");
        using var anonymous = app.Api();
        await Problem.AssertAsync(await anonymous.Http.PutAsJsonAsync("/api/test/clock", new { now = "2027-01-01T00:00:00Z" }, Ct), HttpStatusCode.Unauthorized);
        using var api = await app.Api().SignUpAsync();
        Assert.Equal(HttpStatusCode.OK, (await api.Http.PutAsJsonAsync("/api/test/clock", new { now = (string?)null }, Ct)).StatusCode);
    }

    [Fact]
    public async Task SignInsAreLimitedPerEmailAndAnUnknownEmailAnswersTheSame()
    {
        await using var app = await LocalApp.EmbeddedAsync(s =>
        {
            s["RateLimit:AuthPerEmailPerMinute"] = "3";
            s["RateLimit:AuthPerAddressPerMinute"] = "1000";
        });
        using var api = await app.Api().SignUpAsync("victim@example.com");
        var known = await api.Http.PostAsJsonAsync("/api/auth/login", new { email = "victim@example.com", password = "wrong password" }, Ct);
        var unknown = await api.Http.PostAsJsonAsync("/api/auth/login", new { email = "nobody@example.com", password = "wrong password" }, Ct);
        Assert.Equal(await known.Content.ReadAsStringAsync(Ct), await unknown.Content.ReadAsStringAsync(Ct));
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await api.Http.PostAsJsonAsync("/api/auth/login", new { email = "victim@example.com", password = "guess " + i }, Ct)).StatusCode);
        }
        Assert.Contains(HttpStatusCode.TooManyRequests, statuses);
    }

    [Fact]
    public async Task LongPollsBeyondTheBoundAreToldToComeBackLater()
    {
        await using var app = await LocalApp.EmbeddedAsync(s => s["LongPoll:MaxWaitersPerUser"] = "2");
        using var api = await app.Api().SignUpAsync();
        var waiting = Enumerable.Range(0, 2).Select(_ => api.Http.GetAsync($"/api/commands/{Guid.NewGuid()}?waitMs=4000", Ct)).ToList();
        await Task.Delay(500, Ct);
        await Problem.AssertAsync(await api.Http.GetAsync($"/api/commands/{Guid.NewGuid()}?waitMs=4000", Ct), HttpStatusCode.TooManyRequests);
        Assert.All(await Task.WhenAll(waiting), r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        // The leases were returned: waiting is possible again.
        Assert.Equal(HttpStatusCode.OK, (await api.Http.GetAsync($"/api/commands/{Guid.NewGuid()}?waitMs=100", Ct)).StatusCode);
    }

    [Fact]
    public void AConversationTitleIsNeverCutInsideASurrogatePair()
    {
        var message = new string('a', Core.Domain.Conversations.Conversation.MaxTitleLength - 2) + "😀😀😀";
        var title = Core.Domain.Conversations.Conversation.Shorten(message, Core.Domain.Conversations.Conversation.MaxTitleLength);
        Assert.False(char.IsHighSurrogate(title[^2]), "The cut left a lone high surrogate.");
        Assert.Equal(Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(title)), title);
    }

    private static Task<HttpResponseMessage> Keyed(ApiClient api, object body, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/todos") { Content = JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", key);
        return api.Http.SendAsync(request);
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");
}
