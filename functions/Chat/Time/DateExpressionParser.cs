using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using TodoFunctions.Chat.Text;

namespace TodoFunctions.Chat.Time;

/// <summary>
/// Finds date and time phrases ("tomorrow at 6pm", "on fri", "in three days", "dec 31", "2027-04-15", "tonight at 9")
/// and resolves them against the user's local clock following the conventions.
/// </summary>
public static partial class DateExpressionParser
{
    private const string Lead = @"(?:(?:on|by|for|until|till|before|due|from|at|starting|this\s+coming|coming)\s+)*";
    internal const string Months = "january|jan|february|feb|march|mar|april|apr|may|june|jun|july|jul|august|aug|september|sept|sep|october|oct|november|nov|december|dec";
    private const string Weekdays = "monday|mon|tuesday|tues|tue|wednesday|wed|thursday|thurs|thur|thu|friday|fri|saturday|sat|sunday|sun";

    // Whether words are a date at all does not depend on the day they are said; any fixed "now" answers it.
    private static readonly LocalNow ProbeNow = new(new DateOnly(2026, 1, 1), new TimeOnly(10, 0));

    /// <summary>Whether the whole text is a date or a time ("on friday", "tonight at 8", "nov 3") and nothing else.</summary>
    public static bool IsWholeDateOrTime(string text)
    {
        var parsed = Parse(text, ProbeNow);
        return (parsed.Date is not null || parsed.Time is not null) && !parsed.Remainder.Any(char.IsLetterOrDigit);
    }

    /// <summary>Whether the text holds a date or a time anywhere ("the shifts one" does not; "the dentist friday" does).</summary>
    public static bool ContainsDateOrTime(string text) => !Parse(text, ProbeNow).IsEmpty;

    public static DateExpression Parse(string text, LocalNow now)
    {
        var work = new StringBuilder(SpelledNumbers(text));
        DateOnly? date = null;
        TimeOnly? time = null;
        TimeOnly? partTime = null;
        var namedDay = false;
        var evening = false;
        var afternoon = false;

        bool Take(Regex regex, Func<Match, bool> handle)
        {
            foreach (Match match in regex.Matches(work.ToString()))
            {
                if (handle(match))
                {
                    for (var i = match.Index; i < match.Index + match.Length; i++)
                    {
                        work[i] = ' ';
                    }

                    return true;
                }
            }

            return false;
        }

        Take(IsoDateRegex(), m =>
        {
            if (DateOnly.TryParse($"{m.Groups["y"].Value}-{m.Groups["m"].Value.PadLeft(2, '0')}-{m.Groups["d"].Value.PadLeft(2, '0')}", System.Globalization.CultureInfo.InvariantCulture, out var d))
            {
                date = d;
                return true;
            }

            return false;
        });

        if (date is null)
        {
            Take(MonthDayRegex(), m => TrySetMonthDay(m, now, ref date));
        }

        if (date is null)
        {
            Take(DayMonthRegex(), m => TrySetMonthDay(m, now, ref date));
        }

        if (date is null)
        {
            Take(DayOfMonthRegex(), m =>
            {
                var day = int.Parse(m.Groups["d"].Value, System.Globalization.CultureInfo.InvariantCulture);
                if (day is < 1 or > 31)
                {
                    return false;
                }

                // "the 30th" = the next such day on or after today, skipping months that lack it.
                var month = new DateOnly(now.Today.Year, now.Today.Month, 1);
                for (var i = 0; i < 14; i++, month = month.AddMonths(1))
                {
                    if (day <= DateTime.DaysInMonth(month.Year, month.Month) && new DateOnly(month.Year, month.Month, day) >= now.Today)
                    {
                        date = new DateOnly(month.Year, month.Month, day);
                        return true;
                    }
                }

                return false;
            });
        }

        if (date is null)
        {
            Take(DayAfterTomorrowRegex(), _ =>
            {
                date = now.Today.AddDays(2);
                return true;
            });
        }

        if (date is null)
        {
            Take(RelativeRegex(), m =>
            {
                var n = NumberWords.Parse(m.Groups["n"].Success ? m.Groups["n"].Value : "1");
                if (n is null)
                {
                    return false;
                }

                var unit = m.Groups["u"].Value.ToLowerInvariant();
                if (unit.StartsWith('h') || unit.StartsWith("min", StringComparison.Ordinal))
                {
                    var at = now.Today.ToDateTime(now.Time).AddMinutes(unit.StartsWith('h') ? n.Value * 60 : n.Value);
                    date = DateOnly.FromDateTime(at);
                    time = new TimeOnly(at.Hour, at.Minute);
                    return true;
                }

                date = unit.StartsWith("month", StringComparison.Ordinal) ? now.Today.AddMonths(n.Value)
                    : unit.StartsWith("week", StringComparison.Ordinal) ? now.Today.AddDays(7 * n.Value)
                    : unit.StartsWith("fortnight", StringComparison.Ordinal) ? now.Today.AddDays(14 * n.Value)
                    : now.Today.AddDays(n.Value);
                return true;
            });
        }

        if (date is null)
        {
            Take(TomorrowRegex(), m =>
            {
                date = now.Today.AddDays(1);
                SetPart(m.Groups["p"].Value, ref partTime, ref evening, ref afternoon);
                return true;
            });
        }

        if (date is null)
        {
            Take(TodayRegex(), m =>
            {
                date = now.Today;
                var word = m.Groups["w"].Value.ToLowerInvariant();
                if (word == "tonight")
                {
                    namedDay = true;
                    SetPart("evening", ref partTime, ref evening, ref afternoon);
                }
                else if (m.Groups["p"].Success)
                {
                    namedDay = true;
                    SetPart(m.Groups["p"].Value, ref partTime, ref evening, ref afternoon);
                }

                return true;
            });
        }

        if (date is null)
        {
            Take(NextWeekRegex(), _ =>
            {
                date = LocalNow.NextMonday(now.Today);
                return true;
            });
        }

        if (date is null)
        {
            Take(WeekendRegex(), _ =>
            {
                date = now.Today.DayOfWeek == DayOfWeek.Saturday ? now.Today : LocalNow.NextWeekdayAfter(now.Today, DayOfWeek.Saturday);
                return true;
            });
        }

        if (date is null)
        {
            Take(NextMonthRegex(), _ =>
            {
                var next = now.Today.AddMonths(1);
                date = new DateOnly(next.Year, next.Month, 1);
                return true;
            });
        }

        if (date is null)
        {
            // "a week from friday", "two weeks after tuesday": that weekday's next occurrence, then whole weeks on.
            Take(WeeksFromWeekdayRegex(), m =>
            {
                var weeks = NumberWords.Parse(m.Groups["n"].Value) ?? 1;
                date = LocalNow.NextWeekdayAfter(now.Today, ParseWeekday(m.Groups["wd"].Value.ToLowerInvariant())).AddDays(7 * weeks);
                return true;
            });
        }

        if (date is null)
        {
            Take(WeekdayRegex(), m =>
            {
                var word = m.Groups["wd"].Value.ToLowerInvariant();
                var hasLead = m.Groups["lead"].Value.Trim().Length > 0;
                // Short forms that are also ordinary words only count after a preposition.
                // ("add team lunch wed at 12:30" still means Wednesday: a time or a part of the day follows, or the phrase ends the text.)
                var rest = work.ToString()[(m.Index + m.Length)..];
                // "remind me mon morning to …": a part of the day said with it counts as a time.
                var timeOrEnd = (m.Groups["p"].Success || ShortWeekdayContextRegex().IsMatch(rest)) && word != "sun";
                if (!hasLead && !timeOrEnd && word is "sat" or "sun" or "wed" or "mon")
                {
                    return false;
                }

                date = LocalNow.NextWeekdayAfter(now.Today, ParseWeekday(word));
                SetPart(m.Groups["p"].Value, ref partTime, ref evening, ref afternoon);
                return true;
            });
        }

        // "9 in the morning", "7 in the evening", "10 at night": an hour said with its part of the day.
        Take(HourOfPartRegex(), m =>
        {
            var hour = int.Parse(m.Groups["h"].Value, System.Globalization.CultureInfo.InvariantCulture);
            var minute = m.Groups["mi"].Success ? int.Parse(m.Groups["mi"].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
            if (hour is < 1 or > 12 || minute > 59 || time is not null)
            {
                return false;
            }

            var later = !m.Groups["p"].Value.StartsWith("morning", StringComparison.OrdinalIgnoreCase);
            time = new TimeOnly(hour % 12 + (later ? 12 : 0), minute);
            return true;
        });

        Take(PartOfDayRegex(), m =>
        {
            if (partTime is not null)
            {
                return false;
            }

            // "the night shifts", "my missing night enhancements", "a morning person": a bare part of the day followed by a
            // noun is a modifier of that noun, not a time ("at night", "in the evening", "call Jo tonight" still are).
            if (!m.Groups["lead"].Success && PartModifierFollowerRegex().IsMatch(work.ToString(), m.Index + m.Length))
            {
                return false;
            }

            // "the parents evening at Callum's school", "quiz night": a part of the day right after a word that is no day, article or
            // preposition names the event ("tomorrow evening", "on the evening", "late evening" still are times).
            var before = work.ToString(Math.Max(0, m.Index - 40), Math.Min(40, m.Index));
            if (!m.Groups["lead"].Success && EventNameBeforeRegex().IsMatch(before))
            {
                return false;
            }

            // "book a room for the night", "on the ward all night", "the whole morning": a stretch of time, not a due time.
            if (!m.Groups["lead"].Success && PartStretchBeforeRegex().IsMatch(before)
                && (m.Groups["p"].Value.Equals("night", StringComparison.OrdinalIgnoreCase) || !PartForTheBeforeRegex().IsMatch(before)))
            {
                return false;
            }

            SetPart(m.Groups["p"].Value, ref partTime, ref evening, ref afternoon);
            return true;
        });

        Take(AmPmTimeRegex(), m =>
        {
            var hour = int.Parse(m.Groups["h"].Value, System.Globalization.CultureInfo.InvariantCulture);
            var minute = m.Groups["mi"].Success ? int.Parse(m.Groups["mi"].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
            if (hour is < 1 or > 12 || minute > 59)
            {
                return false;
            }

            var pm = m.Groups["ap"].Value.StartsWith('p') || m.Groups["ap"].Value.StartsWith('P');
            hour = hour % 12 + (pm ? 12 : 0);
            time = new TimeOnly(hour, minute);
            return true;
        });

        if (time is null)
        {
            Take(ClockTimeRegex(), m => TrySetClock(m, evening, afternoon, ref time));
        }

        if (time is null)
        {
            Take(AtHourRegex(), m => TrySetClock(m, evening, afternoon, ref time));
        }

        if (time is null)
        {
            Take(NoonRegex(), m =>
            {
                time = m.Value.Contains("midnight", StringComparison.OrdinalIgnoreCase) ? new TimeOnly(23, 59) : new TimeOnly(12, 0);
                return true;
            });
        }

        time ??= partTime;
        var remainder = Collapse(work.ToString());
        return new DateExpression(date, time, namedDay, remainder);
    }

    public static DayOfWeek ParseWeekday(string word)
    {
        var w = word.ToLowerInvariant();
        return w[..2] switch
        {
            "mo" => DayOfWeek.Monday,
            "tu" => DayOfWeek.Tuesday,
            "we" => DayOfWeek.Wednesday,
            "th" => DayOfWeek.Thursday,
            "fr" => DayOfWeek.Friday,
            "sa" => DayOfWeek.Saturday,
            _ => DayOfWeek.Sunday,
        };
    }

    public static int ParseMonth(string word)
    {
        var w = word.ToLowerInvariant();
        return w[..3] switch
        {
            "jan" => 1, "feb" => 2, "mar" => 3, "apr" => 4, "may" => 5, "jun" => 6,
            "jul" => 7, "aug" => 8, "sep" => 9, "oct" => 10, "nov" => 11, _ => 12,
        };
    }

    public static string Collapse(string text)
    {
        var collapsed = SpacesRegex().Replace(text, " ").Trim();
        collapsed = SpaceBeforePunctuationRegex().Replace(collapsed, "$1");
        return collapsed;
    }

    private static bool TrySetMonthDay(Match m, LocalNow now, ref DateOnly? date)
    {
        var month = ParseMonth(m.Groups["m"].Value);
        var day = int.Parse(m.Groups["d"].Value, System.Globalization.CultureInfo.InvariantCulture);
        if (day is < 1 or > 31)
        {
            return false;
        }

        if (m.Groups["y"].Success)
        {
            var year = int.Parse(m.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture);
            if (day > DateTime.DaysInMonth(year, month))
            {
                return false;
            }

            date = new DateOnly(year, month, day);
            return true;
        }

        // Next occurrence on or after today; Feb 29 waits for the next leap year.
        for (var year = now.Today.Year; year <= now.Today.Year + 8; year++)
        {
            if (day <= DateTime.DaysInMonth(year, month))
            {
                var candidate = new DateOnly(year, month, day);
                if (candidate >= now.Today)
                {
                    date = candidate;
                    return true;
                }
            }
        }

        return false;
    }

    private static bool TrySetClock(Match m, bool evening, bool afternoon, ref TimeOnly? time)
    {
        var hour = int.Parse(m.Groups["h"].Value, System.Globalization.CultureInfo.InvariantCulture);
        var minute = m.Groups["mi"].Success ? int.Parse(m.Groups["mi"].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
        if (hour > 23 || minute > 59)
        {
            return false;
        }

        // After tonight/evening/afternoon a small hour means pm ("tonight at 9" = 21:00); otherwise the 24-hour clock.
        if ((evening || afternoon) && hour is >= 1 and <= 11)
        {
            hour += 12;
        }

        time = new TimeOnly(hour, minute);
        return true;
    }

    private static void SetPart(string part, ref TimeOnly? partTime, ref bool evening, ref bool afternoon)
    {
        switch (part.ToLowerInvariant())
        {
            case "morning":
                partTime = new TimeOnly(9, 0);
                break;
            case "afternoon":
                partTime = new TimeOnly(15, 0);
                afternoon = true;
                break;
            case "evening":
            case "night":
                partTime = new TimeOnly(20, 0);
                evening = true;
                break;
            case "noon":
            case "midday":
            case "lunchtime":
                partTime = new TimeOnly(12, 0);
                break;
        }
    }

    [GeneratedRegex(@"\b(?:(?:on|by|for|until|before|due)\s+)?(?<y>\d{4})-(?<m>\d{1,2})-(?<d>\d{1,2})\b", RegexOptions.IgnoreCase)]
    private static partial Regex IsoDateRegex();

    // "dec 31", "march the 1st"; not "15 dec 18:00", where the number after the month is the hour.
    [GeneratedRegex(@"\b" + Lead + @"(?:the\s+)?(?<m>" + Months + @")\.?\s+(?:the\s+)?(?<d>\d{1,2})(?:st|nd|rd|th)?\b(?![:.]\d)(?:,?\s+(?<y>\d{4})\b)?", RegexOptions.IgnoreCase)]
    private static partial Regex MonthDayRegex();

    [GeneratedRegex(@"\b" + Lead + @"(?:the\s+)?(?<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<m>" + Months + @")\b\.?(?:,?\s+(?<y>\d{4})\b)?", RegexOptions.IgnoreCase)]
    private static partial Regex DayMonthRegex();

    // "the 2nd one", "the 3rd task on the list": an ordinal before a noun of the list is a position, never a day of the month.
    [GeneratedRegex(@"\b(?:(?:on|by|for|before|until|till|due)\s+)?the\s+(?<d>\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?(?:month|century|floor|time|anniversary|birthday|one|ones|task|item|thing|entry|on\s+(?:the|my)\s+list))", RegexOptions.IgnoreCase)]
    private static partial Regex DayOfMonthRegex();

    [GeneratedRegex(@"\b" + Lead + @"(?:the\s+)?day\s+after\s+tomorrow\b|\bovermorrow\b", RegexOptions.IgnoreCase)]
    private static partial Regex DayAfterTomorrowRegex();

    [GeneratedRegex(@"\b(?:(?:in|within|after)\s+(?<n>" + NumberWords.Pattern + @")\s+(?<u>days?|weeks?|fortnights?|months?|hours?|hrs?|minutes?|mins?)\b(?:\s+from\s+(?:now|today))?|(?<n>" + NumberWords.Pattern + @")\s+(?<u>days?|weeks?|fortnights?|months?)\s+from\s+(?:now|today)\b|(?:in|within)\s+(?<u>a\s+day|a\s+week|a\s+month|an\s+hour)\b|over\s+(?<n>" + NumberWords.Pattern + @")\s+(?<u>days?|weeks?|months?)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex RelativeRegex();

    [GeneratedRegex(@"\b" + Lead + @"tomorrow\b(?:\s+(?:in\s+the\s+)?(?<p>morning|afternoon|evening|night))?", RegexOptions.IgnoreCase)]
    private static partial Regex TomorrowRegex();

    [GeneratedRegex(@"\b(?:(?:by\s+)?(?:the\s+)?(?<w>end)\s+of\s+(?:the\s+)?(?:day|today)|(?:by\s+)?(?<w>eod)|(?<w>tonight)|(?:later\s+)?(?<w>this)\s+(?<p>morning|afternoon|evening)|" + Lead + @"(?:later\s+)?(?<w>today)(?:\s+(?:in\s+the\s+)?(?<p>morning|afternoon|evening))?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TodayRegex();

    [GeneratedRegex(@"\b(?:(?:by|for|until|due|in)\s+)?(?:sometime\s+)?next\s+week\b", RegexOptions.IgnoreCase)]
    private static partial Regex NextWeekRegex();

    [GeneratedRegex(@"\b(?:(?:on|by|for|over|at|until)\s+)?(?:this|the)\s+weekend\b", RegexOptions.IgnoreCase)]
    private static partial Regex WeekendRegex();

    [GeneratedRegex(@"\b(?:(?:by|for|until|due|in)\s+)?next\s+month\b", RegexOptions.IgnoreCase)]
    private static partial Regex NextMonthRegex();

    // British "Tuesday next" is "next Tuesday" (the weekday's next occurrence); "Tuesday next week" is left to the week patterns.
    [GeneratedRegex(@"\b(?<lead>(?:(?:on|by|for|until|till|before|due|this|next|coming|to|from|starting)\s+)*)(?<wd>" + Weekdays + @")\b\.?(?:\s+next\b(?!\s+(?:week|month|year|time|to|door)\b))?(?:\s+(?:in\s+the\s+)?(?<p>morning|afternoon|evening|night))?", RegexOptions.IgnoreCase)]
    private static partial Regex WeekdayRegex();

    [GeneratedRegex(@"\b(?:(?:on|by|for|due)\s+)?(?<n>" + NumberWords.Pattern + @")\s+weeks?\s+(?:from|after)\s+(?:this\s+|next\s+)?(?<wd>" + Weekdays + @")\b", RegexOptions.IgnoreCase)]
    private static partial Regex WeeksFromWeekdayRegex();

    [GeneratedRegex(@"^\s*(?:(?:at|@)\s*)?(?:\d{1,2}(?::\d{2})?\s*(?:am|pm)?\b|noon|midday|morning|afternoon|evening|night)|^\s*[.!?)\]]*\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ShortWeekdayContextRegex();

    [GeneratedRegex(@"(?:\ball|\bthe\s+whole|\bthrough\s+the|\bthroughout\s+the|\bfor\s+the)\s+$", RegexOptions.IgnoreCase | RegexOptions.RightToLeft)]
    private static partial Regex PartStretchBeforeRegex();

    // One space only: a date already taken out before the part of the day leaves a run of spaces ("cake dec 5 evening").
    [GeneratedRegex(@"(?:^|[^\p{L}'’])(?!(?:today|tomorrow|tonight|yesterday|this|that|next|every|each|on|by|in|at|the|a|an|one|late|early|mid|good|and|or|same|till|until|before|after|from|for|of|per|all|whole|some|any|sunday|monday|tuesday|wednesday|thursday|friday|saturday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|weekday|weekend|week|day|days|now|then|also|too|it|me|us|him|her|them|please|pls|call|ring|phone|text|email|visit|meet|see|do|did|done|get|got|go|went)[\s'’])\p{L}{3,}['’]?\s$", RegexOptions.IgnoreCase)]
    private static partial Regex EventNameBeforeRegex();

    // "set it for the morning" is a time; only "for the night" is a stretch.
    [GeneratedRegex(@"\bfor\s+the\s+$", RegexOptions.IgnoreCase | RegexOptions.RightToLeft)]
    private static partial Regex PartForTheBeforeRegex();

    [GeneratedRegex(@"\b(?<lead>in\s+the\s+|at\s+)?(?<p>morning|afternoon|evening|night)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PartOfDayRegex();

    // A word after a bare part of the day that makes it a noun's modifier: any word but a connector, preposition or date word.
    [GeneratedRegex(@"\G\s+(?!(?:at|around|by|before|after|on|in|this|next|tomorrow|today|tonight|please|pls|and|or|but|so|then|too|also|for|with|to|from|till|until|instead|again|latest|better|rather|preferably|ideally|maybe|perhaps|probably|sharp|ish|then|now|please|plz|same|ok|okay|thanks|thx|is|are|was|i|we|you|it|if|when|as|once|every|each)\b)[a-z]", RegexOptions.IgnoreCase)]
    private static partial Regex PartModifierFollowerRegex();

    [GeneratedRegex(@"(?<![\d:.])\b(?:(?:at|by|@|around|before|until|from|for)\s+)?(?<h>\d{1,2})(?:[:.](?<mi>\d{2}))?\s+(?:in\s+the\s+(?<p>morning|afternoon|evening)|at\s+(?<p>night))\b", RegexOptions.IgnoreCase)]
    private static partial Regex HourOfPartRegex();

    [GeneratedRegex(@"(?<![\d:])\b(?:(?:at|by|@|around|before|until|from)\s+)?(?<h>\d{1,2})(?:[:.](?<mi>\d{2}))?\s*(?<ap>a\.?m\.?|p\.?m\.?)(?![a-z])", RegexOptions.IgnoreCase)]
    private static partial Regex AmPmTimeRegex();

    [GeneratedRegex(@"(?<![\d:\-])\b(?:(?:at|by|@|around|before|until|from)\s+)?(?<h>\d{1,2})[:.h](?<mi>\d{2})\b(?!\s*%)", RegexOptions.IgnoreCase)]
    private static partial Regex ClockTimeRegex();

    [GeneratedRegex(@"\b(?:at|@|around|by|time\s+to)\s+(?<h>\d{1,2})\b(?:\s*o'?clock)?(?![:\d%]|\s*(?:days?|weeks?|months?|years?|hours?|minutes?|people|items|tasks?|times|euros?|dollars?|pages?|kg|km|miles?)\b)|\b(?<h>\d{1,2})\s*o'?clock\b", RegexOptions.IgnoreCase)]
    private static partial Regex AtHourRegex();

    [GeneratedRegex(@"\b(?:(?:at|by|around|before)\s+)?(?:noon|midday|lunchtime|midnight)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NoonRegex();

    private static readonly string[] DayWords =
    [
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
        "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
        "twenty-first", "twenty-second", "twenty-third", "twenty-fourth", "twenty-fifth", "twenty-sixth", "twenty-seventh",
        "twenty-eighth", "twenty-ninth", "thirtieth", "thirty-first",
    ];

    private static readonly string[] HourWords = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

    /// <summary>"the fifteenth of March" → "the 15th of March", "tonight at nine" → "tonight at 9": spelled days and hours read as digits.</summary>
    private static string SpelledNumbers(string text)
    {
        text = SpelledDayRegex().Replace(text, m =>
        {
            var day = Array.FindIndex(DayWords, w => w.Equals(m.Groups["d"].Value.Replace(' ', '-'), StringComparison.OrdinalIgnoreCase)) + 1;
            return m.Value.Replace(m.Groups["d"].Value, day + "th", StringComparison.Ordinal);
        });
        return SpelledHourRegex().Replace(text, m =>
            m.Value.Replace(m.Groups["h"].Value, (Array.FindIndex(HourWords, w => w.Equals(m.Groups["h"].Value, StringComparison.OrdinalIgnoreCase)) + 1).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal));
    }

    private const string DayWordPattern = @"(?:twenty[\s-])?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|thirty[\s-]first";

    [GeneratedRegex(@"\bthe\s+(?<d>" + DayWordPattern + @")\s+of\s+(?=" + Months + @")|\b(?<=(?:" + Months + @")\s+the\s+)(?<d>" + DayWordPattern + @")\b", RegexOptions.IgnoreCase)]
    private static partial Regex SpelledDayRegex();

    [GeneratedRegex(@"\bat\s+(?<h>one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b(?=\s*(?:o'?clock|am|pm|a\.m\.|p\.m\.|tonight|tomorrow|today|in\s+the|this|on|[,.!?]|$))", RegexOptions.IgnoreCase)]
    private static partial Regex SpelledHourRegex();

    [GeneratedRegex(@"\s+")]
    private static partial Regex SpacesRegex();

    [GeneratedRegex(@"\s+([,.;:!?])")]
    private static partial Regex SpaceBeforePunctuationRegex();
}
