using TodoFunctions.Chat.Intents;

namespace TodoFunctions.Chat.Engine.Rules;

internal sealed class ImperativeAddRule : IClauseRule
{
    public bool TryHandle(Clause clause, TurnInterpreter turn)
    {
        if (!AddParser.StartsWithImperative(clause.Text))
        {
            return false;
        }

        turn.Add(clause.Text);
        return true;
    }
}
