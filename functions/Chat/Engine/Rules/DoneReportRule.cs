using System.Text.RegularExpressions;
using TodoFunctions.Chat.Intents;
using TodoFunctions.Chat.References;

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
            // "Njoroge's uniform - bought it on Saturday": the task named first, then the report on "it".
            return NamedThenReportRegex().Match(clause.Text) is { Success: true } named
                && IntentPatterns.MatchPastTense(named.Groups["verb"].Value + " " + named.Groups["x"].Value) is { } report
                && TryReport(report, turn);
        }

        if (TryReport(past, turn))
        {
            return true;
        }

        // "lifted the spuds yesterday, grand crop", "took Mabli to the groomers - she looks lovely": a remark after
        // the report says how it went; the report before the comma or dash still names the task.
        return RemarkTailRegex().Match(clause.Text) is { Success: true } m
            && !ClauseSplitter.StartsWithCommand(m.Groups["tail"].Value) && !ActionLexicon.IsIdiom(m.Groups["tail"].Value)
            && !IntentPatterns.MentionsAction(m.Groups["tail"].Value)
            && IntentPatterns.MatchPastTense(m.Groups["head"].Value) is { OwnVerbOnly: false } head
            && turn.Resolve(head.Object, ReferenceScope.Pending).Status == ReferenceStatus.Found && TryReport(head, turn);
    }

    private static bool TryReport(PastReport past, TurnInterpreter turn)
    {
        var named = past.Verb + " " + past.Object.Trim();

        // A bare "put"/"set"/"read" reports only the task named by that very verb ("read ch 7 of gatsby"), so the verb must
        // be in the task's title: "put it on renew passport" names the passport, but not by "put".
        if (past.OwnVerbOnly && IntentPatterns.IsBaseFormPast(past.Verb) && turn.Resolve(named, ReferenceScope.Pending) is { Status: ReferenceStatus.Found } byVerb
            && !byVerb.Tasks.All(t => Text.WordMatcher.Tokens(t.Title).Any(w => Text.WordMatcher.Stem(w) == past.Verb)))
        {
            return false;
        }

        if (turn.TryCompletePastTense(named) || (!past.OwnVerbOnly && turn.TryCompletePastTense(past.Object, needsWords: true)))
        {
            return true;
        }

        // "dropped the guitar off at the luthier" = "Drop guitar at the luthier": the verb's particle said after (or
        // right before) its object.
        var without = ParticleRegex().Replace(named, "", 1);
        return without != named && turn.TryCompletePastTense(without);
    }

    [GeneratedRegex(@"^(?<x>[^,:\-\u2013\u2014]+?)\s*(?:,|:|\s[-\u2013\u2014])\s*(?:(?:i|we)\s+|(?:just|finally|already)\s+)*(?<verb>[a-z]+)\s+(?:it|them|that)\b.*$", RegexOptions.IgnoreCase)]
    private static partial Regex NamedThenReportRegex();

    [GeneratedRegex(@"^(?<head>.+?)\s*(?:,|\s[-\u2013\u2014])\s*(?<tail>\S.*)$")]
    private static partial Regex RemarkTailRegex();

    [GeneratedRegex(@"\s+(?:off|up|out|back|over|round|around|in|down)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ParticleRegex();
}
