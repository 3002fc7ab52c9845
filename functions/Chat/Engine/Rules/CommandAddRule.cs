using TodoFunctions.Chat.Intents;

namespace TodoFunctions.Chat.Engine.Rules;

internal sealed class CommandAddRule : IClauseRule
{
    public bool TryHandle(Clause clause, TurnInterpreter turn)
    {
        if (!AddParser.TryStripCommand(clause.Text, out var body))
        {
            return false;
        }

        turn.Add(body);
        return true;
    }
}
