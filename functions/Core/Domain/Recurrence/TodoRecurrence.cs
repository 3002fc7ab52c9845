using System.Globalization;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using TodoFunctions.Core.Domain.Todos;

namespace TodoFunctions.Core.Domain.Recurrence;

/// <summary>
/// A validated RFC 5545 RRULE (the subset a todo needs) and the IANA zone it is read in. Occurrences come
/// from Ical.Net, which resolves zones through NodaTime's TZDB, so DST follows RFC 5545: a local time
/// stays put across a change, and a time inside a spring-forward gap moves forward by the gap.
/// </summary>
public sealed record TodoRecurrence(string Rule, string TimeZone)
{
    public const int MaxRuleLength = 300;
    public const int MaxTimeZoneLength = 64;
    public const int MaxCount = 1000;
    public const int MaxInterval = 1000;

    // Ical.Net evaluates a series from its start; a bound keeps a mistaken rule from spinning a worker.
    private const int MaxOccurrencesScanned = 20_000;

    /// <summary>The recurrence a todo's columns hold; null without a rule. A rule stored without a zone is read in UTC.</summary>
    public static TodoRecurrence? FromColumns(string? rule, string? timeZone) => rule is null ? null : new TodoRecurrence(rule, timeZone ?? "UTC");

    private static readonly string[] AllowedParts = ["FREQ", "INTERVAL", "BYDAY", "BYMONTHDAY", "BYMONTH", "BYSETPOS", "COUNT", "UNTIL", "WKST"];
    private static readonly string[] AllowedFrequencies = ["DAILY", "WEEKLY", "MONTHLY", "YEARLY"];

    public RecurrencePattern Pattern() => new(Rule);

    /// <summary>
    /// Checks a rule and a zone; each problem goes to <paramref name="errors"/> under
    /// <c>recurrence.rule</c> or <c>recurrence.timeZone</c>, naming the rule part that is wrong.
    /// </summary>
    public static TodoRecurrence? Parse(string? rule, string? timeZone, Dictionary<string, string[]> errors)
    {
        var zone = string.IsNullOrWhiteSpace(timeZone) ? "UTC" : timeZone.Trim();
        if (zone.Length > MaxTimeZoneLength || zone.Contains('\0') || NodaTime.DateTimeZoneProviders.Tzdb.GetZoneOrNull(zone) is null)
        {
            errors[RecurrenceFieldNames.TimeZone] = ["Use an IANA time zone such as Europe/Berlin."];
        }
        var normalized = Normalize(rule);
        var ruleError = normalized is null ? "The rule is required, e.g. FREQ=WEEKLY;BYDAY=TH." : RuleError(normalized);
        if (ruleError is not null)
        {
            errors[RecurrenceFieldNames.Rule] = [ruleError];
        }
        return errors.ContainsKey(RecurrenceFieldNames.Rule) || errors.ContainsKey(RecurrenceFieldNames.TimeZone)
            ? null
            : new TodoRecurrence(normalized!, zone);
    }

    private static string? Normalize(string? rule)
    {
        var text = rule?.Trim().ToUpperInvariant();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }
        if (text.StartsWith("RRULE:", StringComparison.Ordinal))
        {
            text = text["RRULE:".Length..];
        }
        return text.TrimEnd(';');
    }

    private static string? RuleError(string rule)
    {
        if (rule.Length > MaxRuleLength)
        {
            return $"The rule must be at most {MaxRuleLength} characters.";
        }
        if (rule.Contains('\0'))
        {
            return TodoRules.NulMessage;
        }
        var parts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var part in rule.Split(';'))
        {
            var equals = part.IndexOf('=');
            if (equals <= 0 || equals == part.Length - 1)
            {
                return $"'{part}' is not NAME=VALUE.";
            }
            var name = part[..equals];
            if (!AllowedParts.Contains(name))
            {
                return $"{name} is not supported; use {string.Join(", ", AllowedParts)}.";
            }
            if (!parts.TryAdd(name, part[(equals + 1)..]))
            {
                return $"{name} is given twice.";
            }
            if (name != "FREQ" && PartError(name, "FREQ=DAILY;" + part) is { } partError)
            {
                return partError;
            }
        }
        if (!parts.TryGetValue("FREQ", out var frequency))
        {
            return "FREQ is required (DAILY, WEEKLY, MONTHLY or YEARLY).";
        }
        if (!AllowedFrequencies.Contains(frequency))
        {
            return "FREQ must be DAILY, WEEKLY, MONTHLY or YEARLY.";
        }
        if (parts.ContainsKey("COUNT") && parts.ContainsKey("UNTIL"))
        {
            return "COUNT and UNTIL cannot both be given.";
        }
        if (PartError("rule", rule) is { } ruleError)
        {
            return ruleError;
        }
        var pattern = new RecurrencePattern(rule);
        if (pattern.Count is > MaxCount)
        {
            return $"COUNT must be at most {MaxCount}.";
        }
        if (pattern.Interval > MaxInterval)
        {
            return $"INTERVAL must be at most {MaxInterval}.";
        }
        if (frequency is "DAILY" or "WEEKLY" && pattern.ByDay.Any(d => d.Offset is not null))
        {
            return $"BYDAY: a numbered day such as -1FR needs FREQ=MONTHLY or YEARLY.";
        }
        if (frequency == "WEEKLY" && pattern.ByMonthDay.Count > 0)
        {
            return "BYMONTHDAY cannot be used with FREQ=WEEKLY.";
        }
        return null;
    }

    private static string? PartError(string name, string rule)
    {
        try
        {
            _ = new RecurrencePattern(rule);
            return null;
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or OverflowException)
        {
            var message = ex is ArgumentException { ParamName: { } parameter } ? ex.Message.Replace($" (Parameter '{parameter}')", "") : ex.Message;
            return $"{name}: {message}";
        }
    }

    /// <summary>The series start (DTSTART) as stored: a local date, or a local date-time in <see cref="TimeZone"/>.</summary>
    public static string SeriesStartText(DateOnly date, TimeOnly? time) => time is { } t
        ? date.ToDateTime(t).ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture)
        : date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The wall-clock date and time of a due in this zone (an all-day due stays a date).</summary>
    public (DateOnly Date, TimeOnly? Time) LocalStart(TodoDue due)
    {
        if (due.Time is null)
        {
            return (due.Date, null);
        }
        var zone = NodaTime.DateTimeZoneProviders.Tzdb[TimeZone];
        var local = NodaTime.Instant.FromDateTimeUtc(due.SortKeyUtc).InZone(zone).LocalDateTime;
        return (DateOnly.FromDateTime(local.ToDateTimeUnspecified()), TimeOnly.FromDateTime(local.ToDateTimeUnspecified()));
    }

    public DateOnly Today(DateTime nowUtc) =>
        DateOnly.FromDateTime(NodaTime.Instant.FromDateTimeUtc(nowUtc).InZone(NodaTime.DateTimeZoneProviders.Tzdb[TimeZone]).LocalDateTime.ToDateTimeUnspecified());

    /// <summary>Occurrences of the series that starts at <paramref name="seriesStart"/>, as dues.</summary>
    public IEnumerable<TodoDue> Occurrences(string seriesStart)
    {
        var start = ParseStart(seriesStart);
        var pattern = Pattern();
        if (pattern.Until is { HasTime: false } untilDate && start.HasTime)
        {
            // A date-only UNTIL on a timed series means "through that day" in the series' zone.
            pattern.Until = new CalDateTime(untilDate.Date, new TimeOnly(23, 59, 59), TimeZone).ToTimeZone("UTC");
        }
        else if (pattern.Until is { HasTime: true } untilMoment && !start.HasTime)
        {
            pattern.Until = new CalDateTime(untilMoment.ToTimeZone(TimeZone).Date);
        }
        var series = new CalendarEvent { DtStart = start, RecurrenceRule = pattern };
        return series.GetOccurrences().Take(MaxOccurrencesScanned).Select(o => ToDue(o.Period.StartTime));
    }

    /// <summary>
    /// The occurrence that follows one due at <paramref name="after"/>, never in the past: an all-day one
    /// on or after today, a timed one after <paramref name="nowUtc"/>. <paramref name="skipped"/> counts the
    /// occurrences passed over because they were already past. Null when COUNT or UNTIL ended the series.
    /// </summary>
    public TodoDue? Next(string seriesStart, TodoDue? after, DateTime nowUtc, out int skipped)
    {
        skipped = 0;
        var today = Today(nowUtc);
        foreach (var occurrence in Occurrences(seriesStart))
        {
            if (after is { } previous && !IsAfter(occurrence, previous))
            {
                continue;
            }
            var future = occurrence.IsAllDay ? occurrence.Date >= today : occurrence.SortKeyUtc > nowUtc;
            if (future)
            {
                return occurrence;
            }
            skipped++;
        }
        return null;
    }

    /// <summary>The first occurrence on or after today: the due of a recurring todo created without one.</summary>
    public TodoDue? First(DateTime nowUtc) =>
        Occurrences(SeriesStartText(Today(nowUtc), null)).FirstOrDefault() is { Date.Year: > 1 } first ? first : null;

    private static bool IsAfter(TodoDue occurrence, TodoDue previous) =>
        occurrence.IsAllDay || previous.IsAllDay ? occurrence.Date > previous.Date : occurrence.SortKeyUtc > previous.SortKeyUtc;

    private CalDateTime ParseStart(string seriesStart) => seriesStart.Length == 10
        ? new CalDateTime(DateOnly.ParseExact(seriesStart, "yyyy-MM-dd", CultureInfo.InvariantCulture))
        : new CalDateTime(DateTime.ParseExact(seriesStart, "yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture), TimeZone, hasTime: true);

    private static TodoDue ToDue(CalDateTime occurrence)
    {
        if (!occurrence.HasTime)
        {
            return new TodoDue(occurrence.Date, null, TimeSpan.Zero);
        }
        var offset = occurrence.Value - occurrence.AsUtc;
        return new TodoDue(occurrence.Date, occurrence.Time, offset);
    }

    /// <summary>A short English description: "every Thursday", "every month on the last Friday".</summary>
    public string Summary() => RecurrenceSummary.Describe(Pattern());
}
