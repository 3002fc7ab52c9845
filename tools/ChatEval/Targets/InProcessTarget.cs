using System.Diagnostics;
using TodoFunctions.Chat;
using TodoFunctions.ChatEval.Cases;

namespace TodoFunctions.ChatEval.Targets;

/// <summary>Runs the OfflineLanguageEngine on an in-memory copy of the setup and applies its actions.</summary>
public sealed class InProcessTarget(OfflineLanguageEngine? engine = null) : ICaseTarget
{
    private readonly OfflineLanguageEngine _engine = engine ?? new OfflineLanguageEngine();
    private int _warmed;

    public string Name => "in-process";

    public Task<CaseOutcome> RunAsync(Case c, DateTimeOffset now, CaseSetup setup, CancellationToken cancellationToken = default)
    {
        WarmUp();
        var tasks = setup.Tasks.ToList();
        var history = BuildHistory(c, setup);
        var context = new ChatContext(now, setup.TimeZone, tasks, history);
        var watch = Stopwatch.StartNew();
        ChatPlan plan;
        try
        {
            plan = _engine.Interpret(c.Message, context);
        }
        catch (Exception e)
        {
            return Task.FromResult(new CaseOutcome(tasks, "", [watch.Elapsed], $"engine threw {e.GetType().Name}: {e.Message}"));
        }

        watch.Stop();
        var final = ChatActionApplier.Apply(tasks, plan.Actions);
        return Task.FromResult(new CaseOutcome(final, plan.Reply, [watch.Elapsed]));
    }

    /// <summary>
    /// Latency is reported for steady-state turns, as in a long-running host: the first calls pay for JIT,
    /// so a few representative messages are interpreted once before anything is timed.
    /// </summary>
    private void WarmUp()
    {
        // Shared targets are called from several test classes at once; one warm-up is enough.
        if (Interlocked.Exchange(ref _warmed, 1) == 1)
        {
            return;
        }

        var task = new ChatTask(Guid.NewGuid(), "Warm up", null, null, TaskPriority.None, [], false);
        var context = new ChatContext(DateTimeOffset.UnixEpoch, TimeZoneInfo.Utc, [task], [new ChatTurn("assistant", "1. Warm up", [task.Id])]);
        string[] messages =
        [
            "add call mom tomorrow at 6pm #family, it's urgent", "show my tasks due this week", "mark the first one done",
            "move it to friday 9am", "delete warm up", "reopen warm up", "i paid the bill", "hi", "rename it to x", "delete all my tasks",
            "add buy food and tag it home", "what have i already done?", "new task: water the plants today", "put x on my list for 2027-04-15",
            "create task y with description: a and b", "schedule a checkup on friday at 9am", "add z in 5 days", "anything overdue?",
            "show #work tasks", "postpone it by 3 days", "the second one is done", "remove the due date from warm up", "tag it with travel",
            "add a note to it: hello", "find anything mentioning warm", "add p1 renew domain by monday, low priority", "what's due next week?",
            "i need to take out the trash tonight", "remind me tomorow morning to call the landlord", "add \"salt and pepper\"",
        ];
        for (var round = 0; round < 3; round++)
        {
            foreach (var message in messages)
            {
                _engine.Interpret(message, context);
            }
        }
    }

    /// <summary>History is injected as conversation state: user turns as text, listings as assistant turns with numbered ids.</summary>
    public static IReadOnlyList<ChatTurn> BuildHistory(Case c, CaseSetup setup)
    {
        var turns = new List<ChatTurn>();
        foreach (var turn in c.History)
        {
            if (turn.Role == "assistant_listing")
            {
                var ids = turn.Refs.Where(setup.RefToId.ContainsKey).Select(r => setup.RefToId[r]).ToList();
                var byId = setup.Tasks.ToDictionary(t => t.Id);
                var text = string.Join('\n', ids.Select((id, i) => $"{i + 1}. {byId[id].Title}"));
                turns.Add(new ChatTurn("assistant", text, ids));
            }
            else if (turn.Role == "assistant")
            {
                turns.Add(new ChatTurn("assistant", turn.Text ?? ""));
            }
            else
            {
                turns.Add(new ChatTurn("user", turn.Text ?? ""));
            }
        }

        return turns;
    }
}
