using System.Globalization;

namespace TodoFunctions.ChatEval.Cases;

/// <summary>The harness clock: the run date plus the case's local "now" (default 10:00) in the case's time zone.</summary>
public static class CaseClock
{
    public static DateTimeOffset NowFor(Case c, DateOnly runDate)
    {
        var zone = FindZone(c.TimeZoneId);
        var time = c.Now is { Length: > 0 } text ? TimeOnly.ParseExact(text, "HH:mm", CultureInfo.InvariantCulture) : new TimeOnly(10, 0);
        return ToInstant(runDate.ToDateTime(time), zone);
    }

    /// <summary>Local wall time to an instant; a time skipped by a DST jump moves forward, an ambiguous one takes the earlier instant.</summary>
    public static DateTimeOffset ToInstant(DateTime local, TimeZoneInfo zone)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        while (zone.IsInvalidTime(unspecified))
        {
            unspecified = unspecified.AddMinutes(30);
        }

        var offset = zone.IsAmbiguousTime(unspecified) ? zone.GetAmbiguousTimeOffsets(unspecified).Max() : zone.GetUtcOffset(unspecified);
        return new DateTimeOffset(unspecified, offset);
    }

    public static TimeZoneInfo FindZone(string id)
    {
        return TimeZoneInfo.FindSystemTimeZoneById(id);
    }
}
