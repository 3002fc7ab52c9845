namespace TodoFunctions.Core.Chat;

/// <summary>One tool call of a turn, stored with the assistant message.</summary>
public sealed record ToolCallRecord(string Name, IDictionary<string, object?>? Arguments, string Result, bool Failed);
