namespace TodoFunctions.Http.Tests;

public sealed class RateLimitTests
{
    [Fact]
    public async Task AUserOverTheLimitIsToldToWait()
    {
        await using var app = await LocalApp.EmbeddedAsync(s =>
        {
            s["RateLimit:PermitsPerSecond"] = "1";
            s["RateLimit:Burst"] = "3";
        });
        using var api = await app.Api().SignUpAsync();
        var statuses = new List<HttpResponseMessage>();
        for (var i = 0; i < 6; i++)
        {
            statuses.Add(await api.Http.GetAsync("/api/todos", TestContext.Current.CancellationToken));
        }
        var limited = statuses.First(r => r.StatusCode == HttpStatusCode.TooManyRequests);
        await Problem.AssertAsync(limited, HttpStatusCode.TooManyRequests);
        Assert.True(limited.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1));

        // The limit is per user: someone else is not affected.
        using var other = await app.Api().SignUpAsync();
        Assert.Equal(HttpStatusCode.OK, (await other.Http.GetAsync("/api/todos", TestContext.Current.CancellationToken)).StatusCode);
    }
}
