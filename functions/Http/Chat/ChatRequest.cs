namespace TodoFunctions.Http.Chat;

public sealed record ChatRequest(Guid? ConversationId, string? Message, string? Timezone);

public sealed record ChatAccepted(Guid CommandId, Guid ConversationId, string StatusUrl);
