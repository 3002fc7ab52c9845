using TodoFunctions.Chat.Intents;
using TodoFunctions.Chat.References;
using TodoFunctions.Chat.Safety;
using TodoFunctions.Chat.Time;

namespace TodoFunctions.Chat.Replies;

/// <summary>Short, friendly replies that say exactly what changed, or ask exactly what is missing.</summary>
public static class ReplyWriter
{
    public static string Safety(SafetyVerdict verdict) => verdict switch
    {
        SafetyVerdict.Empty => "I didn't catch anything there. Tell me a task to add, or ask \"what's due today?\".",
        SafetyVerdict.TooLong => "That message is too long for me to handle safely, so I didn't change anything. Could you send a shorter request?",
        SafetyVerdict.Markup => "That looks like code or markup rather than a request, so I didn't change anything. Try something like \"add buy milk tomorrow\".",
        SafetyVerdict.Injection => "Sorry, I can't follow instructions like that. I only manage your own tasks, and I didn't change anything.",
        SafetyVerdict.OtherUser => "Sorry, I can only help with your own tasks, not anyone else's. Nothing was changed.",
        _ => "Sorry, I didn't understand that, and I didn't change anything. You can say things like \"add call mom tomorrow at 6pm\" or \"show my tasks\".",
    };

    public static string SmallTalk(SmallTalkKind kind) => kind switch
    {
        SmallTalkKind.Greeting => "Hi! What would you like to do with your tasks today?",
        SmallTalkKind.Thanks => "You're welcome! Let me know if there's anything else.",
        SmallTalkKind.HowAreYou => "I'm doing well, thanks for asking! Want to see what's due today?",
        SmallTalkKind.Goodbye => "Bye! Your tasks will be here when you come back.",
        SmallTalkKind.Acknowledge => "Okay! Anything else I can do for your tasks?",
        SmallTalkKind.Feeling => "Thanks for telling me — go easy on yourself. Want to see what's due today?",
        _ => Help,
    };

    public const string Help =
        "I can manage your to-do list. Try:\n" +
        "• \"add call mom tomorrow at 6pm #family\"\n" +
        "• \"show my tasks\", \"what's due this week?\", \"show #work tasks\"\n" +
        "• \"mark the second one done\", \"reopen call mom\"\n" +
        "• \"move the dentist to friday\", \"make it high priority\", \"tag it work\"\n" +
        "• \"delete buy milk\"";

    public const string RunOnSentence =
        "That's a very long sentence for me to follow, so I didn't change anything. Could you send each request as a short sentence of its own?";

    public const string NotUnderstood =
        "Sorry, I'm not sure what you'd like me to do, so I didn't change anything. You can add, list, complete, reopen, update or delete tasks — say \"help\" for examples.";

    public static string Repeats(string phrase) =>
        $"It repeats {phrase.ToLowerInvariant()}: completing it adds the next one.";

    public static string RepeatNotSupported(string phrase) =>
        $"Repeating tasks aren't supported yet, so I added it once, for the next occurrence — it won't recur \"{phrase}\".";

    public static string Added(ChatTask task, LocalNow now)
    {
        var parts = new List<string>();
        if (task.Due is { } due)
        {
            parts.Add("due " + TaskFormatter.Due(due, now));
        }

        if (task.Priority != TaskPriority.None)
        {
            parts.Add(TaskFormatter.Priority(task.Priority) + " priority");
        }

        if (task.Tags.Count > 0)
        {
            parts.Add(string.Join(' ', task.Tags.Select(t => "#" + t)));
        }

        if (!string.IsNullOrEmpty(task.Description))
        {
            parts.Add("with a note");
        }

        if (task.Reminders is { Count: > 0 } reminders)
        {
            parts.AddRange(reminders.Select(r => Intents.ReminderParser.Describe(r, now)));
        }

        return parts.Count == 0 ? $"Added {TaskFormatter.Quote(task)}." : $"Added {TaskFormatter.Quote(task)} ({string.Join(", ", parts)}).";
    }

    public static string Reference(ReferenceResult result, string verb, LocalNow now, IReadOnlyList<Guid>? listing)
    {
        return result.Status switch
        {
            ReferenceStatus.Ambiguous =>
                $"Which one do you want me to {verb}?\n{TaskFormatter.Numbered(result.Candidates, now, showStatus: true)}",
            ReferenceStatus.NoListing =>
                $"I haven't shown you a numbered list yet, so I'm not sure which task {result.Detail} is. Which task do you want me to {verb}?",
            ReferenceStatus.OutOfRange =>
                $"There's no task {result.Detail} in the last list (it had {listing?.Count ?? 0}). Which one did you mean?",
            ReferenceStatus.NeedsTarget =>
                $"Which task do you want me to {verb}?",
            ReferenceStatus.WrongState when verb == "mark as done" =>
                $"{TaskFormatter.QuoteAll(result.Candidates)} is already done. Did you mean a different task?",
            ReferenceStatus.WrongState when verb == "reopen" =>
                $"{TaskFormatter.QuoteAll(result.Candidates)} isn't completed, so there's nothing to reopen. Did you mean a different task?",
            _ =>
                $"I couldn't find a task matching \"{result.Detail}\", so nothing changed. Which task did you mean?",
        };
    }
}
