namespace TodoFunctions.Replay.Capturing;

/// <summary>
/// One line of a capture: the queued message (<see cref="Message"/>, a <see cref="TodoCommand"/> or a
/// <see cref="ChatCommand"/>) with the fields a tester filters on repeated beside it.
/// </summary>
public sealed record CapturedCommand
{
    public required string MessageType { get; init; }
    public required Guid CommandId { get; init; }
    public required string Kind { get; init; }
    public required Guid UserId { get; init; }
    public required DateTimeOffset IssuedAt { get; init; }
    public Dictionary<string, string> Headers { get; init; } = [];
    public required JsonObject Message { get; init; }

    public static CapturedCommand From(object command, IReadOnlyDictionary<string, string>? headers = null) => command switch
    {
        TodoCommand todo => new CapturedCommand
        {
            MessageType = nameof(TodoCommand), CommandId = todo.CommandId, Kind = CommandKinds.Of(todo), UserId = todo.UserId,
            IssuedAt = todo.IssuedAt, Headers = headers?.ToDictionary() ?? [], Message = ReplayJson.ToObject(todo),
        },
        ChatCommand chat => new CapturedCommand
        {
            MessageType = nameof(ChatCommand), CommandId = chat.CommandId, Kind = CommandKinds.ChatTurn, UserId = chat.UserId,
            IssuedAt = chat.IssuedAt, Headers = headers?.ToDictionary() ?? [], Message = ReplayJson.ToObject(chat),
        },
        _ => throw new ArgumentException($"Not a queued command: {command.GetType().Name}", nameof(command)),
    };
}
