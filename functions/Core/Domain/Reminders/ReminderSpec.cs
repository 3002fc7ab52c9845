using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace TodoFunctions.Core.Domain.Reminders;

/// <summary>
/// One reminder a todo carries: at a moment (<c>{"at": "2026-12-05T17:00:00Z"}</c>) or a duration before its
/// due (<c>{"before": "PT1H"}</c>). Stored on the todo as text (<c>at:2026-12-05T17:00:00Z</c>,
/// <c>before:PT1H</c>); the <c>reminders</c> table holds when each one fires.
/// </summary>
public sealed record ReminderSpec(DateTime? At, TimeSpan? Before, string? BeforeText)
{
    public const int MaxPerTodo = 5;
    public const string AtKind = "at";
    public const string BeforeKind = "before";

    // Longer than any sensible lead time, short enough that "before" arithmetic never leaves DateTime's range.
    public static readonly TimeSpan MaxBefore = TimeSpan.FromDays(366);

    public string Kind => At is null ? BeforeKind : AtKind;

    /// <summary>When it fires for a todo due at <paramref name="dueUtc"/>; null when it is relative and there is no due.</summary>
    public DateTime? FireAt(DateTime? dueUtc) => At ?? (dueUtc is { } due ? due - Before!.Value : null);

    public string ToText() => At is { } at ? $"{AtKind}:{FormatInstant(at)}" : $"{BeforeKind}:{BeforeText}";

    public static ReminderSpec FromText(string text) =>
        text.StartsWith(AtKind + ":", StringComparison.Ordinal)
            ? new ReminderSpec(DateTime.Parse(text[(AtKind.Length + 1)..], CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal), null, null)
            : FromBefore(text[(BeforeKind.Length + 1)..]);

    private static ReminderSpec FromBefore(string iso)
    {
        TryParseDuration(iso, out var duration);
        return new ReminderSpec(null, duration, iso);
    }

    /// <summary>The absolute reminder moved by <paramref name="shift"/> (the next occurrence of a series); relative ones stay.</summary>
    public ReminderSpec Shifted(TimeSpan shift) => At is { } at ? this with { At = at + shift } : this;

    public static string FormatInstant(DateTime utc) => utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>
    /// An ISO-8601 duration of days, hours, minutes and seconds (<c>PT1H</c>, <c>P1DT2H</c>, <c>PT10M</c>).
    /// Months and years are refused: their length depends on the date.
    /// </summary>
    public static bool TryParseDuration(string? text, out TimeSpan duration)
    {
        duration = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }
        var parsed = PeriodPattern.NormalizingIso.Parse(text.Trim());
        if (!parsed.Success || parsed.Value.Years != 0 || parsed.Value.Months != 0)
        {
            return false;
        }
        duration = parsed.Value.ToDuration().ToTimeSpan();
        return true;
    }

    /// <summary>Validates the reminders of a request; errors name the item and its field (<c>reminders[1].before</c>).</summary>
    public static List<ReminderSpec>? Parse(IReadOnlyList<Contracts.ReminderFields?>? raw, string field, Dictionary<string, string[]> errors)
    {
        if (raw is null)
        {
            return null;
        }
        if (raw.Count > MaxPerTodo)
        {
            errors[field] = [$"At most {MaxPerTodo} reminders per todo."];
            return null;
        }
        var specs = new List<ReminderSpec>();
        for (var i = 0; i < raw.Count; i++)
        {
            var item = raw[i];
            var name = $"{field}[{i}]";
            if (item is null || (item.At is null) == (item.Before is null))
            {
                errors[name] = ["Give exactly one of at (a date-time with offset) or before (an ISO-8601 duration such as PT1H)."];
                continue;
            }
            if (item.At is { } at)
            {
                var normalized = at.Trim().EndsWith('Z') ? at.Trim()[..^1] + "+00:00" : at.Trim();
                if (!DateTimeOffset.TryParseExact(normalized, ["yyyy-MM-dd'T'HH:mmzzz", "yyyy-MM-dd'T'HH:mm:sszzz", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz"],
                        CultureInfo.InvariantCulture, DateTimeStyles.None, out var moment))
                {
                    errors[$"{name}.at"] = ["Use a date-time with offset (2026-12-05T17:00:00Z)."];
                    continue;
                }
                var utc = moment.UtcDateTime;
                specs.Add(new ReminderSpec(new DateTime(utc.Ticks - utc.Ticks % TimeSpan.TicksPerSecond, DateTimeKind.Utc), null, null));
            }
            else if (!TryParseDuration(item.Before, out var before) || before < TimeSpan.Zero || before > MaxBefore)
            {
                errors[$"{name}.before"] = ["Use an ISO-8601 duration of at most 366 days (PT0S at the due, PT10M, PT1H, P1D); months, years and negative durations are not allowed."];
            }
            else
            {
                // Zero is "at the due" (what chat makes of "remind me to call mum at 6pm").
                specs.Add(new ReminderSpec(null, before, before == TimeSpan.Zero ? "PT0S" : Period.FromTicks(before.Ticks).Normalize().ToString()));
            }
        }
        return [.. specs.DistinctBy(s => s.ToText())];
    }
}
