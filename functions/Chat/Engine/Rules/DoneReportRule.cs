using System.Text.RegularExpressions;
using TodoFunctions.Chat.Intents;

namespace TodoFunctions.Chat.Engine.Rules;

/// <summary>
/// "I paid the bill", "gas bill paid", "coat's picked up": complete the pending task named by verb and object
/// ("rang grandma"), else by the object alone ("went to the dentist"). No match passes the clause on.
/// </summary>
internal sealed partial class DoneReportRule : IClauseRule
{
    public bool TryHandle(Clause clause, TurnInterpreter turn)
    {
        var past = IntentPatterns.MatchPastTense(clause.Text);
        if (past is null)
        {
            return false;
        }

        var named = past.Verb + " " + past.Object.Trim();
        if (turn.TryCompletePastTense(named) || (!past.OwnVerbOnly && turn.TryCompletePastTense(past.Object, needsWords: true)))
        {
            return true;
        }

        // "dropped the guitar off at the luthier" = "Drop guitar at the luthier": the verb's particle said after (or
        // right before) its object.
        var without = ParticleRegex().Replace(named, "", 1);
        return without != named && turn.TryCompletePastTense(without);
    }

    [GeneratedRegex(@"\s+(?:off|up|out|back|over|round|around|in|down)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ParticleRegex();
}
