namespace TodoFunctions.Reliability.Tests;

/// <summary>
/// A chat turn that changes hundreds of todos at once: its completion notice is larger than one
/// pg_notify payload may be (8,000 bytes), so it must be sent in parts and still wake the caller.
/// </summary>
public sealed class LargeChatTurnTests
{
    [Fact]
    public async Task DeletingAllOf250TodosByChatCommitsAndWakesTheLongPoll()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await LocalApp.ServersAsync();
        using var api = await app.Api().SignUpAsync();
        var accepted = new List<JsonElement>();
        for (var i = 0; i < 250; i++)
        {
            accepted.Add(await api.CreateAsync(new { title = $"Chore {i}" }));
        }
        foreach (var command in accepted)
        {
            Assert.Equal("succeeded", (await api.WaitAsync(command)).GetProperty("status").GetString());
        }

        var ask = await api.AcceptAsync(new HttpRequestMessage(HttpMethod.Post, "/api/chat") { Content = JsonContent.Create(new { message = "delete all my tasks" }) });
        Assert.Equal("succeeded", (await api.WaitAsync(ask)).GetProperty("status").GetString());
        var conversationId = ask.GetProperty("conversationId").GetString();
        var confirm = await api.AcceptAsync(new HttpRequestMessage(HttpMethod.Post, "/api/chat") { Content = JsonContent.Create(new { conversationId, message = "yes" }) });
        var watch = Stopwatch.StartNew();
        var outcome = await api.WaitAsync(confirm, waitMs: 30_000);
        Assert.Equal("succeeded", outcome.GetProperty("status").GetString());
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(15), $"The turn's outcome arrived after {watch.Elapsed.TotalSeconds:F1} s");
        Assert.Equal(250, outcome.GetProperty("result").GetProperty("changes").GetArrayLength());
        Assert.Equal(0, (await api.GetJsonAsync("/api/todos")).GetProperty("total").GetInt32());
    }
}
