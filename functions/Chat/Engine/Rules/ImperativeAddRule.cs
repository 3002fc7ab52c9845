using System.Text.RegularExpressions;
using TodoFunctions.Chat.Intents;

namespace TodoFunctions.Chat.Engine.Rules;

internal sealed partial class ImperativeAddRule : IClauseRule
{
    public bool TryHandle(Clause clause, TurnInterpreter turn)
    {
        // "…, take it off", "get that out": a verb on a pronoun alone names no new task ("Take it off" is never a title);
        // the clause passes on, to be asked about or not understood, rather than added.
        if (!AddParser.StartsWithImperative(clause.Text) || PronounOnlyRegex().IsMatch(clause.Text))
        {
            return false;
        }

        turn.Add(clause.Text);
        return true;
    }

    [GeneratedRegex(@"^\s*(?:(?:please|pls|just|and|then|so)\s+)*(?:take|get|put|leave|bring|keep|pull|knock)\s+(?:it|that|this|them)(?:\s+(?:off|out|away|down|back|up))?(?:\s+(?:please|pls|then|too|as\s+well))?[\s.!]*$", RegexOptions.IgnoreCase)]
    private static partial Regex PronounOnlyRegex();
}
