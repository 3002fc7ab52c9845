namespace TodoFunctions.Core.Contracts;

/// <summary>The kind names <c>processed_commands."Kind"</c>, captures and metric labels use.</summary>
public static class CommandKinds
{
    public const string ChatTurn = "chat.turn";

    private static readonly Dictionary<TodoCommandKind, string> TodoNames =
        Enum.GetValues<TodoCommandKind>().ToDictionary(kind => kind, kind => "todo." + kind.ToString().ToLowerInvariant());

    public static string Of(TodoCommandKind kind) => TodoNames[kind];

    public static string Of(TodoCommand command) => Of(command.Kind);

    public static string MessageTypeOf(string kind) => kind == ChatTurn ? nameof(ChatCommand) : nameof(TodoCommand);

    /// <summary>"create" matches "todo.create"; "todo" matches every todo kind; "chat" the chat turns.</summary>
    public static bool Matches(string kind, IReadOnlyCollection<string> wanted) =>
        wanted.Count == 0 || wanted.Any(w => kind == w || kind.StartsWith(w + ".", StringComparison.Ordinal) || kind.EndsWith("." + w, StringComparison.Ordinal));

    /// <summary>The kind of a queued message; "other" for a type that is not a command.</summary>
    public static string Of(object message) => message switch
    {
        TodoCommand todo => Of(todo.Kind),
        ChatCommand => ChatTurn,
        _ => "other",
    };
}
