using TodoFunctions.Chat.Intents;

namespace TodoFunctions.Chat.Engine.Rules;

internal sealed class SpecificEditRule : IClauseRule
{
    public bool TryHandle(Clause clause, TurnInterpreter turn)
    {
        var specific = UpdateParser.ParseSpecific(clause.Text, turn.Restore, turn.Description);
        if (specific is null)
        {
            return false;
        }

        turn.Update(specific);
        return true;
    }
}
