namespace TodoFunctions.Chat;

/// <summary>
/// What the host should do. Listing holds the ids shown in the reply, numbered 1..n;
/// State is opaque and must be handed back on this assistant turn next time.
/// </summary>
public sealed record ChatPlan(IReadOnlyList<ChatAction> Actions, string Reply, IReadOnlyList<Guid>? Listing, string? State);
