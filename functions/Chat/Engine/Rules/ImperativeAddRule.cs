using System.Text.RegularExpressions;
using TodoFunctions.Chat.Intents;

namespace TodoFunctions.Chat.Engine.Rules;

internal sealed partial class ImperativeAddRule : IClauseRule
{
    public bool TryHandle(Clause clause, TurnInterpreter turn)
    {
        // "…, take it off", "get that out": a verb on a pronoun alone names no new task ("Take it off" is never a title);
        // the clause passes on, to be asked about or not understood, rather than added.
        // "call with Sylvie done, put X high priority": a part reported done ("<task words> done") is no item of a list of
        // new tasks ("get the report done" still is one).
        if (!AddParser.StartsWithImperative(clause.Text) || PronounOnlyRegex().IsMatch(clause.Text) || DonePartRegex().IsMatch(clause.Text))
        {
            return false;
        }

        turn.Add(clause.Text);
        return true;
    }

    [GeneratedRegex(@"^\s*(?:(?:please|pls|just|and|then|so)\s+)*(?:take|get|put|leave|bring|keep|pull|knock)\s+(?:it|that|this|them)(?:\s+(?:off|out|away|down|back|up))?(?:\s+(?:please|pls|then|too|as\s+well))?[\s.!]*$", RegexOptions.IgnoreCase)]
    private static partial Regex PronounOnlyRegex();

    [GeneratedRegex(@"^\s*(?!(?:get|have|make|keep|got)\b)[\p{L}'’ -]+?\s+(?:done|finished)\s*[,;]\s*(?:and\s+)?\S", RegexOptions.IgnoreCase)]
    private static partial Regex DonePartRegex();
}
