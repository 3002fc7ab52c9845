namespace TodoFunctions.Http.Chat;

public sealed record ChatRequest(
    [ApiField(Nullable = true, Description = "Continue this conversation; omitted, a new one starts.")] Guid? ConversationId,
    [ApiField(Required = true, MaxLength = PostChat.MaxMessageLength, Example = "add buy milk tomorrow")] string? Message,
    [ApiField(Nullable = true, Description = "IANA time zone for dates in the message (default UTC).", Example = "Europe/Berlin")] string? Timezone);

public sealed record ChatAccepted(Guid CommandId, Guid ConversationId, string StatusUrl);
