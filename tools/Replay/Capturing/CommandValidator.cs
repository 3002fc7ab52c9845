namespace TodoFunctions.Replay.Capturing;

/// <summary>
/// Checks that a captured line holds a message the workers can read and that its summary fields agree
/// with it. Whether the command would succeed is the workers' business: a failed command replays as failed.
/// </summary>
public static class CommandValidator
{
    public static string? Check(CapturedCommand command, out object? message)
    {
        message = null;
        try
        {
            message = command.MessageType switch
            {
                nameof(TodoCommand) => command.Message.Deserialize<TodoCommand>(ReplayJson.Strict),
                nameof(ChatCommand) => command.Message.Deserialize<ChatCommand>(ReplayJson.Strict),
                _ => null,
            };
        }
        catch (JsonException ex)
        {
            return $"message is not a valid {command.MessageType}: {ex.Message}";
        }
        return message switch
        {
            null => $"unknown messageType \"{command.MessageType}\" (expected {nameof(TodoCommand)} or {nameof(ChatCommand)})",
            TodoCommand todo => CheckTodo(command, todo),
            ChatCommand chat => CheckChat(command, chat),
            _ => null,
        };
    }

    private static string? CheckTodo(CapturedCommand line, TodoCommand todo) =>
        todo.Version > TodoCommand.CurrentVersion ? $"TodoCommand version {todo.Version} is newer than this tool ({TodoCommand.CurrentVersion})"
        : !Enum.IsDefined(todo.Kind) ? $"unknown todo kind {(int)todo.Kind}"
        : todo.CommandId == Guid.Empty || todo.UserId == Guid.Empty || todo.TodoId == Guid.Empty ? "message has an empty commandId, userId or todoId"
        : CheckSummary(line, todo.CommandId, todo.UserId, CommandKinds.Of(todo));

    private static string? CheckChat(CapturedCommand line, ChatCommand chat) =>
        chat.Version > ChatCommand.CurrentVersion ? $"ChatCommand version {chat.Version} is newer than this tool ({ChatCommand.CurrentVersion})"
        : chat.CommandId == Guid.Empty || chat.UserId == Guid.Empty || chat.ConversationId == Guid.Empty ? "message has an empty commandId, userId or conversationId"
        : CheckSummary(line, chat.CommandId, chat.UserId, CommandKinds.ChatTurn);

    private static string? CheckSummary(CapturedCommand line, Guid commandId, Guid userId, string kind) =>
        line.CommandId != commandId ? $"commandId {line.CommandId} differs from the message's {commandId}"
        : line.UserId != userId ? $"userId {line.UserId} differs from the message's {userId}"
        : line.Kind != kind ? $"kind \"{line.Kind}\" differs from the message's \"{kind}\""
        : null;
}
