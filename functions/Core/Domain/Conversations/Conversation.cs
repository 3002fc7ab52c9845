namespace TodoFunctions.Core.Domain.Conversations;

public sealed class Conversation
{
    public const int MaxTitleLength = 80;

    private Conversation()
    {
    }

    public Guid Id { get; private set; }
    public Guid UserId { get; private set; }
    public string Title { get; private set; } = "";
    /// <summary>Sequence number of the newest message; messages are numbered 1, 2, … per conversation.</summary>
    public int LastSequence { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public DateTime UpdatedAt { get; private set; }
    public int Version { get; private set; }

    public static Conversation Start(Guid id, Guid userId, string firstMessage, DateTime nowUtc)
    {
        var title = string.Join(' ', firstMessage.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return new Conversation
        {
            Id = id,
            UserId = userId,
            Title = Shorten(title, MaxTitleLength),
            CreatedAt = nowUtc,
            UpdatedAt = nowUtc,
        };
    }

    public ConversationMessage Append(string role, string text, DateTime nowUtc, IReadOnlyList<Guid>? listing = null,
        string? state = null, string? toolCalls = null, Guid? commandId = null)
    {
        LastSequence++;
        UpdatedAt = nowUtc;
        Version++;
        return ConversationMessage.Create(Id, UserId, LastSequence, role, text, nowUtc, listing, state, toolCalls, commandId);
    }

    /// <summary>Cuts on text-element boundaries, so a surrogate pair or an emoji sequence is never split.</summary>
    public static string Shorten(string text, int maxLength)
    {
        if (text.Length <= maxLength)
        {
            return text;
        }
        var cut = 0;
        var elements = System.Globalization.StringInfo.GetTextElementEnumerator(text);
        while (elements.MoveNext() && elements.ElementIndex + elements.GetTextElement().Length <= maxLength - 1)
        {
            cut = elements.ElementIndex + elements.GetTextElement().Length;
        }
        return text[..cut] + "…";
    }
}
