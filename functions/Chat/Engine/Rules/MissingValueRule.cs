using TodoFunctions.Chat.Intents;

namespace TodoFunctions.Chat.Engine.Rules;

internal sealed class MissingValueRule : IClauseRule
{
    public bool TryHandle(Clause clause, TurnInterpreter turn)
    {
        if (UpdateParser.ParseMissingValue(clause.Text) is not { } missing)
        {
            return false;
        }

        turn.AskForValue(missing.Reference, missing.What);
        return true;
    }
}
