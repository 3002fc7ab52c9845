namespace TodoFunctions.Core.Domain.Conversations;

/// <summary>One turn's message. An assistant message keeps the ids it listed, in order, so "the second one"
/// resolves against exactly what the user saw, and the engine's state for the next turn.</summary>
public sealed class ConversationMessage
{
    public const string User = "user";
    public const string Assistant = "assistant";

    private ConversationMessage()
    {
    }

    public Guid Id { get; private set; }
    public Guid ConversationId { get; private set; }
    public Guid UserId { get; private set; }
    public int Sequence { get; private set; }
    public string Role { get; private set; } = "";
    public string Text { get; private set; } = "";
    public Guid[] Listing { get; private set; } = [];
    public string? State { get; private set; }
    /// <summary>JSON array of the tool calls made while answering (name, arguments, result).</summary>
    public string? ToolCalls { get; private set; }
    public Guid? CommandId { get; private set; }
    public DateTime CreatedAt { get; private set; }

    internal static ConversationMessage Create(Guid conversationId, Guid userId, int sequence, string role, string text,
        DateTime nowUtc, IReadOnlyList<Guid>? listing, string? state, string? toolCalls, Guid? commandId) => new()
    {
        Id = Guid.CreateVersion7(),
        ConversationId = conversationId,
        UserId = userId,
        Sequence = sequence,
        Role = role,
        Text = text,
        Listing = [.. listing ?? []],
        State = state,
        ToolCalls = toolCalls,
        CommandId = commandId,
        CreatedAt = nowUtc,
    };
}
