using System.Globalization;
using System.Text.Json;

namespace TodoFunctions.ChatEval.Cases;

/// <summary>
/// A case's "repeats": {"freq": "weekly", "interval": 2, "byday": ["mo", "th"], "bymonthday": [1]} — a repeating
/// task's RFC 5545 rule by its parts. In setup it becomes the task's rule; in a matcher every part it names must
/// hold (byday and bymonthday as sets), and "repeats": null means the task must not repeat.
/// </summary>
public sealed record RepeatSpec(string Freq, int? Interval, IReadOnlyList<string>? ByDay, IReadOnlyList<int>? ByMonthDay)
{
    public static RepeatSpec? Parse(JsonElement e)
    {
        if (e.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        var freq = e.TryGetProperty("freq", out var f) ? f.GetString() ?? "" : throw new FormatException("repeats without freq");
        int? interval = e.TryGetProperty("interval", out var i) ? i.GetInt32() : null;
        IReadOnlyList<string>? byDay = e.TryGetProperty("byday", out var d) ? [.. d.EnumerateArray().Select(x => x.GetString()!.ToUpperInvariant())] : null;
        IReadOnlyList<int>? byMonthDay = e.TryGetProperty("bymonthday", out var m) ? [.. m.EnumerateArray().Select(x => x.GetInt32())] : null;
        return new RepeatSpec(freq.ToUpperInvariant(), interval, byDay, byMonthDay);
    }

    public string ToRule()
    {
        var parts = new List<string> { "FREQ=" + Freq };
        if (Interval is > 1) parts.Add("INTERVAL=" + Interval.Value.ToString(CultureInfo.InvariantCulture));
        if (ByDay is { Count: > 0 }) parts.Add("BYDAY=" + string.Join(',', ByDay));
        if (ByMonthDay is { Count: > 0 }) parts.Add("BYMONTHDAY=" + string.Join(',', ByMonthDay));
        return string.Join(';', parts);
    }

    public bool Matches(string? rule)
    {
        if (rule is null)
        {
            return false;
        }

        var parts = rule.Split(';', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split('=', 2)).Where(p => p.Length == 2)
            .ToDictionary(p => p[0].Trim().ToUpperInvariant(), p => p[1].Trim().ToUpperInvariant());
        if (parts.GetValueOrDefault("FREQ") != Freq)
        {
            return false;
        }

        if (Interval is { } interval && (int.TryParse(parts.GetValueOrDefault("INTERVAL"), CultureInfo.InvariantCulture, out var actual) ? actual : 1) != interval)
        {
            return false;
        }

        if (ByDay is not null && !ByDay.ToHashSet().SetEquals(parts.GetValueOrDefault("BYDAY")?.Split(',') ?? []))
        {
            return false;
        }

        return ByMonthDay is null || ByMonthDay.Select(n => n.ToString(CultureInfo.InvariantCulture)).ToHashSet()
            .SetEquals(parts.GetValueOrDefault("BYMONTHDAY")?.Split(',') ?? []);
    }

    public override string ToString() => ToRule();
}
