using System.Globalization;
using System.Text.RegularExpressions;
using TodoFunctions.Chat.Time;

namespace TodoFunctions.Chat.Engine.Rules;

/// <summary>
/// "add school concert on 2027-13-45", "move the dentist to 31 February": a date that does not exist is a mistake,
/// not part of a title; ask for the date and change nothing.
/// </summary>
internal sealed partial class ImpossibleDateRule : IClauseRule
{
    public bool TryHandle(Clause clause, TurnInterpreter turn)
    {
        if (clause.IsListing || FindImpossibleDate(clause.Text) is not { } written)
        {
            return false;
        }

        turn.Ask($"\"{written}\" isn't a real date, so I didn't change anything. Which date did you mean?");
        return true;
    }

    private static string? FindImpossibleDate(string text)
    {
        foreach (Match m in IsoDateRegex().Matches(text))
        {
            if (!Exists(Number(m.Groups["y"]), Number(m.Groups["m"]), Number(m.Groups["d"])))
            {
                return m.Value;
            }
        }

        foreach (Match m in NamedMonthRegex().Matches(text))
        {
            // Without a year, 29 February may still exist: judge against a leap year.
            if (!Exists(2028, DateExpressionParser.ParseMonth(m.Groups["mon"].Value), Number(m.Groups["d"])))
            {
                return m.Value;
            }
        }

        foreach (Match m in SlashDateRegex().Matches(text))
        {
            // Day/month or month/day: only a pair that is a date neither way round is impossible.
            var (a, b) = (Number(m.Groups["a"]), Number(m.Groups["b"]));
            if (!Exists(2028, b, a) && !Exists(2028, a, b))
            {
                return m.Value;
            }
        }

        return null;
    }

    private static int Number(Group group) => int.Parse(group.Value, CultureInfo.InvariantCulture);

    private static bool Exists(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);

    [GeneratedRegex(@"(?<![\d/])(?<a>\d{1,2})/(?<b>\d{1,2})(?:/\d{2,4})?(?![\d/])")]
    private static partial Regex SlashDateRegex();

    [GeneratedRegex(@"\b(?<y>\d{4})-(?<m>\d{1,2})-(?<d>\d{1,2})\b")]
    private static partial Regex IsoDateRegex();

    [GeneratedRegex(@"\b(?<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<mon>" + DateExpressionParser.Months + @")\b|\b(?<mon>" + DateExpressionParser.Months + @")\s+(?<d>\d{1,2})(?:st|nd|rd|th)?\b(?!\s*(?::|am\b|pm\b))", RegexOptions.IgnoreCase)]
    private static partial Regex NamedMonthRegex();
}
