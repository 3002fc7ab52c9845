using System.Text.RegularExpressions;
using TodoFunctions.Chat.Intents;
using TodoFunctions.Chat.Text;
using TodoFunctions.Chat.Time;

namespace TodoFunctions.Chat.Engine;

/// <summary>
/// Which clauses of a long message carry the request, and which only tell its story: "My ride has fallen through, so I shall
/// need to move the eye exam …", "Ruth has her choir practice tonight, so would you move my call to her …", "It rained again
/// last night. Please make the call to the roofer urgent." A story is a statement with a finite verb that is neither a
/// command, nor an intention ("I need to …"), nor an idiom the lexicon knows. When the message also holds a request, a story
/// never adds a task: what it would have added is dropped (a done report in it still acts, and it may still name the task).
/// </summary>
internal static partial class RequestFocus
{
    public static bool HasRequest(IEnumerable<string> clauses) => clauses.Any(IsRequest);

    /// <summary>"Please make the call to the roofer urgent", "would you move the third one to tomorrow?", "you may cross X off".</summary>
    public static bool IsRequest(string clause)
    {
        var text = Core(clause);
        return text.Length > 0 && !ReferBackRegex().IsMatch(text)
            && (ClauseSplitter.StartsWithCommand(text) || ActionLexicon.IsRequest(text)
                || (MarkedRegex().IsMatch(clause) && AddParser.StartsWithImperative(text))
                || MarkedLeadRegex().IsMatch(LinkRegex().Replace(clause.Trim(), "")));
    }

    /// <summary>"The septic man telephoned to say he cannot come", "I am too worn out for it tonight": a statement, not a request.</summary>
    public static bool IsStory(string clause)
    {
        var text = Core(clause);
        return (FiniteVerbRegex().IsMatch(text) || SubjectVerbRegex().IsMatch(text)) && !IsRequest(clause) && !AddParser.TryStripCommand(text, out _)
            && !AddParser.StartsWithImperative(text) && !ActionLexicon.IsIdiom(text);
    }

    /// <summary>
    /// "They need me to come on Friday instead. Would you move my checkup accordingly?", "Darlene has moved my appointment to
    /// 11:15; would you kindly update it?": the new value is said only in the story; the request takes it from there.
    /// </summary>
    /// <remarks>
    /// Only a request that says no value of its own looks back, and only at the dates of the clauses before it (no task lookup),
    /// so a long message costs one regex per clause. <paramref name="sources"/> gets the clauses the value came from: they
    /// are story, even when they look like an edit ("they need me to come on Friday instead").
    /// </remarks>
    public static IReadOnlyList<string> CarryStoryValue(IReadOnlyList<string> clauses, LocalNow now, ISet<int> sources)
    {
        List<string>? carried = null;
        for (var i = 1; i < clauses.Count; i++)
        {
            var request = AccordinglyRegex().Match(clauses[i].Trim());
            if (!request.Success)
            {
                if (DatedStoryForAdd(clauses, i, now) is var (j, day))
                {
                    // "BAS is due 28 October, add lodge BAS", "bins night is wednesday, remind me to put the bins out at 7pm":
                    // the day of the thing the new task is about is said in the statement before it.
                    carried ??= clauses.ToList();
                    carried[i] = $"{clauses[i].TrimEnd().TrimEnd('.', '!', ';')} {day}";
                    sources.Add(j);
                }

                continue;
            }

            for (var j = i - 1; j >= 0; j--)
            {
                var when = DateWords(clauses[j], now);
                if (when.Length > 0)
                {
                    carried ??= clauses.ToList();
                    carried[i] = $"move {request.Groups["x"].Value} to {when}";
                    sources.Add(j);
                    break;
                }
            }
        }

        return carried ?? clauses;
    }

    // The statement before an add that has no day of its own: a future day, said about something the new task names too.
    private static (int Index, string Day)? DatedStoryForAdd(IReadOnlyList<string> clauses, int i, LocalNow now)
    {
        var add = clauses[i];
        if (!AddLeadRegex().IsMatch(add) || DateExpressionParser.Parse(add, now).Date is not null)
        {
            return null;
        }

        var addStems = WordMatcher.ContentStems(add);
        for (var j = i - 1; j >= 0; j--)
        {
            var story = clauses[j];
            if (ClauseSplitter.StartsWithCommand(story) || AddLeadRegex().IsMatch(story))
            {
                return null;
            }

            var date = DateExpressionParser.Parse(story, now);
            if (date.Date is { } day && day > now.Today && WordMatcher.ContentStems(date.Remainder).Any(addStems.Contains)
                && DateWords(story, now) is { Length: > 0 } words)
            {
                return (j, (date.Time is null ? words : DayOnlyRegex().Replace(words, "")).Trim());
            }
        }

        return null;
    }

    [GeneratedRegex(@"^(?:(?:please|kindly|so|and|then|can\s+(?:you|ya|u)|could\s+(?:you|ya|u)|would\s+you)[\s,]+)*(?:add|remind\s+me\s+to|put\s+down|new\s+task)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AddLeadRegex();

    // The time said with the story's day belongs to the story's event, not to the new task ("carnival saturday 8am").
    [GeneratedRegex(@"\b(?:at\s+)?\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)?\b(?!\s*(?:st|nd|rd|th|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))", RegexOptions.IgnoreCase)]
    private static partial Regex DayOnlyRegex();

    /// <summary>The words of a statement that say a date or time ("on Friday", "11:15"), in order.</summary>
    private static string DateWords(string statement, LocalNow now)
    {
        var date = DateExpressionParser.Parse(statement, now);
        if (date.IsEmpty)
        {
            return "";
        }

        var kept = date.Remainder.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var dropped = new List<string>();
        var k = 0;
        foreach (var word in statement.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (k < kept.Length && string.Equals(word, kept[k], StringComparison.OrdinalIgnoreCase))
            {
                k++;
            }
            else
            {
                dropped.Add(word.Trim(',', '.', ';', '!', '?'));
            }
        }

        return LeadingPrepositionRegex().Replace(string.Join(' ', dropped).Trim(), "");
    }

    [GeneratedRegex(@"^(?:(?:so|and|then)\s+)?(?:(?:please|kindly)\s+)?(?:(?:would|could|will|can)\s+you\s+(?:(?:please|kindly)\s+)?)?(?:(?:move|reschedule|shift|change|update|amend|adjust)\s+(?<x>.+?)\s+accordingly|(?:update|amend|adjust|change)\s+(?<x>it|that|this|that\s+one|the\s+task|the\s+entry))(?:\s+(?:please|too|for\s+me|as\s+well))*[\s.!?]*$", RegexOptions.IgnoreCase)]
    private static partial Regex AccordinglyRegex();

    [GeneratedRegex(@"^(?:to|on|for|at|till|until)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingPrepositionRegex();

    private static string Core(string clause) =>
        IntentPatterns.StripFillers(LinkRegex().Replace(clause.Trim(), "")).Trim().TrimEnd('.', '!', '?', ' ');

    // "so …", "and …": the link to the clause before says nothing about what this one asks.
    [GeneratedRegex(@"^(?:(?:so|and|but|then|now|well)[\s,]+)+", RegexOptions.IgnoreCase)]
    private static partial Regex LinkRegex();

    // "add it", "put that on my list": the request takes its task from the statement before, which is then no mere story.
    [GeneratedRegex(@"^(?:add|put|pop|jot|write|note|stick|pencil)\s+(?:it|that|this|them)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ReferBackRegex();

    [GeneratedRegex(@"\b(?:please|kindly|would\s+you|could\s+you|will\s+you|you\s+may|let\s+us|let's|if\s+you\s+please)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MarkedRegex();

    // "kindly clear out my whole list", "would you …": a clause that opens by asking is a request, whatever its verb.
    [GeneratedRegex(@"^(?:please|kindly|(?:would|could|will|can)\s+you\b(?!\s+(?:suppose|think|believe|know|like))|you\s+may\b|let\s+us\b|let's\b)", RegexOptions.IgnoreCase)]
    private static partial Regex MarkedLeadRegex();

    // "My sister arrives from Leeds", "she wants the blue one": a pronoun subject, then a present-tense verb.
    [GeneratedRegex(@"^(?:(?:my|our|his|her|their)\s+\p{L}+\s+\p{L}{2,}(?<!ss)s\b|(?:he|she|they|we)\s+\p{L}{2,})", RegexOptions.IgnoreCase)]
    private static partial Regex SubjectVerbRegex();

    // A subject's verb: a form of be/have/do, a modal, or a regular past ("telephoned", "offered").
    [GeneratedRegex(@"\b(?:am|is|are|was|were|isn't|aren't|wasn't|weren't|has|have|had|hasn't|haven't|hadn't|does|did|doesn't|didn't|will|would|shall|should|can|could|cannot|can't|won't|wouldn't|couldn't|shouldn't|may|might|must|[a-z]{3,}ed)\b|['\u2019](?:re|m|ve|ll|d)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FiniteVerbRegex();
}
