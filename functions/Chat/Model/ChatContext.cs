namespace TodoFunctions.Chat;

/// <summary>Everything the engine may look at. Now is the moment the user sent the message.</summary>
public sealed record ChatContext(DateTimeOffset Now, TimeZoneInfo TimeZone, IReadOnlyList<ChatTask> Tasks, IReadOnlyList<ChatTurn> History);
