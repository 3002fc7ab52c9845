namespace TodoFunctions.Replay;

/// <summary>Durations ("90s", "5m", "2h", "1d") and moments (ISO 8601, or a duration meaning "that long ago").</summary>
public static class TimeArguments
{
    public static TimeSpan? Duration(string? text, string option)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        var unit = text[^1];
        if (char.IsLetter(unit) && double.TryParse(text[..^1], NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && n >= 0)
        {
            return unit switch
            {
                's' => TimeSpan.FromSeconds(n),
                'm' => TimeSpan.FromMinutes(n),
                'h' => TimeSpan.FromHours(n),
                'd' => TimeSpan.FromDays(n),
                _ => throw Bad(option, text),
            };
        }
        return TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var span) ? span : throw Bad(option, text);
    }

    public static DateTimeOffset? Moment(string? text, string option, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var moment))
        {
            return moment;
        }
        return now - (Duration(text, option) ?? TimeSpan.Zero);
    }

    private static ToolException Bad(string option, string text) =>
        new($"{option}: \"{text}\" is neither a duration (90s, 5m, 2h, 1d) nor an ISO 8601 time.", ExitCodes.Usage);
}
