using System.Text.RegularExpressions;
using TodoFunctions.Chat;
using TodoFunctions.ChatEval.Cases;

namespace TodoFunctions.ChatEval.Checking;

/// <summary>
/// Titles the engine wrote (a created task, or a retitle) in a shape no person gives a task of theirs: a subject
/// pronoun first ("I fix the gate"), request framing ("Add …", "Can you …"), a politeness word, or a dangling
/// function word at the end ("Pick up dry cleaning every"). A case's <c>title_includes</c> only says which words a
/// title must contain, so a title like "I fix the gate on the sheep pen" passes its case; this lists such titles
/// for a person to read. A flag is a question, not a failure: "Add oil to the truck" and "Will's party" are tasks.
/// </summary>
public static partial class TitleAudit
{
    public sealed record Finding(Case Case, string Title, string Why);

    public static IReadOnlyList<Finding> Audit(Case c, CaseSetup setup, IReadOnlyList<ChatTask> final)
    {
        var before = setup.Tasks.ToDictionary(t => t.Id, t => t.Title);
        var findings = new List<Finding>();
        foreach (var task in final)
        {
            if (before.TryGetValue(task.Id, out var oldTitle) && oldTitle == task.Title)
            {
                continue;
            }

            if (Why(task.Title) is { } why)
            {
                findings.Add(new Finding(c, task.Title, why));
            }
        }

        return findings;
    }

    public static string? Why(string title)
    {
        if (SubjectFirstRegex().IsMatch(title))
        {
            return "starts with a subject pronoun";
        }

        if (FramingFirstRegex().IsMatch(title))
        {
            return "starts with request framing";
        }

        if (PolitenessRegex().IsMatch(title))
        {
            return "holds a politeness word";
        }

        return DanglingEndRegex().IsMatch(title) ? "ends on a function word" : null;
    }

    [GeneratedRegex(@"^(?:i|we|you|u|me|he|she|they)\b(?!['’.-])", RegexOptions.IgnoreCase)]
    private static partial Regex SubjectFirstRegex();

    [GeneratedRegex(@"^(?:add|put(?=\s*$|\s+(?:it|in|on\s+list)\b)|pls|please|plz|can\s+(?:you|u)|could|would|will|new task|remind me|don'?t let me|note)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FramingFirstRegex();

    [GeneratedRegex(@"\b(?:pls|plz|please|thanks|thx|ty)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PolitenessRegex();

    [GeneratedRegex(@"\b(?:to|for|and|or|the|a|an|on|at|by|every|each|with|of|in|my|from)$", RegexOptions.IgnoreCase)]
    private static partial Regex DanglingEndRegex();
}
