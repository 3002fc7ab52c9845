using TodoFunctions.Chat.State;

namespace TodoFunctions.Chat.References;

/// <summary>What earlier turns tell us: the most recent numbered listing, and what "it" can mean.</summary>
public sealed class ConversationMemory
{
    private readonly Lazy<IReadOnlyList<Guid>> _itTargets;

    public ConversationMemory(IReadOnlyList<ChatTurn> history, Func<IReadOnlyList<Guid>> touchedByLastUserTurn)
    {
        ChatTurn? latestAssistant = null;
        for (var i = history.Count - 1; i >= 0; i--)
        {
            var turn = history[i];
            if (!turn.Role.Equals("assistant", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            latestAssistant ??= turn;
            if (turn.Listing is not null)
            {
                LastListing = turn.Listing;
                break;
            }
        }

        LatestState = EngineState.Parse(latestAssistant?.State);
        _itTargets = new Lazy<IReadOnlyList<Guid>>(() =>
        {
            if (LatestState.Touched.Count > 0)
            {
                return LatestState.Touched;
            }

            if (latestAssistant?.Listing is { } listing)
            {
                return listing;
            }

            // No state from the host (for example replayed history): work out what the previous request acted on.
            return touchedByLastUserTurn();
        });
    }

    public IReadOnlyList<Guid>? LastListing { get; }

    public EngineState LatestState { get; }

    /// <summary>Tasks that "it"/"that" can point at: those acted on last turn, else the last listing.</summary>
    public IReadOnlyList<Guid> ItTargets => _itTargets.Value;
}
