using System.Globalization;
using System.Text.RegularExpressions;

namespace TodoFunctions.Chat.Text;

/// <summary>
/// Clock times said the way people speak them — "half past four in the afternoon", "quarter to nine in the morning",
/// "ten past two", "twenty to seven in the evening" — rewritten as digits ("4:30pm", "8:45am", "2:10", "6:40pm") so the
/// date parser, the lexicon's TIME slot and the title cleaner read them like any typed time. Speech-to-text writes times
/// this way. Without a part of the day the time stays on the 24-hour clock, like a typed "2:10".
/// </summary>
public static partial class SpokenClock
{
    private static readonly string[] Hours = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

    private static readonly Dictionary<string, int> Minutes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["half"] = 30, ["quarter"] = 15, ["a quarter"] = 15, ["five"] = 5, ["ten"] = 10, ["twenty"] = 20,
        ["twenty five"] = 25, ["twenty-five"] = 25,
    };

    public static string Normalise(string text)
    {
        if (text.Contains(" past ", StringComparison.OrdinalIgnoreCase) || text.Contains(" to ", StringComparison.OrdinalIgnoreCase)
            || text.Contains(" after ", StringComparison.OrdinalIgnoreCase))
        {
            text = SpokenTimeRegex().Replace(text, Rewrite);
        }

        // "at seven thirty in the morning", "by eleven forty-five": hour then minutes, both in words (a letter writer
        // spells numbers out). Only a cheap substring test guards the regex, since most messages have no such time.
        return text.Contains("ty", StringComparison.OrdinalIgnoreCase) || text.Contains("teen", StringComparison.OrdinalIgnoreCase)
            || text.Contains(" ten", StringComparison.OrdinalIgnoreCase) || text.Contains(" oh ", StringComparison.OrdinalIgnoreCase)
            ? HourMinuteWordsRegex().Replace(text, RewriteHourMinute)
            : text;
    }

    private static readonly Dictionary<string, int> MinuteWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ten"] = 10, ["fifteen"] = 15, ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50,
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9,
    };

    private static string RewriteHourMinute(Match m)
    {
        // "two twenty tickets", "one fifty dollars": words alone are a count or a price; a time needs "at" or a part of the day.
        if (!m.Groups["at"].Success && !m.Groups["p"].Success)
        {
            return m.Value;
        }

        var hour = Array.FindIndex(Hours, h => h.Equals(m.Groups["h"].Value, StringComparison.OrdinalIgnoreCase)) + 1;
        var minutes = (m.Groups["tens"].Success ? MinuteWords[m.Groups["tens"].Value] : 0)
            + (m.Groups["ones"].Success ? MinuteWords[m.Groups["ones"].Value] : 0);
        var suffix = m.Groups["p"].Value.ToLowerInvariant() switch
        {
            "morning" => "am",
            "afternoon" or "evening" => "pm",
            "night" => hour is >= 6 and < 12 ? "pm" : "am",
            _ => "",
        };
        return string.Create(CultureInfo.InvariantCulture, $"{m.Groups["at"].Value}{hour}:{minutes:00}{suffix}");
    }

    private static string Rewrite(Match m)
    {
        // "five to ten apples", "ten after two weeks" are counts; "to"/"after" is a time only with "at", "o'clock" or a part of the day.
        if (!m.Groups["dir"].Value.Equals("past", StringComparison.OrdinalIgnoreCase)
            && !m.Groups["at"].Success && !m.Groups["oc"].Success && !m.Groups["p"].Success)
        {
            return m.Value;
        }

        var hourText = m.Groups["h"].Value;
        var hour = int.TryParse(hourText, CultureInfo.InvariantCulture, out var digits)
            ? digits
            : Array.FindIndex(Hours, h => h.Equals(hourText, StringComparison.OrdinalIgnoreCase)) + 1;
        var minutes = Minutes[Regex.Replace(m.Groups["m"].Value.Trim(), @"\s+", " ")];
        if (m.Groups["dir"].Value.Equals("to", StringComparison.OrdinalIgnoreCase))
        {
            minutes = 60 - minutes;
            hour = hour == 1 ? 12 : hour - 1;
        }

        var part = m.Groups["p"].Value.ToLowerInvariant();
        var suffix = part switch
        {
            "morning" => "am",
            "afternoon" or "evening" => "pm",
            "night" => hour is >= 6 and < 12 ? "pm" : "am",
            _ => "",
        };
        return string.Create(CultureInfo.InvariantCulture, $"{m.Groups["at"].Value}{hour}:{minutes:00}{suffix}");
    }

    // The hour is 1–12 in words or digits; "past"/"after" add the minutes, "to" takes them from the next hour.
    [GeneratedRegex(@"(?<at>\b(?:at|by|around|before|until|from)\s+)?\b(?<m>half|(?:a\s+)?quarter|twenty[\s-]five|twenty|ten|five)(?:\s+minutes)?\s+(?<dir>past|after|to)\s+(?<h>one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[1-9]|1[0-2])\b(?!\s*(?:[:.]\d|days?|weeks?|months?|years?|hours?|minutes?|people|of\b))(?<oc>\s+o'?clock)?(?:\s+(?:in\s+the\s+(?<p>morning|afternoon|evening)|at\s+(?<p>night)))?", RegexOptions.IgnoreCase)]
    private static partial Regex SpokenTimeRegex();

    // "seven thirty", "eleven forty-five", "nine oh five", "ten fifteen": the hour word, then the minutes in words.
    [GeneratedRegex(@"(?<at>\b(?:at|by|around|before|until|from)\s+)?\b(?<h>one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:(?<tens>twenty|thirty|forty|fifty)(?:[\s-](?<ones>one|two|three|four|five|six|seven|eight|nine))?|(?<tens>ten|fifteen)|(?:oh|o)[\s-](?<ones>one|two|three|four|five|six|seven|eight|nine))\b(?!\s*(?:[:.]\d|days?|weeks?|months?|years?|hours?|minutes?|people|dollars?|of\b|-))(?:\s+(?:in\s+the\s+(?<p>morning|afternoon|evening)|at\s+(?<p>night)))?", RegexOptions.IgnoreCase)]
    private static partial Regex HourMinuteWordsRegex();
}
