using System.Globalization;

namespace TodoFunctions.Chat.Replies;

/// <summary>"every Monday and Thursday" for an RFC 5545 rule, so replies never show the rule's text.</summary>
public static class RepeatSummary
{
    private static readonly Dictionary<string, string> Days = new(StringComparer.OrdinalIgnoreCase)
    {
        ["MO"] = "Monday", ["TU"] = "Tuesday", ["WE"] = "Wednesday", ["TH"] = "Thursday", ["FR"] = "Friday", ["SA"] = "Saturday", ["SU"] = "Sunday",
    };

    public static string Describe(string rule)
    {
        var parts = rule.Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2))
            .Where(p => p.Length == 2)
            .ToDictionary(p => p[0].Trim().ToUpperInvariant(), p => p[1].Trim(), StringComparer.OrdinalIgnoreCase);
        var freq = parts.GetValueOrDefault("FREQ", "").ToUpperInvariant();
        var interval = int.TryParse(parts.GetValueOrDefault("INTERVAL"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 1 ? n : 1;
        var byDay = parts.GetValueOrDefault("BYDAY")?.Split(',', StringSplitOptions.RemoveEmptyEntries) ?? [];
        var byMonthDay = parts.GetValueOrDefault("BYMONTHDAY");

        if (freq == "WEEKLY" && byDay.Length > 0)
        {
            var set = byDay.Select(d => d.ToUpperInvariant()).ToHashSet();
            var days = set.SetEquals(["MO", "TU", "WE", "TH", "FR"]) ? "weekday"
                : set.SetEquals(["SA", "SU"]) ? "weekend"
                : Join(byDay.Select(d => Days.GetValueOrDefault(d, d)));
            return interval > 1 ? $"every {Ordinal(interval)} week on {days}" : "every " + days;
        }

        var unit = freq switch { "DAILY" => "day", "WEEKLY" => "week", "MONTHLY" => "month", "YEARLY" => "year", _ => null };
        if (unit is null)
        {
            return "on a schedule";
        }

        var every = interval == 2 ? "every other " + unit : interval > 2 ? $"every {interval} {unit}s" : "every " + unit;
        if (freq == "MONTHLY" && byMonthDay is not null)
        {
            return every + " on the " + (byMonthDay == "-1" ? "last day" : Join(byMonthDay.Split(',').Select(d => int.TryParse(d, out var day) ? Ordinal(day) : d)));
        }

        if (freq == "MONTHLY" && byDay.Length == 1 && byDay[0].Length > 2)
        {
            var code = byDay[0][^2..];
            var position = byDay[0][..^2];
            var which = position == "-1" ? "last" : int.TryParse(position, out var p) ? Ordinal(p) : position;
            return $"{every} on the {which} {Days.GetValueOrDefault(code, code)}";
        }

        return every;
    }

    private static string Join(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count <= 1 ? string.Concat(list) : string.Join(", ", list.Take(list.Count - 1)) + " and " + list[^1];
    }

    private static string Ordinal(int n) => n + ((n % 100) is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" });
}
