namespace TodoFunctions.Core.Services;

/// <summary>What <c>GET /api/commands/{id}</c> answers.</summary>
public sealed record CommandView(
    Guid CommandId,
    string Status,
    string? Kind,
    Guid? TodoId,
    JsonElement? Result,
    CommandError? Error,
    DateTime? CompletedAt);

public sealed record CommandError(string Code, string Message, JsonElement? Errors);
