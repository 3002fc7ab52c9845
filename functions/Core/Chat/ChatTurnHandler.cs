using TodoFunctions.Core.Telemetry;
using Microsoft.Extensions.AI;
using TodoFunctions.Core.Contracts;
using TodoFunctions.Core.Domain.Commands;
using TodoFunctions.Core.Domain.Conversations;
using TodoFunctions.Core.Services;

namespace TodoFunctions.Core.Chat;

/// <summary>
/// Runs one chat turn: loads the conversation and the caller's tasks, lets the model call tools against
/// a workspace copy, then commits the user message, the reply, the tool calls, every change and the
/// processed-command record in one transaction. A failing or slow provider changes nothing.
/// </summary>
public sealed class ChatTurnHandler(
    TodoDbContext db,
    ChatClientFactory clients,
    TodoWriteUnit writes,
    IOptions<AiOptions> options,
    TimeProvider clock,
    ILogger<ChatTurnHandler> logger)
{
    public const string Kind = "chat.turn";

    public async Task HandleAsync(ChatCommand command, CancellationToken cancellationToken)
    {
        if (await db.ProcessedCommands.AnyAsync(c => c.Id == command.CommandId, cancellationToken))
        {
            return;
        }
        var conversation = await db.Conversations.AsNoTracking().FirstOrDefaultAsync(c => c.Id == command.ConversationId, cancellationToken);
        if (conversation is not null && conversation.UserId != command.UserId)
        {
            await RecordAsync(command, ProcessedCommand.Failed(command.CommandId, command.UserId, Kind, null, "not_found",
                "The conversation does not exist.", command.IssuedAt.UtcDateTime, Now), cancellationToken);
            return;
        }

        var zone = TimeZoneInfo.TryFindSystemTimeZoneById(command.TimeZone, out var found) ? found : TimeZoneInfo.Utc;
        var history = conversation is null ? [] : await db.Messages.AsNoTracking()
            .Where(m => m.ConversationId == conversation.Id)
            .OrderByDescending(m => m.Sequence).Take(options.Value.HistoryMessages)
            .ToListAsync(cancellationToken);
        history.Reverse();
        var todos = await db.Todos.AsNoTracking().Where(t => t.UserId == command.UserId)
            .OrderBy(t => t.CreatedAt).ThenBy(t => t.Id).ToListAsync(cancellationToken);
        var workspace = new TurnWorkspace(command, zone, todos.Select(t => TurnWorkspace.ToChatTask(t, zone)));

        var answer = await AnswerAsync(command, workspace, history, cancellationToken);
        if (!await TryCommitAsync(command, workspace, answer, cancellationToken))
        {
            var refused = new TurnAnswer(Apology(workspace.Failure ?? "the change was refused."), null, null, Applied: false);
            await TryCommitAsync(command, workspace, refused, cancellationToken);
        }
    }

    private static string Apology(string failure) => $"Sorry, I couldn't do that: {failure} Nothing was changed.";

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private async Task<TurnAnswer> AnswerAsync(ChatCommand command, TurnWorkspace workspace, List<ConversationMessage> history, CancellationToken cancellationToken)
    {
        var messages = new List<ChatMessage>();
        if (!clients.IsOffline)
        {
            messages.Add(new ChatMessage(ChatRole.System, SystemPrompt.For(workspace)));
        }
        messages.AddRange(RecentHistoryThatFits(history, options.Value.MaxPromptCharacters - command.Message.Length).Select(ToChatMessage));
        messages.Add(new ChatMessage(ChatRole.User, command.Message));

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Value.Timeout);
        try
        {
            using var client = clients.Create(workspace);
            var response = await client.GetResponseAsync(messages, new ChatOptions
            {
                Tools = new TodoChatTools(workspace, options.Value.MaxListedTasks).All,
                MaxOutputTokens = clients.IsOffline ? null : options.Value.MaxOutputTokens,
            }, timeout.Token);
            FailOnCallsNoToolRan(response, workspace);
            var reply = string.IsNullOrWhiteSpace(response.Text) ? "Done." : response.Text.Trim();
            if (workspace.Failure is { } failure && !clients.IsOffline)
            {
                // Whatever the model said, none of the turn's changes will commit.
                reply = Apology(failure);
            }
            return new TurnAnswer(reply, workspace.Listing, workspace.State, Applied: workspace.Failure is null);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(ex, "The chat provider failed for {CommandId}", command.CommandId);
            var reason = timeout.IsCancellationRequested ? "took too long to answer" : "could not be reached";
            return new TurnAnswer($"Sorry, the assistant {reason}. Nothing was changed; please try again.", null, null, Applied: false);
        }
    }

    private static IEnumerable<ConversationMessage> RecentHistoryThatFits(List<ConversationMessage> history, int budget)
    {
        var start = history.Count;
        while (start > 0 && budget - history[start - 1].Text.Length >= 0)
        {
            budget -= history[--start].Text.Length;
        }
        // A reply whose question did not fit would only confuse the model.
        while (start < history.Count && history[start].Role != ConversationMessage.User)
        {
            start++;
        }
        return history.Skip(start);
    }

    /// <summary>
    /// Calls the function-invoking layer answered itself (an unknown tool, arguments that do not bind) never
    /// reached a tool; they fail the turn like a refused tool does, so a turn is never half-applied.
    /// </summary>
    private static void FailOnCallsNoToolRan(ChatResponse response, TurnWorkspace workspace)
    {
        var ran = workspace.ToolCalls.GroupBy(c => c.Name).ToDictionary(g => g.Key, g => g.Count());
        foreach (var call in response.Messages.SelectMany(m => m.Contents).OfType<FunctionCallContent>())
        {
            if (ran.TryGetValue(call.Name, out var count) && count > 0)
            {
                ran[call.Name] = count - 1;
                continue;
            }
            var reason = $"the tool call {call.Name} could not be carried out.";
            workspace.ToolCalls.Add(new ToolCallRecord(call.Name, call.Arguments, reason, Failed: true));
            // The name came from the model, not from our tool list: not a label value.
            TodoMetrics.ChatToolCalls.WithLabels("unknown", "failed").Inc();
            workspace.Fail(reason);
        }
    }

    /// <returns>false when the database refused one of the turn's changes; nothing was written then.</returns>
    private async Task<bool> TryCommitAsync(ChatCommand command, TurnWorkspace workspace, TurnAnswer answer, CancellationToken cancellationToken)
    {
        var now = Now;
        await using var unit = await writes.BeginAsync(cancellationToken);
        var conversation = await db.Conversations.FirstOrDefaultAsync(c => c.Id == command.ConversationId, cancellationToken);
        if (conversation is null)
        {
            conversation = Conversation.Start(command.ConversationId, command.UserId, command.Message, now);
            db.Conversations.Add(conversation);
        }
        var changes = answer.Applied ? workspace.Commands : [];
        var staged = await unit.StageAsync(changes, allowParking: false, cancellationToken);
        if (staged.Records.FirstOrDefault(r => r.Status == CommandStatus.Failed) is { } refused)
        {
            // E.g. the id of a new task is taken, or a task was deleted meanwhile: the turn applies nothing.
            await unit.RollbackAsync(cancellationToken);
            workspace.Fail(refused.ErrorCode == "validation" ? "a value was not valid." : (refused.Error ?? "a change was refused."));
            return false;
        }
        var toolCalls = workspace.ToolCalls.Count == 0 ? null : JsonSerializer.Serialize(workspace.ToolCalls, CoreJson.Options);
        db.Messages.Add(conversation.Append(ConversationMessage.User, command.Message, now, commandId: command.CommandId));
        var reply = conversation.Append(ConversationMessage.Assistant, answer.Reply, now, answer.Listing, answer.State, toolCalls, command.CommandId);
        db.Messages.Add(reply);
        var result = new
        {
            conversationId = conversation.Id,
            messageSequence = reply.Sequence,
            reply = answer.Reply,
            listing = answer.Listing ?? [],
            changes = staged.Records.Select(r => new { kind = r.Kind, todoId = r.TodoId }),
        };
        db.ProcessedCommands.Add(ProcessedCommand.Succeeded(command.CommandId, command.UserId, Kind, null,
            JsonSerializer.Serialize(result, CoreJson.Options), command.IssuedAt.UtcDateTime, now).WithRequestHash(command.RequestHash)
            .WithBody(JsonSerializer.Serialize(command, CoreJson.Options)));
        await unit.CommitAsync(cancellationToken, command.CommandId);
        return true;
    }

    private async Task RecordAsync(ChatCommand command, ProcessedCommand record, CancellationToken cancellationToken)
    {
        await using var unit = await writes.BeginAsync(cancellationToken);
        db.ProcessedCommands.Add(record.WithRequestHash(command.RequestHash).WithBody(JsonSerializer.Serialize(command, CoreJson.Options)));
        await unit.CommitAsync(cancellationToken, record.Id);
    }

    private ChatMessage ToChatMessage(ConversationMessage message)
    {
        var role = message.Role == ConversationMessage.User ? ChatRole.User : ChatRole.Assistant;
        // An LLM sees the listed ids in the text (it acts by id); the offline engine reads them as properties.
        var text = clients.IsOffline || message.Listing.Length == 0
            ? message.Text
            : message.Text + "\n(listed ids in order: " + string.Join(", ", message.Listing.Select((id, i) => $"{i + 1}={id}")) + ")";
        return new ChatMessage(role, text)
        {
            AdditionalProperties = new() { [OfflineChatClient.ListingProperty] = (IReadOnlyList<Guid>)message.Listing, [OfflineChatClient.StateProperty] = message.State },
        };
    }

    private sealed record TurnAnswer(string Reply, IReadOnlyList<Guid>? Listing, string? State, bool Applied);
}
