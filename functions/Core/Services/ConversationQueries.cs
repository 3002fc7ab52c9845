using TodoFunctions.Core.Domain.Conversations;

namespace TodoFunctions.Core.Services;

public sealed record ConversationView(Guid Id, string Title, DateTime CreatedAt, DateTime UpdatedAt);

public sealed record MessageView(int Sequence, string Role, string Text, IReadOnlyList<Guid> Listing, JsonElement? ToolCalls, DateTime CreatedAt);

public sealed class ConversationQueries(TodoDbContext db)
{
    public async Task<IReadOnlyList<ConversationView>> ListAsync(Guid userId, int take, CancellationToken cancellationToken) =>
        await db.Conversations.AsNoTracking().Where(c => c.UserId == userId)
            .OrderByDescending(c => c.UpdatedAt).ThenBy(c => c.Id).Take(take)
            .Select(c => new ConversationView(c.Id, c.Title, c.CreatedAt, c.UpdatedAt))
            .ToListAsync(cancellationToken);

    public Task<Guid?> OwnerAsync(Guid conversationId, CancellationToken cancellationToken) =>
        db.Conversations.Where(c => c.Id == conversationId).Select(c => (Guid?)c.UserId).FirstOrDefaultAsync(cancellationToken);

    /// <returns>null when the conversation is not the user's.</returns>
    public async Task<IReadOnlyList<MessageView>?> MessagesAsync(Guid userId, Guid conversationId, int after, int take, CancellationToken cancellationToken)
    {
        if (await OwnerAsync(conversationId, cancellationToken) != userId)
        {
            return null;
        }
        var messages = await db.Messages.AsNoTracking()
            .Where(m => m.ConversationId == conversationId && m.Sequence > after)
            .OrderBy(m => m.Sequence).Take(take).ToListAsync(cancellationToken);
        return [.. messages.Select(ToView)];
    }

    /// <summary>Test support: a conversation with a given history, as if those turns had happened.</summary>
    public async Task<Guid> SeedAsync(Guid userId, IReadOnlyList<(string Role, string Text, IReadOnlyList<Guid>? Listing)> history, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var first = history.FirstOrDefault(h => h.Role == ConversationMessage.User).Text ?? "Conversation";
        var conversation = Conversation.Start(Guid.CreateVersion7(), userId, first, nowUtc);
        db.Conversations.Add(conversation);
        foreach (var (role, text, listing) in history)
        {
            db.Messages.Add(conversation.Append(role, text, nowUtc, listing));
        }
        await db.SaveChangesAsync(cancellationToken);
        return conversation.Id;
    }

    private static MessageView ToView(ConversationMessage m) => new(m.Sequence, m.Role, m.Text, m.Listing,
        m.ToolCalls is null ? null : JsonDocument.Parse(m.ToolCalls).RootElement.Clone(), m.CreatedAt);
}
