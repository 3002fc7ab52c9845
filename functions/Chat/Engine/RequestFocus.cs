using System.Text.RegularExpressions;
using TodoFunctions.Chat.Intents;

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
