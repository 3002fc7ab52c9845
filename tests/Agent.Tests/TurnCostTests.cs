namespace TodoFunctions.Agent.Tests;

/// <summary>What one turn may send to a paid model is bounded, however long the conversation or the list.</summary>
public sealed class TurnCostTests
{
    [Fact]
    public async Task OnlyTheRecentHistoryThatFitsTheBudgetIsSentAndTheOutputIsCapped()
    {
        await using var agent = await AgentHarness.StartAsync(
            s => s["AI:MaxPromptCharacters"] = "5000",
            ScriptStep.Text("ok 1"), ScriptStep.Text("ok 2"), ScriptStep.Text("ok 3"), ScriptStep.Text("ok 4"), ScriptStep.Text("ok 5"));

        Guid? conversation = null;
        foreach (var letter in "abcde")
        {
            var status = await agent.ChatAsync(new string(letter, 1500), conversation);
            Assert.Equal("succeeded", status.GetProperty("status").GetString());
            conversation = status.GetProperty("result").GetProperty("conversationId").GetGuid();
        }

        var last = agent.Model.Requests[^1];
        var sent = last.Messages.Where(m => RecordedRequest.Role(m) != "system").Select(RecordedRequest.Text).ToList();
        // 1,500 for the new message leaves 3,500: turns c and d with their replies fit, b does not (nor its reply).
        Assert.Equal([new string('c', 1500), "ok 3", new string('d', 1500), "ok 4", new string('e', 1500)], sent);
        Assert.True(sent.Sum(t => t.Length) <= 5000);
        Assert.Equal(1000, MaxOutputTokens(last.Body));
    }

    [Fact]
    public async Task AListingShowsTheModelAtMostTheConfiguredNumberOfTasksAndSaysHowManyMore()
    {
        await using var agent = await AgentHarness.StartAsync(
            s => s["AI:MaxListedTasks"] = "5",
            ScriptStep.Call("call_list", "list_tasks", new { }),
            ScriptStep.Text("Here they are."));
        for (var i = 1; i <= 8; i++)
        {
            await agent.CreateTodoAsync($"Task {i}");
        }

        var status = await agent.ChatAsync("what do I have?");

        Assert.Equal("succeeded", status.GetProperty("status").GetString());
        var (_, content) = Assert.Single(agent.Model.Requests[1].ToolResults);
        content = JsonSerializer.Deserialize<string>(content) ?? ""; // the tool's string result, JSON-encoded
        Assert.Equal(5, content.Split('\n').Count(line => line.Length > 2 && char.IsDigit(line[0]) && line.Contains(". ", StringComparison.Ordinal)));
        Assert.Contains("3 more not shown", content);
    }

    private static int MaxOutputTokens(JsonElement body) =>
        body.TryGetProperty("max_completion_tokens", out var tokens) || body.TryGetProperty("max_tokens", out tokens)
            ? tokens.GetInt32()
            : throw new Xunit.Sdk.XunitException("The request carries no output-token limit: " + body);
}
