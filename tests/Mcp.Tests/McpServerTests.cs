namespace TodoFunctions.Mcp.Tests;

/// <summary>End to end: the real local host process, a real user, and the MCP server as a stdio child process.</summary>
public sealed class McpServerTests(LocalHostProcess host) : IClassFixture<LocalHostProcess>
{
    [Fact]
    public async Task Server_offers_the_seven_task_tools_with_descriptions()
    {
        var (api, token) = await host.RegisterUserAsync();
        using var signedIn = api;
        await using var server = await McpServerProcess.StartAsync(token, host.BaseAddress);

        var tools = await server.Client.ListToolsAsync(cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(
            ["add_task", "complete_task", "delete_task", "get_task", "list_tasks", "reopen_task", "update_task"],
            tools.Select(t => t.Name).Order(StringComparer.Ordinal));
        Assert.All(tools, t => Assert.False(string.IsNullOrWhiteSpace(t.Description), t.Name));
        var update = tools.Single(t => t.Name == "update_task").JsonSchema;
        Assert.True(update.GetProperty("properties").TryGetProperty("clearDue", out _), update.ToString());
        Assert.Equal(["id"], update.GetProperty("required").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task Task_lifecycle_through_the_tools_is_applied_by_the_api()
    {
        var (api, token) = await host.RegisterUserAsync();
        using var signedIn = api;
        await using var server = await McpServerProcess.StartAsync(token, host.BaseAddress);

        var added = await server.CallJsonAsync("add_task", new()
        {
            ["title"] = "Call mom",
            ["due"] = "2026-12-24T18:00:00+01:00",
            ["priority"] = "high",
            ["tags"] = new[] { "family", "phone" },
        });
        var id = added.GetProperty("id").GetString()!;
        Assert.Equal("Call mom", added.GetProperty("title").GetString());
        Assert.Equal("2026-12-24T18:00:00+01:00", added.GetProperty("due").GetString());
        Assert.Equal("high", added.GetProperty("priority").GetString());
        Assert.Equal(["family", "phone"], added.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));

        var pending = await server.CallJsonAsync("list_tasks", new() { ["status"] = "pending", ["tag"] = "family" });
        Assert.Equal([id], Ids(pending));
        // The API itself agrees with what the tool reported.
        var stored = await api.GetJsonAsync($"/api/todos/{id}");
        Assert.Equal("high", stored.GetProperty("priority").GetString());

        var completed = await server.CallJsonAsync("complete_task", new() { ["id"] = id });
        Assert.True(completed.GetProperty("completed").GetBoolean());
        Assert.Empty(Ids(await server.CallJsonAsync("list_tasks", new() { ["status"] = "pending" })));
        Assert.Equal([id], Ids(await server.CallJsonAsync("list_tasks", new() { ["status"] = "completed" })));

        var reopened = await server.CallJsonAsync("reopen_task", new() { ["id"] = id });
        Assert.False(reopened.GetProperty("completed").GetBoolean());

        var updated = await server.CallJsonAsync("update_task", new() { ["id"] = id, ["clearDue"] = true, ["title"] = "Call mom back" });
        Assert.Equal(JsonValueKind.Null, updated.GetProperty("due").ValueKind);
        Assert.Equal("Call mom back", updated.GetProperty("title").GetString());
        Assert.Equal("high", updated.GetProperty("priority").GetString());
        var afterUpdate = await api.GetJsonAsync($"/api/todos/{id}");
        Assert.Equal(JsonValueKind.Null, afterUpdate.GetProperty("due").ValueKind);

        var deleted = await server.CallAsync("delete_task", new() { ["id"] = id });
        Assert.False(deleted.IsError == true, McpServerProcess.Text(deleted));
        Assert.Contains(id, McpServerProcess.Text(deleted));

        var gone = await server.CallAsync("get_task", new() { ["id"] = id });
        Assert.True(gone.IsError);
        Assert.Contains("not found", McpServerProcess.Text(gone), StringComparison.OrdinalIgnoreCase);
        var again = await server.CallAsync("complete_task", new() { ["id"] = id });
        Assert.True(again.IsError);
        Assert.Contains("not found", McpServerProcess.Text(again), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Bad_input_returns_a_readable_error_and_the_server_keeps_working()
    {
        var (api, token) = await host.RegisterUserAsync();
        using var signedIn = api;
        await using var server = await McpServerProcess.StartAsync(token, host.BaseAddress);

        var urgent = await server.CallAsync("add_task", new() { ["title"] = "Pay rent", ["priority"] = "urgent" });
        var message = McpServerProcess.Text(urgent);
        Assert.True(urgent.IsError, message);
        Assert.Contains("priority", message);
        Assert.Contains("none, low, medium, high", message);
        Assert.DoesNotContain("   at ", message); // no stack trace

        var badDue = await server.CallAsync("add_task", new() { ["title"] = "Pay rent", ["due"] = "next tuesday" });
        Assert.True(badDue.IsError);
        Assert.Contains("due", McpServerProcess.Text(badDue));

        var badId = await server.CallAsync("get_task", new() { ["id"] = "not-a-uuid" });
        Assert.True(badId.IsError);
        Assert.Contains("list_tasks", McpServerProcess.Text(badId));

        var bothDue = await server.CallAsync("update_task", new() { ["id"] = Guid.NewGuid().ToString(), ["due"] = "2026-12-24", ["clearDue"] = true });
        Assert.True(bothDue.IsError);

        var badFilter = await server.CallAsync("list_tasks", new() { ["sort"] = "colour" });
        Assert.True(badFilter.IsError);
        Assert.Contains("sort", McpServerProcess.Text(badFilter));

        var added = await server.CallJsonAsync("add_task", new() { ["title"] = "Pay rent", ["due"] = "2026-12-01" });
        Assert.Equal("2026-12-01", added.GetProperty("due").GetString());
        var page = await server.CallJsonAsync("list_tasks", new());
        Assert.Equal(1, page.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task List_filters_and_sorting_are_passed_to_the_api()
    {
        var (api, token) = await host.RegisterUserAsync();
        using var signedIn = api;
        await using var server = await McpServerProcess.StartAsync(token, host.BaseAddress);
        var late = await server.CallJsonAsync("add_task", new() { ["title"] = "File taxes", ["due"] = "2020-04-15", ["priority"] = "low" });
        var later = await server.CallJsonAsync("add_task", new()
        {
            ["title"] = "Book flights", ["description"] = "window seat", ["due"] = "2099-01-10", ["priority"] = "high", ["tags"] = new[] { "travel" },
        });
        var lateId = late.GetProperty("id").GetString()!;
        var laterId = later.GetProperty("id").GetString()!;

        Assert.Equal([lateId], Ids(await server.CallJsonAsync("list_tasks", new() { ["overdue"] = true, ["timeZone"] = "Europe/Berlin" })));
        Assert.Equal([laterId], Ids(await server.CallJsonAsync("list_tasks", new() { ["priority"] = "high" })));
        Assert.Equal([laterId], Ids(await server.CallJsonAsync("list_tasks", new() { ["text"] = "window" })));
        Assert.Equal([laterId], Ids(await server.CallJsonAsync("list_tasks", new() { ["dueAfter"] = "2030-01-01" })));
        Assert.Equal([lateId], Ids(await server.CallJsonAsync("list_tasks", new() { ["dueBefore"] = "2030-01-01" })));
        Assert.Equal([laterId, lateId], Ids(await server.CallJsonAsync("list_tasks", new() { ["sort"] = "due", ["order"] = "desc" })));
        var firstPage = await server.CallJsonAsync("list_tasks", new() { ["sort"] = "due", ["limit"] = 1 });
        Assert.Equal([lateId], Ids(firstPage));
        Assert.Equal(2, firstPage.GetProperty("total").GetInt32());
        Assert.Equal([laterId], Ids(await server.CallJsonAsync("list_tasks", new() { ["sort"] = "due", ["limit"] = 1, ["offset"] = 1 })));
    }

    [Fact]
    public async Task A_second_users_token_cannot_see_or_change_the_first_users_tasks()
    {
        var (first, firstToken) = await host.RegisterUserAsync();
        var (second, secondToken) = await host.RegisterUserAsync();
        using var firstUser = first;
        using var secondUser = second;
        await using var firstServer = await McpServerProcess.StartAsync(firstToken, host.BaseAddress);
        await using var secondServer = await McpServerProcess.StartAsync(secondToken, host.BaseAddress);

        var added = await firstServer.CallJsonAsync("add_task", new() { ["title"] = "Private plan", ["tags"] = new[] { "secret" } });
        var id = added.GetProperty("id").GetString()!;

        var seen = await secondServer.CallJsonAsync("list_tasks", new() { ["status"] = "all" });
        Assert.Empty(Ids(seen));
        Assert.Equal(0, seen.GetProperty("total").GetInt32());
        var get = await secondServer.CallAsync("get_task", new() { ["id"] = id });
        Assert.True(get.IsError);
        Assert.Contains("not found", McpServerProcess.Text(get), StringComparison.OrdinalIgnoreCase);
        var delete = await secondServer.CallAsync("delete_task", new() { ["id"] = id });
        Assert.True(delete.IsError);

        Assert.Equal([id], Ids(await firstServer.CallJsonAsync("list_tasks", new())));
    }

    [Fact]
    public async Task An_invalid_token_is_reported_as_an_auth_problem_not_a_crash()
    {
        await using var server = await McpServerProcess.StartAsync("not-a-real-token", host.BaseAddress);

        var result = await server.CallAsync("list_tasks", new());

        Assert.True(result.IsError);
        Assert.Contains("token", McpServerProcess.Text(result));
    }

    [Fact]
    public async Task Server_without_a_token_exits_at_start_with_a_clear_message()
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(McpServerProcess.ServerDll);
        start.ArgumentList.Add("--api");
        start.ArgumentList.Add(host.BaseAddress.ToString());
        start.Environment.Remove("TODO_API_TOKEN");
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        try
        {
            await process.WaitForExitAsync(TestContext.Current.CancellationToken).WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }

        Assert.NotEqual(0, process.ExitCode);
        Assert.Contains("TODO_API_TOKEN", await stderr);
        Assert.Equal("", await stdout); // stdout is reserved for the protocol
    }

    private static string[] Ids(JsonElement page) =>
        [.. page.GetProperty("items").EnumerateArray().Select(t => t.GetProperty("id").GetString()!)];
}
