namespace TodoFunctions.Mcp;

/// <summary>A failure worded for the model: what went wrong and what to do next. Never carries a stack trace to the client.</summary>
public sealed class TodoApiException(string message) : Exception(message);
