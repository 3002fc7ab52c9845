namespace TodoFunctions.Replay.Capturing;

/// <summary>Kinds as <c>processed_commands."Kind"</c> names them: <c>todo.create</c> … <c>chat.turn</c>.</summary>
public static class CommandKinds
{
    public const string ChatTurn = "chat.turn";

    public static string Of(TodoCommand command) => "todo." + command.Kind.ToString().ToLowerInvariant();

    public static string MessageTypeOf(string kind) => kind == ChatTurn ? nameof(ChatCommand) : nameof(TodoCommand);

    /// <summary>"create" matches "todo.create"; "todo" matches every todo kind; "chat" the chat turns.</summary>
    public static bool Matches(string kind, IReadOnlyCollection<string> wanted) =>
        wanted.Count == 0 || wanted.Any(w => kind == w || kind.StartsWith(w + ".", StringComparison.Ordinal) || kind.EndsWith("." + w, StringComparison.Ordinal));
}
