using System.Globalization;
using System.Text.RegularExpressions;
using TodoFunctions.Chat.Text;
using TodoFunctions.Chat.Time;

namespace TodoFunctions.Chat.Intents;

/// <summary>
/// Reminders on existing tasks: "remind me an hour before the dentist" (relative to the due), "cancel the reminder
/// for rent", and — checked by the caller against the tasks — "remind me about the dentist at 5pm" (a moment).
/// "remind me to call mum at 6pm" is an add; the add rule gives it a reminder at its due.
/// </summary>
public static partial class ReminderParser
{
    public static UpdateRequest? ParseEdit(string clause)
    {
        var m = BeforeRegex().Match(clause);
        if (m.Success && Duration(m.Groups["amount"].Value) is { } before)
        {
            return new UpdateRequest(m.Groups["ref"].Value) { Reminders = new ReminderChange([new TaskReminder(Before: before)]) };
        }

        m = CancelRegex().Match(clause);
        return m.Success ? new UpdateRequest(m.Groups["ref"].Value) { Reminders = new ReminderChange([], Clear: true) } : null;
    }

    /// <summary>"remind me about X at 5pm": X and the moment, when a time or day is named.</summary>
    public static (string Reference, TaskDue At)? ParseAboutAt(string clause, LocalNow now)
    {
        var m = AboutRegex().Match(clause);
        if (!m.Success)
        {
            return null;
        }

        var dates = DateExpressionParser.Parse(m.Groups["rest"].Value, now);
        if (dates.Time is null || dates.ToNewDue(now) is not { } at)
        {
            return null;
        }

        var reference = dates.Remainder.Trim().TrimEnd(',', '.', '!', '?').Trim();
        return reference.Length == 0 ? null : (reference, at);
    }

    public static bool AsksForReminders(string clause) => ListRegex().IsMatch(clause);

    public static TimeSpan? Duration(string text)
    {
        var t = text.Trim().ToLowerInvariant();
        if (t is "half an hour" or "a half hour" or "half hour")
        {
            return TimeSpan.FromMinutes(30);
        }

        var m = AmountRegex().Match(t);
        if (!m.Success)
        {
            return null;
        }

        var n = m.Groups["n"].Value is "a" or "an" or "the" or "" ? 1 : NumberWords.Parse(m.Groups["n"].Value);
        if (n is not { } count || count <= 0)
        {
            return null;
        }

        return m.Groups["u"].Value switch
        {
            var u when u.StartsWith("min", StringComparison.Ordinal) => TimeSpan.FromMinutes(count),
            var u when u.StartsWith('h') => TimeSpan.FromHours(count),
            var u when u.StartsWith('d') => TimeSpan.FromDays(count),
            var u when u.StartsWith('w') => TimeSpan.FromDays(7 * count),
            _ => null,
        };
    }

    public static string Describe(TaskReminder reminder, LocalNow now) => reminder switch
    {
        { Before: { } before } when before == TimeSpan.Zero => "reminder at the due time",
        { Before: { } before } => "reminder " + Span(before) + " before",
        { At: { } at } => "reminder " + Replies.TaskFormatter.Due(at, now),
        _ => "reminder",
    };

    private static string Span(TimeSpan span) =>
        span.TotalDays >= 1 && span.TotalDays == Math.Floor(span.TotalDays) ? Plural((int)span.TotalDays, "day")
        : span.TotalHours >= 1 && span.TotalHours == Math.Floor(span.TotalHours) ? Plural((int)span.TotalHours, "hour")
        : Plural((int)span.TotalMinutes, "minute");

    private static string Plural(int n, string unit) => n.ToString(CultureInfo.InvariantCulture) + " " + unit + (n == 1 ? "" : "s");

    private const string Lead = @"^(?:please\s+)?(?:(?:can|could|would)\s+(?:you|u)\s+(?:please\s+)?)?";
    private const string RemindVerb = @"(?:remind\s+me|give\s+me\s+a\s+(?:reminder|heads[\s-]up|nudge|ping|shout)|ping\s+me|nudge\s+me|alert\s+me|notify\s+me|warn\s+me|set\s+(?:a|an|up\s+a)\s+(?:reminder|alert)|add\s+(?:a|an)\s+(?:reminder|alert))";
    private const string Amount = @"(?:half\s+an\s+hour|a\s+half\s+hour|(?:a|an|the|\d+|" + NumberWords.Pattern + @")\s+(?:min(?:ute)?s?|h(?:ou)?rs?|hours?|days?|weeks?))";

    [GeneratedRegex(Lead + RemindVerb + @"\s+(?:(?:about|of|for)\s+(?<ref>.+?)\s+(?<amount>" + Amount + @")\s+(?:before|ahead)(?:\s+(?:it|that|hand))?|(?<amount>" + Amount + @")\s+(?:before|ahead\s+of|prior\s+to)\s+(?<ref>.+?))[\s.!]*$", RegexOptions.IgnoreCase)]
    private static partial Regex BeforeRegex();

    [GeneratedRegex(Lead + @"(?:(?:cancel|remove|delete|drop|clear|turn\s+off|stop|kill|disable|get\s+rid\s+of|scrap)\s+(?:the\s+|all\s+(?:the\s+)?|my\s+|any\s+)?(?:reminders?|alerts?|nudges?|notifications?)\s+(?:for|on|about|from|of)\s+(?<ref>.+?)|(?:don't|do\s+not|dont|no\s+need\s+to)\s+remind\s+me\s+(?:about|of)\s+(?<ref>.+?)(?:\s+(?:anymore|any\s+more))?)[\s.!]*$", RegexOptions.IgnoreCase)]
    private static partial Regex CancelRegex();

    [GeneratedRegex(Lead + RemindVerb + @"\s+(?:about|of)\s+(?<rest>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex AboutRegex();

    [GeneratedRegex(@"\b(?:reminders?|alerts?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ListRegex();

    [GeneratedRegex(@"^(?<n>a|an|the|\d+|" + NumberWords.Pattern + @")\s+(?<u>min(?:ute)?s?|h(?:ou)?rs?|hours?|days?|weeks?)$", RegexOptions.IgnoreCase)]
    private static partial Regex AmountRegex();
}
