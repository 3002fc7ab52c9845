namespace TodoFunctions.Chat;

/// <summary>Local date and optional local time in the user's time zone; Time null means all-day.</summary>
public sealed record TaskDue(DateOnly Date, TimeOnly? Time);
