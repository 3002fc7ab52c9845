using TodoFunctions.Chat.Intents;

namespace TodoFunctions.Chat.Engine.Rules;

/// <summary>"standup every weekday at 9:30": a bare noun phrase with a repeat phrase can only be a new repeating task.</summary>
internal sealed class RepeatingAddRule : IClauseRule
{
    // "ugh mondays 😩" is a sigh, not a task that repeats on Mondays.
    private static readonly HashSet<string> Weekdays = new(StringComparer.OrdinalIgnoreCase) { "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday" };

    private static readonly HashSet<string> Interjections = new(StringComparer.OrdinalIgnoreCase) { "ugh", "meh", "lol", "yay", "argh", "sigh", "blah", "hate", "love", "oh", "man", "again" };

    public bool TryHandle(Clause clause, TurnInterpreter turn)
    {
        if (clause.Text.Contains('?', StringComparison.Ordinal) || Recurrence.Extract(clause.Text) is not { Rule: not null } found
            || Text.WordMatcher.ContentStems(found.Remainder).All(w => Interjections.Contains(w) || Weekdays.Contains(w)))
        {
            return false;
        }

        turn.Add(clause.Text);
        return true;
    }
}
