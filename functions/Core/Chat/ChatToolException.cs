namespace TodoFunctions.Core.Chat;

/// <summary>A tool refused a request (unknown task, invalid value); the message is shown to the model.</summary>
public sealed class ChatToolException(string message) : Exception(message);
