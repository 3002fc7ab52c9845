namespace TodoFunctions.Http.Tests;

/// <summary>/api/docs: the interactive reference, with its script served by the host itself (no CDN).</summary>
public sealed class ApiReferenceTests(EmbeddedAppFixture fixture) : IClassFixture<EmbeddedAppFixture>
{
    [Fact]
    public async Task TheLocalHostServesTheReferenceAndItsScriptWithoutACdn()
    {
        using var client = fixture.App.CreateClient();
        var page = await client.GetAsync("/api/docs", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        var html = await page.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("src=\"/api/docs/scalar.js\"", html);
        Assert.Contains("/api/openapi.json", html);
        Assert.DoesNotContain("http://", html);
        Assert.DoesNotContain("https://", html);

        var script = await client.GetAsync("/api/docs/scalar.js", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Equal("text/javascript", script.Content.Headers.ContentType?.MediaType);
        var source = await script.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(source.Length > 100_000, $"scalar.js is only {source.Length} characters");
        Assert.Contains("createApiReference", source);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/docs/other.js", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task TheReferenceIsOffWhenNotEnabled()
    {
        await using var app = await LocalApp.EmbeddedAsync(s => s["ApiReference:Enabled"] = "false");
        using var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/docs", TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/docs/scalar.js", TestContext.Current.CancellationToken)).StatusCode);
    }
}
