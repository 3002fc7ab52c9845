using System.Text.RegularExpressions;

namespace TodoFunctions.Chat.Intents;

/// <summary>
/// Recurrence phrases ("every thursday", "daily", "each month", "on mondays"). Tasks can't repeat yet, so the phrase
/// is taken out of the title and the task is added once, for the next occurrence: a weekday phrase becomes that
/// weekday, a daily one today; weekly/monthly/yearly with no day named leave the date to whatever else was said.
/// </summary>
public static partial class Recurrence
{
    public sealed record Result(string Remainder, string? Phrase, bool Daily);

    public static Result Extract(string text)
    {
        var m = RecurrenceRegex().Match(text);
        if (!m.Success)
        {
            return new Result(text, null, false);
        }

        var replacement = m.Groups["wd"].Success ? " on " + m.Groups["wd"].Value + " " : m.Groups["part"].Success ? " " + m.Groups["part"].Value + " " : " ";
        var remainder = text[..m.Index] + replacement + text[(m.Index + m.Length)..];
        return new Result(remainder, m.Value.Trim(), m.Groups["daily"].Success);
    }

    private const string Weekday = "monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues|tue|wed|thurs|thur|thu|fri|sat|sun";

    [GeneratedRegex(@"\b(?:(?:every|each)\s+(?:single\s+)?(?:other\s+)?(?<wd>" + Weekday + @")s?|on\s+(?<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)s\b|(?<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)s\b|(?<daily>daily|every\s*day|each\s+day|every\s+single\s+day|nightly|every\s+night|each\s+night)|(?:every|each)\s+(?<daily>)(?<part>morning|evening|afternoon)|(?:weekly|every\s+week|each\s+week|once\s+a\s+week|fortnightly|every\s+(?:other|two|2)\s+weeks|bi-?weekly|monthly|every\s+month|each\s+month|once\s+a\s+month|yearly|annually|every\s+year|each\s+year|once\s+a\s+year|every\s+(?:" + Text.NumberWords.Pattern + @")\s+(?:days|weeks|months)|on\s+weekdays|every\s+weekday|weekdays|every\s+weekend|on\s+weekends))\b", RegexOptions.IgnoreCase)]
    private static partial Regex RecurrenceRegex();
}
