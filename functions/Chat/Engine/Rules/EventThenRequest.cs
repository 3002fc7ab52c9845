using System.Text.RegularExpressions;
using TodoFunctions.Chat.Intents;

namespace TodoFunctions.Chat.Engine.Rules;

/// <summary>
/// An event or need said as a noun phrase or a statement, then a request to put "that" on the list: "Mia's swimming
/// carnival saturday 8am, can ya put that in", "Lea needs new handball shoes, can you add this with high prio", "car
/// needs its MOT. Put it down for 2027-02-19". The statement is the new task; the date, priority or tag may come from
/// either clause. The two become one add ("add Mia's swimming carnival saturday 8am"), read by the ordinary rules.
/// (A statement of intention — "I ought to …" — is merged the same way by <see cref="IntentionThenRequest"/>.)
/// </summary>
internal static partial class EventThenRequest
{
    public static IReadOnlyList<string> Merge(IReadOnlyList<string> clauses)
    {
        // "X, can ya put that in" that the splitter kept as one clause.
        var split = clauses.SelectMany(c => c.LastIndexOf(',') is var k and > 0 && AddThatRegex().IsMatch(c[(k + 1)..].Trim())
            ? new[] { c[..k], c[(k + 1)..] } : [c]).ToList();
        var merged = split.ToList();
        var changed = split.Count != clauses.Count;
        for (var i = 1; i < merged.Count; i++)
        {
            var request = AddThatRegex().Match(merged[i].Trim());
            var statement = merged[i - 1].Trim().TrimEnd('.', '!', ',', ';', ' ');
            if (request.Success && !IsEvent(statement) && request.Groups["rest"].Length == 0 && !PronounRegex().IsMatch(merged[i])
                && (ClauseSplitter.StartsWithCommand(statement) || IntendedRegex().IsMatch(statement)))
            {
                // "print the Fahrtenbuch pages, put on list", "I must do the oil change tomorrow, add pls": the clause before is
                // already the add; the bare request adds nothing of its own.
                merged[i] = "";
                changed = true;
                continue;
            }

            if (!request.Success || !IsEvent(statement))
            {
                continue;
            }

            // "the leak in the garage roof, put it for december 5" (French "mets-le pour le 5"): a thing named with "the",
            // then only a day for it and no word of the list, may be a task that exists; the edit rules read it (a move
            // when the words name one task) instead of a new task being added.
            if (DefiniteRegex().IsMatch(statement) && DayOnlyRestRegex().IsMatch(request.Groups["rest"].Value))
            {
                continue;
            }

            merged[i - 1] = $"add {statement} {ListWordsRegex().Replace(request.Groups["rest"].Value, " ").Trim(' ', ',')}".TrimEnd();
            merged[i] = "";
            changed = true;
        }

        return changed ? merged.Where(c => c.Length > 0).ToList() : clauses;
    }

    // A statement that is not itself a request, a question or a story about the user ("I …").
    private static bool IsEvent(string statement) =>
        statement.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 2 && !statement.EndsWith('?')
        && !ClauseSplitter.StartsWithCommand(statement) && !ActionLexicon.IsIdiom(statement) && !NotEventRegex().IsMatch(statement);

    // "can ya put that in", "chuck it on the list for friday", "add this with high prio", "put it down for 2027-02-19",
    // and "add pls" or "put on list" with the thing left unsaid ("tonight drive Sofia to figure skating, add pls",
    // "print the Fahrtenbuch pages, put on list").
    [GeneratedRegex(@"^(?:(?:so|and|then|now|mate)[,\s]+)?(?:(?:please|pls|kindly)\s+)?(?:(?:can|could|would|will)\s+(?:you|ya|u)\s+(?:please\s+)?)?(?:add|put|pop|stick|chuck|bung|whack|slap|throw|jot|write|note|pencil)\s+(?:that|it|this)(?!\s+(?:back|off|away|out)\b)(?!\s+(?:on|to|at)\s+(?:high|medium|low|top|urgent|p[1-4])\b)(?<rest>(?:\s+(?:down|in|on|onto|to|for|with)\b.*)?)[\s.!?]*$|^(?:(?:so|and|then|now)[,\s]+)?(?:(?:please|pls|kindly)\s+)?add\s+(?:please|pls|plz)(?<rest>)[\s.!?]*$|^(?:(?:so|and|then|now)[,\s]+)?(?:(?:please|pls|kindly)\s+)?(?:put|add|write)\s+(?:on|onto|in|to)\s+(?:(?:my|the)\s+)?(?:to-?do\s+)?list(?<rest>)(?:\s+(?:please|pls|plz))?[\s.!?]*$", RegexOptions.IgnoreCase)]
    private static partial Regex AddThatRegex();

    [GeneratedRegex(@"\b(?:it|that|this)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PronounRegex();

    [GeneratedRegex(@"^(?:the|my|our)\s", RegexOptions.IgnoreCase)]
    private static partial Regex DefiniteRegex();

    // Only "for/on/to <a day or time>": no "down", "in" or list word after the pronoun.
    [GeneratedRegex(@"^\s*(?:for|on|to)\s+(?!.*\b(?:list|down|me|high|medium|low|urgent|priority|prio|tag\w*)\b)[^,]*$", RegexOptions.IgnoreCase)]
    private static partial Regex DayOnlyRestRegex();

    // A statement of something to do: "I must …", "I need to …", "we have to …".
    [GeneratedRegex(@"^(?:i|we)\s+(?:must|need\s+to|have\s+to|have\s+got\s+to|should|gotta|got\s+to)\s+\w", RegexOptions.IgnoreCase)]
    private static partial Regex IntendedRegex();

    [GeneratedRegex(@"\b(?:down|(?:on|onto|to|in)\s+(?:my|the|our)\s+(?:to-?do\s+|task\s+)?list|for\s+me)\b|\b(?:in|on)\b(?=\s*(?:,|$))", RegexOptions.IgnoreCase)]
    private static partial Regex ListWordsRegex();

    // "I ought to …" (merged by IntentionThenRequest), greetings, questions, and a task named as "the bank one" ("put it
    // at 4pm" after it is an edit).
    [GeneratedRegex(@"^(?:i|we|you|it|that|this|yes|no|ok|okay|hi|hey|hello|thanks|thank)\b|^(?:what|which|when|where|who|how|why|is|are|do|does|did)\b|\bones?$|^(?:number|#|task)\s*\d", RegexOptions.IgnoreCase)]
    private static partial Regex NotEventRegex();
}
