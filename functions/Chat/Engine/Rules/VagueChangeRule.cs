using TodoFunctions.Chat.Intents;

namespace TodoFunctions.Chat.Engine.Rules;

internal sealed class VagueChangeRule : IClauseRule
{
    public bool TryHandle(Clause clause, TurnInterpreter turn)
    {
        if (!UpdateParser.StartsWithChangeVerb(clause.Text))
        {
            return false;
        }

        turn.Ask("What would you like to change, and on which task?");
        return true;
    }
}
