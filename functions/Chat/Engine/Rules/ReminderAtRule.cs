using TodoFunctions.Chat.Intents;
using TodoFunctions.Chat.References;

namespace TodoFunctions.Chat.Engine.Rules;

/// <summary>"remind me about the dentist at 5pm": a reminder on a task that exists; otherwise the clause is an add.</summary>
internal sealed class ReminderAtRule : IClauseRule
{
    public bool TryHandle(Clause clause, TurnInterpreter turn)
    {
        if (ReminderParser.ParseAboutAt(clause.Text, turn.Now) is not { } about
            || turn.Resolve(about.Reference, ReferenceScope.All).Status != ReferenceStatus.Found)
        {
            return false;
        }

        turn.Update(new UpdateRequest(about.Reference) { Reminders = new ReminderChange([new TaskReminder(At: about.At)]) });
        return true;
    }
}
