using Microsoft.Extensions.AI;
using TodoFunctions.Chat;

namespace TodoFunctions.Core.Chat;

/// <summary>
/// The offline provider as an <see cref="IChatClient"/>: the deterministic language engine plays the
/// model. Its first answer asks for the tool calls its plan needs; once the function-invoking client has
/// run them, it answers with the plan's reply. One instance serves one turn.
/// </summary>
public sealed class OfflineChatClient(OfflineLanguageEngine engine, TurnWorkspace workspace) : IChatClient
{
    public const string ListingProperty = "listing";
    public const string StateProperty = "state";

    private ChatPlan? _plan;

    public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        if (_plan is null)
        {
            var conversation = messages.Where(m => m.Role == ChatRole.User || m.Role == ChatRole.Assistant).ToList();
            var message = conversation.Last(m => m.Role == ChatRole.User);
            var history = conversation.Take(conversation.LastIndexOf(message)).Select(ToTurn).ToList();
            _plan = engine.Interpret(message.Text, new ChatContext(workspace.Now, workspace.Zone, workspace.Tasks, history));
            if (_plan.Actions.Count > 0)
            {
                var calls = _plan.Actions.Select((action, i) => (AIContent)ToCall(action, i)).ToList();
                return Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, calls)));
            }
        }
        var reply = workspace.Failure is { } failure ? $"Sorry, I couldn't do that: {failure} Nothing was changed." : _plan.Reply;
        workspace.Listing = _plan.Listing;
        workspace.State = _plan.State;
        return Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, reply)));
    }

    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var update in (await GetResponseAsync(messages, options, cancellationToken)).ToChatResponseUpdates())
        {
            yield return update;
        }
    }

    public object? GetService(Type serviceType, object? serviceKey = null) => serviceType.IsInstanceOfType(this) ? this : null;

    public void Dispose()
    {
    }

    private static ChatTurn ToTurn(ChatMessage message) => new(
        message.Role == ChatRole.User ? "user" : "assistant",
        message.Text,
        message.AdditionalProperties?.TryGetValue(ListingProperty, out var listing) == true ? listing as IReadOnlyList<Guid> : null,
        message.AdditionalProperties?.TryGetValue(StateProperty, out var state) == true ? state as string : null);

    private static FunctionCallContent ToCall(ChatAction action, int index)
    {
        var callId = "offline-" + index;
        return action switch
        {
            AddTask add => new(callId, "add_task", new Dictionary<string, object?>
            {
                ["title"] = add.Title,
                ["description"] = add.Description,
                ["due"] = add.Due is null ? null : DueText.Format(add.Due),
                ["priority"] = add.Priority.ToString().ToLowerInvariant(),
                ["tags"] = add.Tags.ToArray(),
                ["id"] = add.Id.ToString(),
                ["repeat"] = add.Recurrence,
                ["reminders"] = add.Reminders?.Select(ReminderArgument).ToArray(),
            }),
            CompleteTask complete => new(callId, "complete_task", new Dictionary<string, object?> { ["id"] = complete.Id.ToString() }),
            ReopenTask reopen => new(callId, "reopen_task", new Dictionary<string, object?> { ["id"] = reopen.Id.ToString() }),
            DeleteTask delete => new(callId, "delete_task", new Dictionary<string, object?> { ["id"] = delete.Id.ToString() }),
            UpdateTask update => new(callId, "update_task", new Dictionary<string, object?>
            {
                ["id"] = update.Id.ToString(),
                ["title"] = update.Title,
                ["description"] = update.Description,
                ["due"] = update.Due?.NewDue is { } due ? DueText.Format(due) : null,
                ["clear_due"] = update.Due is { NewDue: null },
                ["priority"] = update.Priority?.ToString().ToLowerInvariant(),
                ["add_tags"] = update.AddTags?.ToArray(),
                ["remove_tags"] = update.RemoveTags?.ToArray(),
                ["clear_tags"] = update.ClearTags,
                ["repeat"] = update.Repeat?.NewRule,
                ["stop_repeating"] = update.Repeat is { NewRule: null },
                ["add_reminders"] = update.Reminders?.Add.Select(ReminderArgument).ToArray(),
                ["clear_reminders"] = update.Reminders?.Clear ?? false,
            }),
            _ => throw new NotSupportedException(action.GetType().Name),
        };
    }

    private static string ReminderArgument(TaskReminder reminder) =>
        reminder.At is { } at ? DueText.Format(at with { Time = at.Time ?? new TimeOnly(9, 0) }) : System.Xml.XmlConvert.ToString(reminder.Before ?? TimeSpan.Zero);
}
