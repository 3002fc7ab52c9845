namespace TodoFunctions.Core.Messaging;

/// <summary>Queue names are also the names KEDA scales on (keda/values.yaml): change both together.</summary>
public static class QueueNames
{
    public const string TodoCommands = "todo-commands";
    public const string ChatCommands = "chat-commands";

    public static readonly IReadOnlyList<string> All = [TodoCommands, ChatCommands];
}
