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
        if (!AddParser.StartsWithImperative(clause.Text) || PronounOnlyRegex().IsMatch(clause.Text) || DonePartRegex().IsMatch(clause.Text)
            || SettledStatementRegex().IsMatch(clause.Text))
        {
            return false;
        }

        turn.Add(clause.Text);
        return true;
    }

    [GeneratedRegex(@"^\s*(?:(?:please|pls|just|and|then|so)\s+)*(?:take|get|put|leave|bring|keep|pull|knock)\s+(?:it|that|this|them)(?:\s+(?:off|out|away|down|back|up))?(?:\s+(?:please|pls|then|too|as\s+well))?[\s.!]*$", RegexOptions.IgnoreCase)]
    private static partial Regex PronounOnlyRegex();

    // "water bill autopay is fine", "clean-up crew is sorted": a noun that is also a verb, then "is fine" — news that something
    // is settled, not an order ("make sure the heater is ok", "check the tyres are fine" still are); "new card so nice", "I melt
    // already": how the writer feels, or what already happened to them.
    [GeneratedRegex(@"^\s*(?!(?:please\s+)?(?:make\s+sure|ensure|check|confirm|verify|see|ask|tell|find\s+out|double[- ]check|let|keep|get)\b)[\p{L}'’ -]+?\s+(?:is|are)\s+(?:all\s+)?(?:fine|ok|okay|good|sorted|alright|all\s+right|handled|covered|taken\s+care\s+of|in\s+place)\s*(?:now|already|too)?\s*[.!]*$|\bso\s+(?:nice|good|great|cool|happy|cute|pretty|lovely|beautiful|hot|cold|tired|busy|bad|sad)\s*[.!]*$|^\s*(?:i|we)\s+[\p{L}'’]+(?:\s+[\p{L}'’]+){0,3}\s+already\s*[.!]*$", RegexOptions.IgnoreCase)]
    private static partial Regex SettledStatementRegex();

    [GeneratedRegex(@"^\s*(?!(?:get|have|make|keep|got)\b)[\p{L}'’ -]+?\s+(?:done|finished)\s*[,;]\s*(?:and\s+)?\S", RegexOptions.IgnoreCase)]
    private static partial Regex DonePartRegex();
}
