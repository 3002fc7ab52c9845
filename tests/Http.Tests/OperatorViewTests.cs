using Microsoft.Extensions.DependencyInjection;
using TodoFunctions.Core.Contracts;
using TodoFunctions.Core.Messaging;

namespace TodoFunctions.Http.Tests;

/// <summary>
/// GET /api/ops/overview: the operator role comes from Auth:Operators only; everyone else gets 403 (and
/// sign-up cannot make an operator). On PostgreSQL + RabbitMQ it shows live queue figures from the
/// management API, applied/s and a recent failure with its reason.
/// </summary>
public sealed class OperatorViewTests
{
    [Fact]
    public async Task OnlyConfiguredOperatorsSeeTheOverviewAndSignUpGrantsNothing()
    {
        var operatorEmail = $"ops-{Guid.NewGuid():N}@example.com";
        await using var app = await LocalApp.EmbeddedAsync(s => s["Auth:Operators"] = $"{Guid.NewGuid()}, {operatorEmail.ToUpperInvariant()}");
        using var op = await app.Api().SignUpAsync(operatorEmail);
        using var user = await app.Api().SignUpAsync();

        Assert.Equal(["operator"], (await op.GetJsonAsync("/api/me")).GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.Empty((await user.GetJsonAsync("/api/me")).GetProperty("roles").EnumerateArray());

        var forbidden = await user.Http.GetAsync("/api/ops/overview", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        using var anonymous = app.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/ops/overview", TestContext.Current.CancellationToken)).StatusCode);

        var overview = await op.GetJsonAsync("/api/ops/overview");
        Assert.Equal("none", overview.GetProperty("queueSource").GetString()); // the in-memory transport has no queues
        Assert.Equal(JsonValueKind.Null, overview.GetProperty("database").ValueKind); // SQLite: no PostgreSQL statistics
    }

    [Fact]
    public async Task OnTheServersTheOverviewShowsQueuesAppliedPerSecondAndARecentFailureWithItsReason()
    {
        var operatorEmail = $"ops-{Guid.NewGuid():N}@example.com";
        var management = await TestServers.RabbitMqManagementAsync();
        await using var app = await LocalApp.ServersAsync(s =>
        {
            s["Auth:Operators"] = operatorEmail;
            s["Operations:ManagementUri"] = management;
        });
        using var op = await app.Api().SignUpAsync(operatorEmail);
        for (var i = 0; i < 5; i++)
        {
            await op.CreateAndWaitAsync(new { title = $"operated {i}" });
        }
        // A command that can never succeed, queued as a buggy client could: the worker records it failed.
        var failing = new TodoCommand
        {
            CommandId = Guid.NewGuid(), UserId = op.UserId, TodoId = Guid.NewGuid(), Kind = TodoCommandKind.Create,
            IssuedAt = DateTimeOffset.UtcNow, Fields = new TodoFields(""),
        };
        Assert.True(await app.Services.GetRequiredService<CommandPublisher>().TryPublishAsync(failing, TestContext.Current.CancellationToken));
        await Backbone.EventuallyAsync(async () =>
            (await op.GetJsonAsync($"/api/commands/{failing.CommandId}")).GetProperty("status").GetString() == "failed",
            TimeSpan.FromSeconds(30), "the invalid create to be recorded as failed");

        // The management API refreshes its figures every 5 s: wait for it to show the embedded worker's consumer.
        JsonElement first = default;
        Dictionary<string, JsonElement> queues = [];
        await Backbone.EventuallyAsync(async () =>
        {
            first = await op.GetJsonAsync("/api/ops/overview");
            queues = first.GetProperty("queues").EnumerateArray().ToDictionary(q => q.GetProperty("name").GetString()!);
            return queues[QueueNames.TodoCommands].GetProperty("consumers").GetInt64() >= 1;
        }, TimeSpan.FromSeconds(30), "the todo-commands consumer in the management API");
        Assert.Equal("management", first.GetProperty("queueSource").GetString());
        Assert.True(queues[QueueNames.TodoCommands].GetProperty("exists").GetBoolean());
        Assert.True(queues[QueueNames.TodoCommands + "_error"].GetProperty("errorQueue").GetBoolean());
        Assert.Equal(JsonValueKind.Number, queues[QueueNames.TodoCommands].GetProperty("unacked").ValueKind);
        var database = first.GetProperty("database");
        var failure = database.GetProperty("recentFailures").EnumerateArray().Single(f => f.GetProperty("commandId").GetGuid() == failing.CommandId);
        Assert.Equal("todo.create", failure.GetProperty("kind").GetString());
        Assert.Equal("validation", failure.GetProperty("errorCode").GetString());
        Assert.False(string.IsNullOrWhiteSpace(failure.GetProperty("reason").GetString()));
        Assert.Equal(JsonValueKind.Null, first.GetProperty("deployments").ValueKind); // not in Kubernetes

        // PostgreSQL's statistics reach other sessions within a second or so: the counter catches up with the 6 commands.
        await Backbone.EventuallyAsync(async () =>
            (await op.GetJsonAsync("/api/ops/overview")).GetProperty("database").GetProperty("recordedTotal").GetInt64() >= 6,
            TimeSpan.FromSeconds(30), "processed_commands inserts in pg_stat_user_tables");
        var later = await op.GetJsonAsync("/api/ops/overview");
        Assert.True(later.GetProperty("database").GetProperty("appliedPerSecond").GetDouble() >= 0);
    }
}
