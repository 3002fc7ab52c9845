using TodoFunctions.Chat.Intents;

namespace TodoFunctions.Chat.Engine.Rules;

/// <summary>"standup every weekday at 9:30": a bare noun phrase with a repeat phrase can only be a new repeating task.</summary>
internal sealed class RepeatingAddRule : IClauseRule
{
    public bool TryHandle(Clause clause, TurnInterpreter turn)
    {
        if (clause.Text.Contains('?', StringComparison.Ordinal) || Recurrence.Extract(clause.Text).Rule is null)
        {
            return false;
        }

        turn.Add(clause.Text);
        return true;
    }
}
