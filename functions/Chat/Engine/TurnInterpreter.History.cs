using System.Text.RegularExpressions;
using TodoFunctions.Chat.Engine.Rules;
using TodoFunctions.Chat.Intents;
using TodoFunctions.Chat.References;
using TodoFunctions.Chat.Replies;
using TodoFunctions.Chat.Safety;
using TodoFunctions.Chat.State;
using TodoFunctions.Chat.Text;
using TodoFunctions.Chat.Time;

namespace TodoFunctions.Chat.Engine;

/// <summary>Earlier turns: a pending mass-delete confirmation, and what the previous request touched when the host kept no state (replayed).</summary>
internal sealed partial class TurnInterpreter
{
    private ChatPlan? HandlePendingConfirmation(string message)
    {
        var pending = _memory.LatestState.PendingDelete;
        if (pending.Count == 0 && _depth == 0 && IntentPatterns.IsYes(message))
        {
            pending = PendingFromReplayedHistory();
        }

        if (pending.Count == 0)
        {
            return null;
        }

        if (IntentPatterns.IsYes(message))
        {
            var doomed = _tasks.Where(t => pending.Contains(t.Id)).ToList();
            if (doomed.Count == 0)
            {
                return new ChatPlan([], "Those tasks are already gone, so there was nothing to delete.", null, null);
            }

            var actions = doomed.Select(t => (ChatAction)new DeleteTask(t.Id)).ToList();
            return new ChatPlan(actions, $"Done — deleted {doomed.Count} task{(doomed.Count == 1 ? "" : "s")}.", null, null);
        }

        if (IntentPatterns.IsNo(message))
        {
            return new ChatPlan([], "Okay, I didn't delete anything.", null, null);
        }

        return null;
    }

    // Without host state (for example a replayed conversation), a "yes" right after a mass-delete request still confirms it.
    private IReadOnlyList<Guid> PendingFromReplayedHistory()
    {
        var history = _context.History;
        if (history.Count == 0)
        {
            return [];
        }

        var lastUser = -1;
        for (var i = history.Count - 1; i >= 0; i--)
        {
            if (history[i].Role.Equals("user", StringComparison.OrdinalIgnoreCase))
            {
                lastUser = i;
                break;
            }

            if (history[i].State is not null)
            {
                return [];
            }
        }

        if (lastUser < 0)
        {
            return [];
        }

        var replay = Replay(lastUser);
        return replay is null ? [] : EngineState.Parse(replay.State).PendingDelete;
    }

    private IReadOnlyList<Guid> TouchedByPreviousUserTurn()
    {
        var history = _context.History;
        for (var i = history.Count - 1; i >= 0; i--)
        {
            if (!history[i].Role.Equals("user", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var plan = Replay(i);
            if (plan is null)
            {
                return [];
            }

            var ids = new List<Guid>();
            foreach (var action in plan.Actions)
            {
                switch (action)
                {
                    case AddTask add:
                        var match = _context.Tasks.LastOrDefault(t => t.Title.Equals(add.Title, StringComparison.OrdinalIgnoreCase));
                        if (match is not null)
                        {
                            ids.Add(match.Id);
                        }

                        break;
                    case CompleteTask c:
                        ids.Add(c.Id);
                        break;
                    case ReopenTask r:
                        ids.Add(r.Id);
                        break;
                    case UpdateTask u:
                        ids.Add(u.Id);
                        break;
                }
            }

            return ids.Distinct().ToList();
        }

        return [];
    }

    private ChatPlan? Replay(int userTurnIndex)
    {
        if (_depth >= _maxDepth)
        {
            return null;
        }

        var earlier = _context with { History = _context.History.Take(userTurnIndex).ToList() };
        return _engine.Interpret(_context.History[userTurnIndex].Text, earlier, _depth + 1);
    }
}
