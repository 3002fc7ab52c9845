using System.Text.RegularExpressions;

namespace TodoFunctions.Chat.Intents;

/// <summary>
/// Recurrence phrases ("every thursday", "daily", "each month", "on mondays", "every weekday"). The phrase is taken
/// out of the title and becomes an RFC 5545 rule (<see cref="Result.Rule"/>); the first occurrence is the task's
/// due: a weekday phrase becomes that weekday, a daily one today; weekly/monthly/yearly with no day named leave the
/// date to whatever else was said ("every month on the 1st" → the next 1st, then monthly from there).
/// </summary>
public static partial class Recurrence
{
    public sealed record Result(string Remainder, string? Phrase, bool Daily, string? Rule = null);

    /// <param name="today">Picks the first occurrence among several named days; without it, the first day named.</param>
    public static Result Extract(string text, DayOfWeek? today = null)
    {
        var m = RecurrenceRegex().Match(text);
        // "check the logs from the nightly run", "send the weekly report": a frequency word after a determiner is an adjective
        // of the noun after it (the run happens nightly; the task does not repeat). So is one before a thing bought or sent by the
        // period: "renew ZET monthly pass", "weekly bus ticket".
        while (m.Success && AdjectiveFrequencyRegex().IsMatch(m.Value)
            && (DeterminerBeforeRegex().IsMatch(text[..m.Index]) || PeriodThingAfterRegex().IsMatch(text[(m.Index + m.Length)..])))
        {
            m = m.NextMatch();
        }

        if (!m.Success)
        {
            return new Result(text, null, false);
        }

        var replacement = m.Groups["wd"].Success ? " on " + FirstDay(m.Groups["wd"], today) + " " : m.Groups["part"].Success ? " " + m.Groups["part"].Value + " " : " ";
        var remainder = text[..m.Index] + replacement + text[(m.Index + m.Length)..];
        return new Result(remainder, m.Value.Trim(), m.Groups["daily"].Success, RuleFor(m.Value.Trim().ToLowerInvariant(), m.Groups["wd"], m.Groups["daily"].Success));
    }

    // "every other", "fortnightly", "every 3 weeks": the weekly interval of a phrase that also names days.
    private static int IntervalOf(string phrase)
    {
        if (phrase.Contains("other", StringComparison.Ordinal) || phrase.Contains("fortnight", StringComparison.Ordinal) || phrase.Contains("biweekly", StringComparison.Ordinal) || phrase.Contains("bi-weekly", StringComparison.Ordinal))
        {
            return 2;
        }

        var every = EveryNRegex().Match(phrase);
        return every.Success && Text.NumberWords.Parse(every.Groups["n"].Value) is { } n ? n : 1;
    }

    private static readonly string[] DayCodes = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];

    private static string FirstDay(Group weekday, DayOfWeek? today)
    {
        if (today is not { } from || weekday.Captures.Count == 1)
        {
            return weekday.Captures[0].Value;
        }

        // Days ahead, 1..7: "on monday" said on a Monday means next Monday, as the date parser reads it.
        int Ahead(string day)
        {
            var dayOfWeek = (Array.IndexOf(DayCodes, day[..2].ToUpperInvariant()) + 1) % 7;
            var ahead = (dayOfWeek - (int)from + 7) % 7;
            return ahead == 0 ? 7 : ahead;
        }

        return weekday.Captures.Select(c => c.Value).MinBy(Ahead)!;
    }

    private static string? RuleFor(string phrase, Group weekday, bool daily)
    {
        var other = phrase.Contains("other", StringComparison.Ordinal) ? ";INTERVAL=2" : "";
        if (daily)
        {
            return "FREQ=DAILY" + other;
        }
        if (weekday.Success)
        {
            var interval = IntervalOf(phrase);
            other = interval > 1 ? ";INTERVAL=" + interval : "";
            var days = weekday.Captures.Select(c => c.Value[..2].ToUpperInvariant()).Distinct()
                .OrderBy(d => Array.IndexOf(DayCodes, d));
            return "FREQ=WEEKLY" + other + ";BYDAY=" + string.Join(',', days);
        }
        if (phrase.Contains("weekday", StringComparison.Ordinal))
        {
            return "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR";
        }
        if (phrase.Contains("weekend", StringComparison.Ordinal))
        {
            return "FREQ=WEEKLY;BYDAY=SA,SU";
        }
        var every = EveryNRegex().Match(phrase);
        if (every.Success && Text.NumberWords.Parse(every.Groups["n"].Value) is { } n)
        {
            var unit = every.Groups["unit"].Value;
            return (unit.StartsWith("day", StringComparison.Ordinal) ? "FREQ=DAILY" : unit.StartsWith("week", StringComparison.Ordinal) ? "FREQ=WEEKLY" : "FREQ=MONTHLY") + (n > 1 ? ";INTERVAL=" + n : "");
        }
        if (phrase is "fortnightly" or "biweekly" or "bi-weekly")
        {
            return "FREQ=WEEKLY;INTERVAL=2";
        }
        if (phrase.Contains("day", StringComparison.Ordinal) || phrase.Contains("night", StringComparison.Ordinal) || phrase.Contains("morning", StringComparison.Ordinal)
            || phrase.Contains("evening", StringComparison.Ordinal) || phrase.Contains("afternoon", StringComparison.Ordinal))
        {
            return "FREQ=DAILY" + other;
        }
        if (phrase.Contains("week", StringComparison.Ordinal))
        {
            return "FREQ=WEEKLY" + other;
        }
        if (phrase.Contains("month", StringComparison.Ordinal))
        {
            return "FREQ=MONTHLY" + other;
        }
        if (phrase.Contains("year", StringComparison.Ordinal) || phrase.Contains("annual", StringComparison.Ordinal))
        {
            return "FREQ=YEARLY" + other;
        }
        return null;
    }

    [GeneratedRegex(@"^(?:nightly|daily|weekly|fortnightly|monthly|yearly|annually|bi-?weekly)$", RegexOptions.IgnoreCase)]
    private static partial Regex AdjectiveFrequencyRegex();

    [GeneratedRegex(@"\b(?:the|a|an|my|our|your|his|her|their|this|that|these|those)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex DeterminerBeforeRegex();

    [GeneratedRegex(@"^\s+(?:\p{L}+\s+)?(?:pass|passes|ticket|tickets|travelcard|card|subscription|subscriptions|membership|statement|statements|newsletter|magazine|allowance)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PeriodThingAfterRegex();

    [GeneratedRegex(@"every\s+(?<n>\S+)\s+(?<unit>days|weeks?|months)", RegexOptions.IgnoreCase)]
    private static partial Regex EveryNRegex();

    private const string FullWeekday = "monday|tuesday|wednesday|thursday|friday|saturday|sunday";

    // ", wednesday and friday": further days of one weekly rule.
    private const string MoreDays = @"\s*(?:,|\band\b|&|\+|/)\s*(?:(?:and|on|every)\s+)*(?<wd>" + Weekday + @")s?\b";

    private const string Weekday = "monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues|tue|wed|thurs|thur|thu|fri|sat|sun";

    [GeneratedRegex(@"\b(?:(?:every|each)\s+(?:single\s+)?(?:other\s+)?(?<wd>" + Weekday + @")s?(?:" + MoreDays + @")*|on\s+(?<wd>" + FullWeekday + @")s\b(?:" + MoreDays + @")*|(?<wd>" + FullWeekday + @")s\b(?:" + MoreDays + @")*|(?<daily>daily|every\s+other\s+day|every\s*day|each\s+day|every\s+single\s+day|nightly|every\s+night|each\s+night)|(?:every|each)\s+(?<daily>)(?<part>morning|evening|afternoon)|(?:(?:weekly|every\s+week|each\s+week|once\s+a\s+week|fortnightly|every\s+(?:other|two|2)\s+weeks?|bi-?weekly|every\s+(?:" + Text.NumberWords.Pattern + @")\s+weeks)\s+on\s+(?<wd>" + Weekday + @")s?(?:" + MoreDays + @")*|weekly|every\s+week|each\s+week|once\s+a\s+week|fortnightly|every\s+(?:other|two|2)\s+weeks|bi-?weekly|monthly|every\s+month|each\s+month|once\s+a\s+month|yearly|annually|every\s+year|each\s+year|once\s+a\s+year|every\s+(?:" + Text.NumberWords.Pattern + @")\s+(?:days|weeks|months)|on\s+weekdays|every\s+weekday|weekdays|every\s+weekend|on\s+weekends))\b", RegexOptions.IgnoreCase)]
    private static partial Regex RecurrenceRegex();
}
