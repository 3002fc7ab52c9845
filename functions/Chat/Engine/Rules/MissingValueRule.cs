using System.Text.RegularExpressions;
using TodoFunctions.Chat.Intents;
using TodoFunctions.Chat.References;
using TodoFunctions.Chat.Text;

namespace TodoFunctions.Chat.Engine.Rules;

internal sealed partial class MissingValueRule : IClauseRule
{
    public bool TryHandle(Clause clause, TurnInterpreter turn)
    {
        if (UpdateParser.ParseMissingValue(clause.Text) is not { } missing)
        {
            return false;
        }

        if (missing.What is "tag" or "tags" or "label" or "labels" && TagAfterName(missing.Reference, turn) is var (named, tag))
        {
            turn.HandleClause($"tag {named} with {tag}");
            return true;
        }

        turn.AskForValue(missing.Reference, missing.What);
        return true;
    }

    /// <summary>
    /// "tag the sheetrock order basement", "tag the regression one also release": the words after "tag" are a prefix that
    /// names exactly one task and one leftover word, the tag. The whole must name no task, so nothing is guessed.
    /// </summary>
    private static (string Named, string Tag)? TagAfterName(string reference, TurnInterpreter turn)
    {
        var m = NameThenTagRegex().Match(reference.Trim());
        if (!m.Success || WordMatcher.ContentStems(m.Groups["tag"].Value).Count == 0 || GenericNounRegex().IsMatch(m.Groups["tag"].Value)
            || turn.Resolve(m.Groups["name"].Value, ReferenceScope.All) is not { Status: ReferenceStatus.Found, Tasks: [var task] })
        {
            return null;
        }

        // "tag the blog post" with "Write the blog post": the leftover word continues the name in the title, so no tag was said.
        var title = WordMatcher.Tokens(task.Title);
        var lastNamed = WordMatcher.Tokens(m.Groups["name"].Value).LastOrDefault();
        var tag = m.Groups["tag"].Value.ToLowerInvariant();
        if (Enumerable.Range(1, Math.Max(0, title.Count - 1)).Any(i => title[i] == tag && title[i - 1] == lastNamed))
        {
            return null;
        }

        // "tag the backend interview" with "Interview senior backend dev", "tag the landlord email" with "Email the landlord": the
        // title's first word (its verb) said after the words that name the task is the name's head noun, not a tag ("tag the
        // gala swimming" with "Ayanda's swimming gala" still tags).
        var namedAt = lastNamed is null ? -1 : title.ToList().IndexOf(lastNamed);
        if (title.Count > 0 && title[0] == tag && namedAt > 0)
        {
            return null;
        }

        // The whole may name the same task ("basement" is also a word of its title), never another one.
        var whole = turn.Resolve(reference, ReferenceScope.All);
        if (whole.Status == ReferenceStatus.Found ? whole.Tasks is not [var same] || same.Id != task.Id : whole.Status != ReferenceStatus.NotFound)
        {
            return null;
        }

        return (m.Groups["name"].Value, m.Groups["tag"].Value);
    }

    // "tag the dentist appointment": a word that only says what kind of thing the task is gives no tag.
    [GeneratedRegex(@"^(?:one|ones|task|tasks|thing|things|item|items|job|jobs|todo|todos|appointment|appt|reminder|stuff|please|pls|thanks)$", RegexOptions.IgnoreCase)]
    private static partial Regex GenericNounRegex();

    [GeneratedRegex(@"^(?<name>.+?)(?:\s+(?:also|too|as\s+well))?\s+(?<tag>[a-z][\w-]*)$", RegexOptions.IgnoreCase)]
    private static partial Regex NameThenTagRegex();
}
