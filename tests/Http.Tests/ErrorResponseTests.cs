using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using TodoFunctions.Core.Auth;
using TodoFunctions.Core.Domain.Users;

namespace TodoFunctions.Http.Tests;

/// <summary>Every error is problem+json with the right status, and bad input never stores anything.</summary>
public sealed class ErrorResponseTests(EmbeddedAppFixture fixture) : IClassFixture<EmbeddedAppFixture>
{
    private CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string, string> InvalidTodos => new()
    {
        { """{"description":"no title"}""", "title" },
        { $$"""{"title":"{{new string('x', 201)}}"}""", "title" },
        { $$"""{"title":"x","description":"{{new string('x', 4001)}}"}""", "description" },
        { """{"title":"x","due":"next tuesday"}""", "due" },
        { """{"title":"x","due":"2026-12-24T18:00:00"}""", "due" },
        { """{"title":"x","priority":"urgent"}""", "priority" },
        { """{"title":"x","tags":["a","b","c","d","e","f","g","h","i","j","k"]}""", "tags" },
        { $$"""{"title":"x","tags":["{{new string('t', 33)}}"]}""", "tags" },
        { """{"title":"x","id":"00000000-0000-0000-0000-000000000000"}""", "id" },
    };

    [Theory]
    [MemberData(nameof(InvalidTodos))]
    public async Task AnInvalidTodoIsRefusedFieldByFieldAndNothingIsStored(string json, string field)
    {
        using var api = await fixture.App.Api().SignUpAsync();
        var response = await api.Http.PostAsync("/api/todos", Json(json), Ct);
        await Problem.AssertAsync(response, HttpStatusCode.BadRequest);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
        // A sentinel after it: once the sentinel is applied, anything the refused request had queued would be too.
        await api.CreateAndWaitAsync(new { title = "sentinel" });
        var stored = await api.GetJsonAsync("/api/todos");
        Assert.Equal("sentinel", Assert.Single(stored.GetProperty("items").EnumerateArray()).GetProperty("title").GetString());
    }

    [Theory]
    [InlineData("""{"title": 5}""")]
    [InlineData("""{"title": "x",""")]
    [InlineData("""[1,2]""")]
    [InlineData("""null""")]
    public async Task MalformedJsonIsABadRequest(string json)
    {
        using var api = await fixture.App.Api().SignUpAsync();
        await Problem.AssertAsync(await api.Http.PostAsync("/api/todos", Json(json), Ct), HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("""{"title": 5}""")]
    [InlineData("""{"colour":"red"}""")]
    [InlineData("""{}""")]
    [InlineData("""{"tags":"work"}""")]
    public async Task AMalformedPatchIsABadRequest(string json)
    {
        using var api = await fixture.App.Api().SignUpAsync();
        var request = new HttpRequestMessage(HttpMethod.Patch, $"/api/todos/{Guid.NewGuid()}") { Content = Json(json) };
        await Problem.AssertAsync(await api.Http.SendAsync(request, Ct), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task ABodyOver64KilobytesIsTooLarge()
    {
        using var api = await fixture.App.Api().SignUpAsync();
        var big = $$"""{"title":"x","description":"{{new string('x', 70_000)}}"}""";
        await Problem.AssertAsync(await api.Http.PostAsync("/api/todos", Json(big), Ct), HttpStatusCode.RequestEntityTooLarge);

        // Without a Content-Length the limit still holds while reading.
        var chunked = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(big)));
        chunked.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        await Problem.AssertAsync(await api.Http.PostAsync("/api/todos", chunked, Ct), HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task ABodyThatIsNotJsonIsUnsupported()
    {
        using var api = await fixture.App.Api().SignUpAsync();
        var text = new StringContent("title=x", Encoding.UTF8, "application/x-www-form-urlencoded");
        await Problem.AssertAsync(await api.Http.PostAsync("/api/todos", text, Ct), HttpStatusCode.UnsupportedMediaType);
    }

    public static TheoryData<string> BadTokens()
    {
        var user = User.Create("x@example.com", "x", "hash", DateTime.UtcNow);
        var yesterday = new FakeTimeProvider(DateTimeOffset.UtcNow.AddDays(-1));
        var expired = new TokenService(Options.Create(new AuthOptions { SigningKey = LocalApp.SigningKey }), yesterday).Issue(user).AccessToken;
        var foreign = new TokenService(Options.Create(new AuthOptions { SigningKey = new string('k', 40) }), TimeProvider.System).Issue(user).AccessToken;
        var valid = new TokenService(Options.Create(new AuthOptions { SigningKey = LocalApp.SigningKey }), TimeProvider.System).Issue(user).AccessToken;
        var parts = valid.Split('.');
        var none = $"{Convert.ToBase64String("{\"alg\":\"none\",\"typ\":\"JWT\"}"u8.ToArray()).TrimEnd('=')}.{parts[1]}.";
        var tampered = $"{parts[0]}.{parts[1]}x.{parts[2]}";
        return ["", "Bearer", "Bearer garbage", "Basic dXNlcjpwYXNz", $"Bearer {expired}", $"Bearer {foreign}", $"Bearer {none}", $"Bearer {tampered}"];
    }

    [Theory]
    [MemberData(nameof(BadTokens))]
    public async Task AMissingOrBadTokenIsUnauthorized(string authorization)
    {
        using var client = fixture.App.CreateClient();
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/todos");
        if (authorization.Length > 0)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }
        var response = await client.SendAsync(request, Ct);
        await Problem.AssertAsync(response, HttpStatusCode.Unauthorized);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
    }

    [Theory]
    [InlineData("/api/todos?status=sometimes")]
    [InlineData("/api/todos?limit=0")]
    [InlineData("/api/todos?limit=500")]
    [InlineData("/api/todos?dueBefore=soon")]
    [InlineData("/api/todos?tz=Mars/Olympus")]
    [InlineData("/api/todos?overdue=maybe")]
    [InlineData("/api/commands/00000000-0000-0000-0000-000000000001?waitMs=99999")]
    public async Task BadQueryParametersAreBadRequests(string path)
    {
        using var api = await fixture.App.Api().SignUpAsync();
        await Problem.AssertAsync(await api.Http.GetAsync(path, Ct), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task UnknownRoutesAndIdsAreNotFound()
    {
        using var api = await fixture.App.Api().SignUpAsync();
        await Problem.AssertAsync(await api.Http.GetAsync("/api/nothing-here", Ct), HttpStatusCode.NotFound);
        await Problem.AssertAsync(await api.Http.GetAsync("/api/todos/not-a-uuid", Ct), HttpStatusCode.NotFound);
        await Problem.AssertAsync(await api.Http.GetAsync($"/api/todos/{Guid.NewGuid()}", Ct), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task AnUnusableIdempotencyKeyIsABadRequest()
    {
        using var api = await fixture.App.Api().SignUpAsync();
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/todos") { Content = Json("""{"title":"x"}""") };
        request.Headers.TryAddWithoutValidation("Idempotency-Key", new string('k', 201));
        await Problem.AssertAsync(await api.Http.SendAsync(request, Ct), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task RegistrationChecksItsInput()
    {
        using var client = fixture.App.CreateClient();
        var response = await client.PostAsJsonAsync("/api/auth/register", new { email = "not-an-email", password = "short" }, Ct);
        await Problem.AssertAsync(response, HttpStatusCode.BadRequest);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("email", out _));
        Assert.True(errors.TryGetProperty("password", out _));
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");
}
