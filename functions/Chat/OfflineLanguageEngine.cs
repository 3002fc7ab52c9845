using TodoFunctions.Chat.Engine;

namespace TodoFunctions.Chat;

/// <summary>
/// Deterministic, offline interpreter of chat messages about the user's tasks. It never mutates anything:
/// it returns the actions for the host to apply, a reply, the ids it listed, and state to hand back next turn.
/// </summary>
public sealed class OfflineLanguageEngine
{
    private const int MaxReplayDepth = 2;

    public ChatPlan Interpret(string message, ChatContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Interpret(message ?? "", context, depth: 0);
    }

    internal ChatPlan Interpret(string message, ChatContext context, int depth)
    {
        return new TurnInterpreter(this, context, depth, MaxReplayDepth).Run(message);
    }
}
