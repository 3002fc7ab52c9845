using System.Text.RegularExpressions;
using TodoFunctions.Chat.Intents;
using TodoFunctions.Chat.References;
using TodoFunctions.Chat.Text;

namespace TodoFunctions.Chat.Engine.Rules;

/// <summary>
/// "I paid the bill", "gas bill paid", "coat's picked up": complete the pending task named by verb and object
/// ("rang grandma"), else by the object alone ("went to the dentist"). No match passes the clause on.
/// </summary>
internal sealed partial class DoneReportRule : IClauseRule
{
    public bool TryHandle(Clause clause, TurnInterpreter turn)
    {
        // "just got off nights", "got off work early": the writer's shift ended; no task is reported done. "today — what is left to
        // do?", "tomorrow - anything left to do?": a question, and "left" there is what remains (read as a report, it completed the
        // task due that day).
        if (GotOffRegex().IsMatch(clause.Text) || clause.Text.TrimEnd().EndsWith('?') || LeftToDoRegex().IsMatch(clause.Text))
        {
            return false;
        }

        // "mango buy already", "I send invoice to Lanna Trekking already", "TAT license renew finish already" (Thai-, Chinese- and
        // Singapore-shaped English: the verb keeps its base form and "already" says it is done): a report when its words name
        // exactly one pending task.
        if (AlreadyDoneRegex().Match(clause.Text) is { Success: true } already && WordMatcher.ContentStems(already.Groups["x"].Value).Count > 0
            && turn.Resolve(already.Groups["x"].Value, ReferenceScope.Pending) is { Status: ReferenceStatus.Found, Tasks.Count: 1 }
            && turn.TryCompletePastTense(already.Groups["x"].Value))
        {
            return true;
        }

        var past = IntentPatterns.MatchPastTense(clause.Text) ?? MatchMisspeltOwnVerb(clause.Text, turn);
        if (past is null
            // "Njoroge's uniform - bought it on Saturday": the task named first, then the report on "it".
            && NamedThenReportRegex().Match(clause.Text) is { Success: true } named
            && IntentPatterns.MatchPastTense(named.Groups["verb"].Value + " " + named.Groups["x"].Value) is { } report
            && TryReport(report, turn))
        {
            return true;
        }

        if (past is not null && TryReport(past, turn))
        {
            return true;
        }

        // "we had choir practice", "I held the bake sale this morning": an event on the list took place. Every word said must be
        // in that one task's title ("I had a fight with the screen door" is no report on "Fix the screen door").
        if (past is null && HadEventRegex().Match(clause.Text) is { Success: true } had
            && turn.Resolve(had.Groups["x"].Value, ReferenceScope.Pending) is { Status: ReferenceStatus.Found, Tasks.Count: 1 } eventTask
            && WordMatcher.ContentStems(had.Groups["x"].Value) is { Count: > 0 } saidStems
            && saidStems.All(st => WordMatcher.ContentStems(eventTask.Tasks[0].Title).Contains(st))
            && turn.TryCompletePastTense(had.Groups["x"].Value))
        {
            return true;
        }

        // "Earl fixed the screen door finally": done by someone else, it reports only a task named by that very verb.
        if (past is null && IntentPatterns.MatchOtherDoerPast(clause.Text) is { } other)
        {
            var deed = other.Verb + " " + other.Object.Trim();
            if (turn.Resolve(deed, ReferenceScope.Pending) is { Status: ReferenceStatus.Found } byVerb
                && byVerb.Tasks.All(t => TitleHasVerb(t.Title, other.Verb))
                && turn.TryCompletePastTense(deed))
            {
                return true;
            }
        }

        // "lifted the spuds yesterday, grand crop", "took Mabli to the groomers - she looks lovely", and after a
        // participle "the geyser is fixed, the plumber came first thing", "SACE renewed, sharp": a remark after
        // the report says how it went; the report before the comma or dash still names the task.
        return RemarkTailRegex().Match(clause.Text) is { Success: true } m
            && !ClauseSplitter.StartsWithCommand(m.Groups["tail"].Value) && !ActionLexicon.IsIdiom(m.Groups["tail"].Value)
            && !IntentPatterns.MentionsAction(m.Groups["tail"].Value)
            && IntentPatterns.MatchPastTense(m.Groups["head"].Value) is { OwnVerbOnly: false } head
            && (NamesOnePending(turn, head.Verb + " " + head.Object.Trim()) || NamesOnePending(turn, head.Object)) && TryReport(head, turn);
    }

    // "car is washed, looks brand new" with "Wash the car" and "Renew the car licence": the verb settles which task.
    private static bool NamesOnePending(TurnInterpreter turn, string reference) =>
        turn.Resolve(reference, ReferenceScope.Pending).Status == ReferenceStatus.Found;

    // "cleand the bathroom", "finishd the essay": a regular past typed a letter off, of the very verb the task starts with
    // ("Clean bathroom"). The base verb itself ("clean the bathroom") is never read as a report.
    private static PastReport? MatchMisspeltOwnVerb(string text, TurnInterpreter turn)
    {
        var m = LeadingVerbRegex().Match(text);
        if (!m.Success)
        {
            return null;
        }

        var typed = m.Groups["verb"].Value.ToLowerInvariant();
        foreach (var task in turn.AllTasks.Where(t => !t.Completed))
        {
            var titleVerb = task.Title.Split(' ', 2)[0].ToLowerInvariant();
            var regularPast = titleVerb.EndsWith('e') ? titleVerb + "d" : titleVerb + "ed";
            if (typed != titleVerb && typed.Length >= 4 && EditDistance.Damerau(typed, regularPast) == 1)
            {
                return IntentPatterns.MatchPastTense(m.Groups["before"].Value + regularPast + m.Groups["after"].Value);
            }
        }

        return null;
    }

    [GeneratedRegex(@"^(?<before>(?:(?:i|we|just|finally|already)\s+)*)(?<verb>[a-z]+)(?<after>\s+\S.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingVerbRegex();

    private static bool TryReport(PastReport past, TurnInterpreter turn)
    {
        // "bought both PSLE assessment books already", "paid all the parking fines": the quantifier makes the whole phrase
        // plural, so it goes before the verb, where the resolver reads "both"/"all" ("both buy PSLE assessment books").
        var quantifier = LeadingQuantifierRegex().Match(past.Object.Trim());
        var named = quantifier.Success
            ? quantifier.Value + past.Verb + " " + past.Object.Trim()[quantifier.Length..]
            : past.Verb + " " + past.Object.Trim();

        // A bare "put"/"set"/"read" reports only the task named by that very verb ("read ch 7 of gatsby"), so the verb must
        // be in the task's title: "put it on renew passport" names the passport, but not by "put". So must a verb of a plan called
        // off: "the gala got cancelled by the organisers" completes "Cancel the gala booking", never "Charity gala". A task already
        // done is no different: "EB payment failed, reopen the bill one" names the done "Pay EB bill" and is no report that it was
        // done again (it asked "already done?", and the reopen never ran).
        if (past.OwnVerbOnly && (IntentPatterns.IsBaseFormPast(past.Verb) || IntentPatterns.IsCalledOff(past.Verb))
            && (turn.Resolve(named, ReferenceScope.Pending) is { Status: ReferenceStatus.Found } pending ? pending
                : turn.Resolve(named, ReferenceScope.All)) is { Status: ReferenceStatus.Found } byVerb
            && !byVerb.Tasks.All(t => TitleHasVerb(t.Title, past.Verb)))
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
        if (without != named && turn.TryCompletePastTense(without))
        {
            return true;
        }

        // "bought the medication at Dis-Chem", "got my prescription from shoppers": where it was done is no part of
        // the task, so the report still names it once the place is left off.
        var placeless = PlaceTailRegex().Replace(past.Object.Trim(), "");
        return placeless != past.Object.Trim() && placeless.Length > 0
            && (turn.TryCompletePastTense(past.Verb + " " + placeless) || (!past.OwnVerbOnly && turn.TryCompletePastTense(placeless, needsWords: true)));
    }

    [GeneratedRegex(@"^(?:(?:well|so|yep|yeah)[\s,!]+)*(?:i|we)\s+(?:(?:just|already|finally|have|'ve)\s+)*(?:had|held)\s+(?!to\b|(?:it|them|that|this|a|an|no|some|any)\b)(?<x>[^,;]+?)(?:\s+(?:already|today|yesterday|this\s+(?:morning|afternoon|evening)|tonight|last\s+night))*[\s.!]*$", RegexOptions.IgnoreCase)]
    private static partial Regex HadEventRegex();
    /// <summary>
    /// "the old phone contract got cancelled" while "Cancel the old phone contract" is pending: the task's own verb reported done, so
    /// it completes; the lexicon's "X got cancelled" (delete) is for a plan that was called off, and must not see this clause.
    /// </summary>
    internal static bool ReportsTaskByItsOwnVerb(string clause, TurnInterpreter turn) =>
        IntentPatterns.MatchPastTense(clause) is { OwnVerbOnly: true } past && !IntentPatterns.IsBaseFormPast(past.Verb)
        && turn.Resolve(past.Verb + " " + past.Object.Trim(), ReferenceScope.Pending) is { Status: ReferenceStatus.Found } found
        && found.Tasks.All(t => TitleHasVerb(t.Title, past.Verb));

    // "moved"/"Move" stem to "mov"/"move", "changed"/"Change" to "chang"/"change"; "cancelled" keeps the doubled "l" that
    // British spelling adds before "-ed".
    private static bool TitleHasVerb(string title, string reportStem) =>
        Text.WordMatcher.Tokens(title).Select(Text.WordMatcher.Stem).Any(titleStem => Text.WordMatcher.Same(titleStem, reportStem)
            || (reportStem.Length >= 3 && titleStem == reportStem + "e")
            || (reportStem.Length > 3 && reportStem[^1] == reportStem[^2] && reportStem[..^1] == titleStem));

    [GeneratedRegex(@"^(?:both|all)\s+(?:(?:of\s+)?the\s+)?(?=\S)", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingQuantifierRegex();

    // From the first "at/from/in/for" on ("from the pet shop near the station", "for ba"): only tried when the whole phrase names no task.
    [GeneratedRegex(@"\s+(?:at|from|in|for)\s+[^,;]+$", RegexOptions.IgnoreCase)]
    private static partial Regex PlaceTailRegex();

    [GeneratedRegex(@"^(?<x>[^,:\-\u2013\u2014]+?)\s*(?:,|:|\s[-\u2013\u2014])\s*(?:(?:i|we)\s+|(?:just|finally|already)\s+)*(?<verb>[a-z]+)\s+(?:it|them|that)\b.*$", RegexOptions.IgnoreCase)]
    private static partial Regex NamedThenReportRegex();

    [GeneratedRegex(@"^(?<head>.+?)\s*(?:,|\s[-\u2013\u2014])\s*(?<tail>\S.*)$")]
    private static partial Regex RemarkTailRegex();

    [GeneratedRegex(@"\s+(?:off|up|out|back|over|round|around|in|down)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ParticleRegex();

    [GeneratedRegex(@"^\s*(?:(?:i|we)\s+)?(?<x>(?!(?:not|no|never|still|need|needs|have\s+to|has\s+to|must|should|gotta|want|wanna|will|can)\b)[\p{L}\d'’ -]+?)\s+(?:(?:finish|finished|done|do|did)\s+)?already(?:\s+(?:la|lah|liao|ka|na))?[\s.!]*$", RegexOptions.IgnoreCase)]
    private static partial Regex AlreadyDoneRegex();

    [GeneratedRegex(@"\bgot\s+off\s+(?:work|nights?|shifts?|the\s+(?:bus|train|plane|phone|ward|floor)|early|late)\b", RegexOptions.IgnoreCase)]
    private static partial Regex GotOffRegex();

    [GeneratedRegex(@"\bleft\s+(?:to\s+(?:do|be\s+done|finish)|over|open|pending|undone)\b", RegexOptions.IgnoreCase)]
    private static partial Regex LeftToDoRegex();
}
