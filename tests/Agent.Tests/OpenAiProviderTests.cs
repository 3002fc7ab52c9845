namespace TodoFunctions.Agent.Tests;

/// <summary>
/// The <c>openai</c> provider end to end: the app talks the Chat Completions wire format to a scripted model on a
/// loopback port; the tests check what the model was sent and what the turn committed.
/// </summary>
public sealed class OpenAiProviderTests
{
    private static readonly string[] SixTools = ["add_task", "list_tasks", "complete_task", "reopen_task", "delete_task", "update_task"];

    [Fact]
    public async Task AnAddTaskCallCreatesTheTodoWithEveryFieldAndTheReplyIsTheModelsText()
    {
        await using var agent = await AgentHarness.StartAsync(
            ScriptStep.Call("call_add", "add_task", new { title = "Buy milk", due = "2026-12-24T18:00", priority = "high", tags = new[] { "Groceries", "#home" } }),
            ScriptStep.Text("Added \"Buy milk\" for Dec 24 at 18:00."));

        var status = await agent.ChatAsync("add buy milk on Dec 24 6pm, high priority #groceries #home");

        var result = Succeeded(status);
        Assert.Equal("Added \"Buy milk\" for Dec 24 at 18:00.", result.GetProperty("reply").GetString());
        var todo = Assert.Single(await agent.TodosAsync());
        Assert.Equal("Buy milk", todo.GetProperty("title").GetString());
        Assert.Equal("2026-12-24T18:00:00+01:00", todo.GetProperty("due").GetString());
        Assert.Equal("high", todo.GetProperty("priority").GetString());
        Assert.Equal(["groceries", "home"], todo.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.False(todo.GetProperty("completed").GetBoolean());
        var change = Assert.Single(result.GetProperty("changes").EnumerateArray());
        Assert.Equal(todo.GetProperty("id").GetGuid(), change.GetProperty("todoId").GetGuid());

        var messages = await agent.MessagesAsync(result.GetProperty("conversationId").GetGuid());
        Assert.Equal(["user", "assistant"], messages.Select(m => m.GetProperty("role").GetString()));
        var assistant = messages[1];
        Assert.Equal("Added \"Buy milk\" for Dec 24 at 18:00.", assistant.GetProperty("text").GetString());
        var call = Assert.Single(assistant.GetProperty("toolCalls").EnumerateArray());
        Assert.Equal("add_task", call.GetProperty("name").GetString());
        Assert.Equal("Buy milk", call.GetProperty("arguments").GetProperty("title").GetString());
        Assert.Equal("high", call.GetProperty("arguments").GetProperty("priority").GetString());
        Assert.False(call.GetProperty("failed").GetBoolean());

        // The wire: two requests, both authenticated with the key and naming the configured model.
        Assert.Equal(2, agent.Model.Requests.Count);
        Assert.All(agent.Model.Requests, r =>
        {
            Assert.Equal("/v1/chat/completions", r.Path);
            Assert.Equal("Bearer test-key", r.Authorization);
            Assert.Equal("test-model", r.Model);
        });
        var first = agent.Model.Requests[0];
        Assert.Equal(SixTools.Order(), first.ToolNames.Order());
        Assert.Contains("Europe/Berlin", first.SystemPrompt);
        Assert.Equal("user", RecordedRequest.Role(first.Messages[^1]));
        Assert.Equal("add buy milk on Dec 24 6pm, high priority #groceries #home", RecordedRequest.Text(first.Messages[^1]));
        var second = agent.Model.Requests[1];
        var echoed = second.Messages.Single(m => RecordedRequest.Role(m) == "assistant");
        Assert.Equal("call_add", echoed.GetProperty("tool_calls")[0].GetProperty("id").GetString());
        var (callId, content) = Assert.Single(second.ToolResults);
        Assert.Equal("call_add", callId);
        Assert.Contains("Buy milk", content);
        Assert.DoesNotContain("Error", content);
        Assert.Equal(0, agent.Model.Remaining);
    }

    [Fact]
    public async Task SeveralToolCallsInOneTurnAreAllApplied()
    {
        await using var agent = await AgentHarness.StartAsync();
        var rent = await agent.CreateTodoAsync("Pay rent");
        var plants = await agent.CreateTodoAsync("Water plants");
        var bank = await agent.CreateTodoAsync("Call the bank");
        agent.Model.Enqueue(
            ScriptStep.Call("call_list", "list_tasks", new { }),
            ScriptStep.Calls(ScriptedCall.Of("call_rent", "complete_task", new { id = rent.ToString() }),
                ScriptedCall.Of("call_plants", "complete_task", new { id = $"[{plants}]" })),
            ScriptStep.Call("call_tag", "update_task", new { id = bank.ToString(), priority = "medium", add_tags = new[] { "phone" } }),
            ScriptStep.Text("Completed 1 and 2, and tagged the bank call."));

        var result = Succeeded(await agent.ChatAsync("done with rent and plants; the bank call is medium #phone"));

        Assert.Equal(3, result.GetProperty("changes").GetArrayLength());
        var todos = (await agent.TodosAsync()).ToDictionary(t => t.GetProperty("id").GetGuid());
        Assert.True(todos[rent].GetProperty("completed").GetBoolean());
        Assert.True(todos[plants].GetProperty("completed").GetBoolean());
        Assert.False(todos[bank].GetProperty("completed").GetBoolean());
        Assert.Equal("medium", todos[bank].GetProperty("priority").GetString());
        Assert.Equal(["phone"], todos[bank].GetProperty("tags").EnumerateArray().Select(t => t.GetString()));

        // The listing the model read had the ids it then used; each later request carried every result so far.
        Assert.Equal(4, agent.Model.Requests.Count);
        var listed = Assert.Single(agent.Model.Requests[1].ToolResults);
        Assert.Equal("call_list", listed.CallId);
        Assert.All(new[] { rent, plants, bank }, id => Assert.Contains(id.ToString(), listed.Content));
        Assert.Equal(["call_list", "call_rent", "call_plants"], agent.Model.Requests[2].ToolResults.Select(r => r.CallId));
        Assert.All(agent.Model.Requests[3].ToolResults, r => Assert.DoesNotContain("Error", r.Content));
        var assistant = (await agent.MessagesAsync(result.GetProperty("conversationId").GetGuid()))[^1];
        Assert.Equal(["list_tasks", "complete_task", "complete_task", "update_task"],
            assistant.GetProperty("toolCalls").EnumerateArray().Select(c => c.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task AnUnknownTaskIdFailsTheWholeTurnEvenWhenAnotherCallWasValid()
    {
        await using var agent = await AgentHarness.StartAsync();
        var rent = await agent.CreateTodoAsync("Pay rent");
        var missing = Guid.NewGuid();
        agent.Model.Enqueue(
            ScriptStep.Calls(ScriptedCall.Of("call_ok", "complete_task", new { id = rent.ToString() }),
                ScriptedCall.Of("call_bad", "complete_task", new { id = missing.ToString() })),
            ScriptStep.Text("Both are done."));

        var result = Succeeded(await agent.ChatAsync("complete rent and the other one"));

        var results = agent.Model.Requests[1].ToolResults.ToDictionary(r => r.CallId, r => r.Content);
        Assert.DoesNotContain("Error", results["call_ok"]);
        Assert.Contains("Error", results["call_bad"]);
        Assert.Contains(missing.ToString(), results["call_bad"]);
        AssertNothingChanged(result);
        Assert.Contains("Nothing was changed", result.GetProperty("reply").GetString());
        Assert.False(Assert.Single(await agent.TodosAsync()).GetProperty("completed").GetBoolean());
        var assistant = (await agent.MessagesAsync(result.GetProperty("conversationId").GetGuid()))[^1];
        Assert.Equal([false, true], assistant.GetProperty("toolCalls").EnumerateArray().Select(c => c.GetProperty("failed").GetBoolean()));
    }

    [Fact]
    public async Task AnInvalidPriorityFailsTheWholeTurnEvenWhenAnotherCallWasValid()
    {
        await using var agent = await AgentHarness.StartAsync(
            ScriptStep.Call("call_ok", "add_task", new { title = "Book dentist" }),
            ScriptStep.Call("call_bad", "add_task", new { title = "Fix the roof", priority = "urgent" }),
            ScriptStep.Text("Added both tasks."));

        var result = Succeeded(await agent.ChatAsync("add book dentist, and fix the roof urgently"));

        var (callId, content) = agent.Model.Requests[2].ToolResults[^1];
        Assert.Equal("call_bad", callId);
        Assert.StartsWith("Error", content.TrimStart('"'));
        Assert.Contains("'urgent' is not a priority", content);
        AssertNothingChanged(result);
        Assert.Contains("Nothing was changed", result.GetProperty("reply").GetString());
        Assert.Empty(await agent.TodosAsync());
    }

    [Fact]
    public async Task ArgumentsThatDoNotMatchTheToolFailTheWholeTurnEvenWhenAnotherCallWasValid()
    {
        // complete_task without its required id: the function-invoking client cannot bind it and reports an error to the model.
        await using var agent = await AgentHarness.StartAsync(
            ScriptStep.Calls(ScriptedCall.Of("call_ok", "add_task", new { title = "Book dentist" }),
                ScriptedCall.Of("call_bad", "complete_task", new { task = "dentist" })),
            ScriptStep.Text("Added and completed it."));

        var result = Succeeded(await agent.ChatAsync("add book dentist and mark it done"));

        var results = agent.Model.Requests[1].ToolResults.ToDictionary(r => r.CallId, r => r.Content);
        Assert.Contains("Error", results["call_bad"]);
        Assert.True(result.GetProperty("changes").GetArrayLength() == 0,
            $"The turn half-applied: the model was told \"{results["call_bad"]}\" for complete_task, yet the valid add_task committed: {result}");
        Assert.Empty(await agent.TodosAsync());
    }

    [Fact]
    public async Task ACallToAnUnknownToolFailsTheWholeTurnEvenWhenAnotherCallWasValid()
    {
        await using var agent = await AgentHarness.StartAsync(
            ScriptStep.Calls(ScriptedCall.Of("call_ok", "add_task", new { title = "Book dentist" }),
                ScriptedCall.Of("call_bad", "snooze_task", new { title = "Book dentist", days = 2 })),
            ScriptStep.Text("Added it and snoozed it for two days."));

        var result = Succeeded(await agent.ChatAsync("add book dentist and snooze it 2 days"));

        var results = agent.Model.Requests[1].ToolResults.ToDictionary(r => r.CallId, r => r.Content);
        Assert.Contains("Error", results["call_bad"]);
        Assert.True(result.GetProperty("changes").GetArrayLength() == 0,
            $"The turn half-applied: the model was told \"{results["call_bad"]}\" for snooze_task, yet the valid add_task committed: {result}");
        Assert.Empty(await agent.TodosAsync());
    }

    [Fact]
    public async Task AReplyThatQuotesTheFailureStillSaysNothingWasChanged()
    {
        // The model was told complete_task succeeded for rent, so it reports that, and repeats the error for the other
        // call word for word. The turn commits nothing, so the user must not be left believing rent was completed.
        await using var agent = await AgentHarness.StartAsync();
        var rent = await agent.CreateTodoAsync("Pay rent");
        var missing = Guid.NewGuid();
        var modelReply = $"Completed \"Pay rent\". There is no task with id {missing}.";
        agent.Model.Enqueue(
            ScriptStep.Calls(ScriptedCall.Of("call_ok", "complete_task", new { id = rent.ToString() }),
                ScriptedCall.Of("call_bad", "complete_task", new { id = missing.ToString() })),
            ScriptStep.Text(modelReply));

        var result = Succeeded(await agent.ChatAsync("complete rent and the other one"));

        AssertNothingChanged(result);
        Assert.False(Assert.Single(await agent.TodosAsync()).GetProperty("completed").GetBoolean());
        var reply = result.GetProperty("reply").GetString()!;
        Assert.True(reply.Contains("Nothing was changed", StringComparison.Ordinal),
            $"The turn changed nothing, but the user was told: \"{reply}\"");
    }

    [Fact]
    public async Task AnAddTaskWithTheIdOfAnExistingTaskIsRefusedInTheTurnAndChangesNothing()
    {
        // Few redeliveries, so a turn that keeps failing gives up within seconds.
        await using var agent = await AgentHarness.StartAsync(settings => settings["Messaging:RetryLimit"] = "2");
        var rent = await agent.CreateTodoAsync("Pay rent");
        // A deterministic model: asked the same turn again, it answers the same way.
        for (var i = 0; i < 10; i++)
        {
            agent.Model.Enqueue(
                ScriptStep.Call("call_dup", "add_task", new { title = "Pay rent again", id = rent.ToString() }),
                ScriptStep.Text("Added \"Pay rent again\"."));
        }

        var status = await agent.ChatAsync("add pay rent again", maxWaitSeconds: 20);

        var requests = agent.Model.Requests;
        Assert.True(requests.Count == 2, $"The turn ran {requests.Count / 2.0} times (model requests: {requests.Count}); status: {status}");
        var result = Succeeded(status);
        Assert.Contains("Error", Assert.Single(requests[1].ToolResults).Content);
        AssertNothingChanged(result);
        Assert.Equal("Pay rent", Assert.Single(await agent.TodosAsync()).GetProperty("title").GetString());
    }

    [Fact]
    public async Task AFailingProviderGivesAClearReplyAndChangesNothing()
    {
        await using var agent = await AgentHarness.StartAsync(ScriptStep.ServerError());
        await agent.CreateTodoAsync("Pay rent");

        var result = Succeeded(await agent.ChatAsync("complete pay rent"));

        var reply = result.GetProperty("reply").GetString();
        Assert.Contains("Nothing was changed", reply);
        Assert.Contains("could not be reached", reply);
        AssertNothingChanged(result);
        Assert.False(Assert.Single(await agent.TodosAsync()).GetProperty("completed").GetBoolean());
        Assert.NotEmpty(agent.Model.Requests);
        var messages = await agent.MessagesAsync(result.GetProperty("conversationId").GetGuid());
        Assert.Equal(reply, messages[^1].GetProperty("text").GetString());
    }

    [Fact]
    public async Task AProviderThatFailsAfterAToolCallCommitsNoneOfTheTurn()
    {
        await using var agent = await AgentHarness.StartAsync(
            ScriptStep.Call("call_add", "add_task", new { title = "Book dentist" }),
            ScriptStep.ServerError());

        var result = Succeeded(await agent.ChatAsync("add book dentist"));

        Assert.Contains("Nothing was changed", result.GetProperty("reply").GetString());
        AssertNothingChanged(result);
        Assert.Empty(await agent.TodosAsync());
        Assert.True(agent.Model.Requests.Count >= 2);
    }

    [Fact]
    public async Task ASlowProviderIsAbandonedAtTheTimeoutAndChangesNothing()
    {
        // The deadline covers the whole turn, the first request and its tool call included, and both run cold in this
        // process; 2 s left them little room on a slow machine before the slow step was even asked for.
        await using var agent = await AgentHarness.StartAsync(settings => settings["AI:Timeout"] = "00:00:05",
            ScriptStep.Call("call_add", "add_task", new { title = "Book dentist" }),
            ScriptStep.Slow(TimeSpan.FromSeconds(60), "Added it."));

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var result = Succeeded(await agent.ChatAsync("add book dentist"));
        clock.Stop();

        var reply = result.GetProperty("reply").GetString();
        Assert.Contains("took too long", reply);
        Assert.Contains("Nothing was changed", reply);
        AssertNothingChanged(result);
        Assert.Empty(await agent.TodosAsync());
        Assert.Equal(2, agent.Model.Requests.Count);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"The turn took {clock.Elapsed}; the timeout is 5 s.");
    }

    [Fact]
    public async Task TheListingKeepsTheIdsListTasksReturnedInOrderAndTheNextTurnShowsThemToTheModel()
    {
        await using var agent = await AgentHarness.StartAsync();
        var report = await agent.CreateTodoAsync("Write report", "work");
        await agent.CreateTodoAsync("Water plants", "home");
        var slides = await agent.CreateTodoAsync("Prepare slides", "work");
        agent.Model.Enqueue(
            ScriptStep.Call("call_list", "list_tasks", new { tag = "work" }),
            ScriptStep.Text("1. Write report\n2. Prepare slides"));

        var first = Succeeded(await agent.ChatAsync("what's on my work list?"));

        Assert.Equal([report, slides], first.GetProperty("listing").EnumerateArray().Select(e => e.GetGuid()));
        AssertNothingChanged(first);
        var conversation = first.GetProperty("conversationId").GetGuid();
        var assistant = (await agent.MessagesAsync(conversation))[^1];
        Assert.Equal([report, slides], assistant.GetProperty("listing").EnumerateArray().Select(e => e.GetGuid()));

        // The next turn: the model is shown the numbered ids, and acting on "2" completes the second listed task.
        agent.Model.Enqueue(
            ScriptStep.Call("call_done", "complete_task", new { id = slides.ToString() }),
            ScriptStep.Text("Completed \"Prepare slides\"."));
        var second = Succeeded(await agent.ChatAsync("2 is done", conversation));

        Assert.Equal(conversation, second.GetProperty("conversationId").GetGuid());
        var history = agent.Model.Requests[2].Messages.Select(RecordedRequest.Text).ToList();
        Assert.Contains(history, t => t.Contains($"1={report}, 2={slides}"));
        var todos = (await agent.TodosAsync()).ToDictionary(t => t.GetProperty("id").GetGuid());
        Assert.True(todos[slides].GetProperty("completed").GetBoolean());
        Assert.False(todos[report].GetProperty("completed").GetBoolean());
        Assert.Equal(4, (await agent.MessagesAsync(conversation)).Count);
    }

    private static JsonElement Succeeded(JsonElement status)
    {
        Assert.True(status.GetProperty("status").GetString() == "succeeded", "The turn did not succeed: " + status);
        return status.GetProperty("result");
    }

    private static void AssertNothingChanged(JsonElement result) =>
        Assert.Equal(0, result.GetProperty("changes").GetArrayLength());
}
