namespace TodoFunctions.Chat;

/// <summary>One earlier turn. Role is "user" or "assistant"; Listing and State are only set on assistant turns.</summary>
public sealed record ChatTurn(string Role, string Text, IReadOnlyList<Guid>? Listing = null, string? State = null);
