using Microsoft.Extensions.Logging;

namespace TodoFunctions.Observability.Tests;

/// <summary>
/// A run through functions/Local on PostgreSQL + RabbitMQ at Information level — sign-up, sign-in, a todo
/// create and rename, a chat turn — leaves no password, token, todo title, chat text or message body in
/// the logs.
/// </summary>
public sealed class LogTests
{
    [Fact]
    public async Task InformationLogsHoldNoSecretsTitlesOrMessageBodies()
    {
        var logs = new CapturingLoggerProvider();
        var settings = LocalApp.BaseSettings(LocalApp.TempDirectory());
        settings["ConnectionStrings:Todo"] = await PostgresDatabase.CreateAsync();
        settings["ConnectionStrings:RabbitMQ"] = await RabbitVhosts.NextAsync();
        settings["Logging:LogLevel:Default"] = "Information";
        await using var local = new LocalApp(settings);
        await using var app = local.WithWebHostBuilder(host => host.ConfigureLogging(logging => logging.AddProvider(logs)));
        using var api = new ApiClient(app.CreateClient());
        await api.SignUpAsync();
        var token = api.Http.DefaultRequestHeaders.Authorization!.Parameter!;
        var title = $"Zebra-title-{Guid.NewGuid():N}";
        var renamed = $"Okapi-title-{Guid.NewGuid():N}";
        var chat = $"Narwhal chat text {Guid.NewGuid():N}";
        var created = await api.CreateAsync(new { title });
        await api.WaitAsync(created);
        var todoId = created.GetProperty("todoId").GetString();
        await api.WaitAsync(await api.AcceptAsync(new HttpRequestMessage(HttpMethod.Patch, $"/api/todos/{todoId}") { Content = JsonContent.Create(new { title = renamed }) }));
        await api.WaitAsync(await api.AcceptAsync(new HttpRequestMessage(HttpMethod.Post, "/api/chat") { Content = JsonContent.Create(new { message = chat, timezone = "UTC" }) }), 30_000);

        var entries = logs.Entries.ToList();
        Assert.Contains(entries, e => e.Level == LogLevel.Information); // the level took effect: something was logged
        string[] forbidden = [token, "correct horse battery", title, renamed, chat, "\"fields\"", "\"message\":"];
        foreach (var secret in forbidden)
        {
            var leak = entries.FirstOrDefault(e => e.Text.Contains(secret, StringComparison.Ordinal));
            Assert.True(leak.Text is null, $"The logs hold \"{secret}\": {leak.Text}");
        }
    }
}
