namespace TodoFunctions.Replay.Replaying;

/// <summary>A command ready to publish: the (possibly remapped) message and the line it came from.</summary>
public sealed record ReplayItem(int Line, string Kind, object Message, IReadOnlyDictionary<string, string> Headers)
{
    public string MessageType => Message.GetType().Name;

    public Guid CommandId => Message switch
    {
        TodoCommand todo => todo.CommandId,
        ChatCommand chat => chat.CommandId,
        _ => Guid.Empty,
    };
}
