using System.Text.RegularExpressions;
using TodoFunctions.Chat.References;
using TodoFunctions.Chat.Text;
using TodoFunctions.Chat.Time;

namespace TodoFunctions.Chat.Engine.Rules;

/// <summary>
/// "lunch w/ Priya tomorrow noon": a bare noun phrase with a date or time, naming no task, is a new task. Last but one,
/// so every reading of an existing task (reschedule, report, reference) has had its turn.
/// </summary>
internal sealed partial class DatedNounAddRule : IClauseRule
{
    public bool TryHandle(Clause clause, TurnInterpreter turn)
    {
        var dates = DateExpressionParser.Parse(clause.Text, turn.Now);
        if (dates.IsEmpty || clause.Text.Contains('?', StringComparison.Ordinal) || WordMatcher.ContentStems(dates.Remainder).Count == 0
            || ReportedEventRegex().IsMatch(dates.Remainder) || IsPast(dates, turn.Now))
        {
            return false;
        }

        var named = turn.Resolve(DanglingPrepositionRegex().Replace(dates.Remainder, ""), ReferenceScope.All);
        if (named.Status is ReferenceStatus.NoListing or ReferenceStatus.OutOfRange)
        {
            turn.AskWhich(named, "change");
            return true;
        }

        if (named.Status != ReferenceStatus.NotFound)
        {
            return false;
        }

        turn.Add(clause.Text);
        return true;
    }

    // "big storm last night", "lunch with Priya yesterday": a noun phrase about a day already gone is news, never a new task
    // (a task is something still to do). "nice waves this morning", "lekker swell today", "today so hot 38 degree": an
    // evaluation of something today is a remark too, and so is the weather ("It is terribly dreich out there today"). (A time
    // earlier today is not enough: "this afternoon" said at 16:00 is still today's afternoon.)
    private static bool IsPast(DateExpression dates, LocalNow now) =>
        dates.Date is { } day && (day < now.Today || (day == now.Today && EvaluationRegex().IsMatch(dates.Remainder)));

    [GeneratedRegex(@"^\s*(?:(?:it|the\s+weather)(?:['’]s|\s+is|\s+was)\s+(?:(?:terribly|awfully|very|really|rather|quite|bitterly|pretty|so|fair|pure|absolutely)\s+)*(?:dreich|baltic|freezing|cold|wet|windy|raining|pouring|chilly|grey|gray|hot|humid|muggy|warm|mild|sunny|snowing|foggy|dark|bleak|stormy|blowing)\b|so\s+\p{L}+\b|(?:(?:what\s+an?|such\s+an?)\s+)?(?:dreich|nice|lovely|great|lekker|awesome|amazing|beautiful|gorgeous|perfect|terrible|awful|horrible|epic|insane|crazy|brutal|stunning|glorious|fantastic|wonderful|cracking|grim|miserable)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex EvaluationRegex();

    // "second one to day after tomorrow": the date's own "to" is left behind; without it the rest is a position in the listing
    // (never a new task's title).
    [GeneratedRegex(@"\s+(?:to|till|until|for|on|by|at)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex DanglingPrepositionRegex();

    // "the lorry came this morning", "Kamau said it arrived today": something that happened is news, not a new task;
    // "paged twice since midnight": a time counted from ("since") is in the past, never a due.
    // "today my experiment failed again": a thing of the writer's that went wrong is news too (not "fix the failed print job").
    [GeneratedRegex(@"\b(?:came|went|arrived|happened|turned\s+up|showed\s+up|says|said|confirms|confirmed|told|was|were|has\s+been|had|since)\b|\b(?:my|our|the|it|he|she|they)\s+(?:[\p{L}'’-]+\s+){0,2}(?:failed|broke|crashed|died|collapsed)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ReportedEventRegex();
}
