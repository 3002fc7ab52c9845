using System.Text.RegularExpressions;

namespace TodoFunctions.Chat.Text;

/// <summary>
/// A new title keeps the user's own words: the dialect words that <see cref="TypoCorrector"/> reads as English
/// ("aboot" → "about", "tae" → "to", "wi" → "with") are put back into it. "add phone the council aboot the pothole"
/// adds "Phone the council aboot the pothole", yet "move the MOT tae friday" still reads as a move.
/// </summary>
public static partial class DialectTitleWords
{
    // Dialect word → the English word the corrector wrote for it. Only words that are never a typo of the English word.
    private static readonly (string Dialect, string English)[] Pairs =
    [
        ("tae", "to"), ("intae", "into"), ("ontae", "onto"), ("aboot", "about"), ("oot", "out"), ("wi", "with"),
        ("aff", "off"), ("o'", "of"), ("an'", "and"), ("yin", "one"), ("yins", "ones"), ("dae", "do"), ("noo", "now"),
        ("gie", "give"), ("hame", "home"), ("ony", "any"), ("dug", "dog"), ("ma", "my"),
        ("owt", "anything"), ("nowt", "nothing"), ("summat", "something"), ("wi'", "with"), ("tha", "you"), ("'em", "them"), ("em", "them"),
        ("y'all", "you"), ("fer", "for"), ("ye", "you"),
        ("da", "the"), ("dis", "this"), ("wit", "with"), ("fo", "for"), ("bout", "about"), ("everyting", "everything"),
        ("afta", "after"), ("dea", "there"), ("kine", "ones"), ("pau", "done"),
        ("de", "the"), ("wid", "with"), ("dat", "that"), ("dem", "them"), ("doh", "don't"), ("ting", "thing"), ("tings", "things"),
        ("fuh", "for"), ("pon", "on"),
    ];

    /// <summary>Puts back the dialect words of <paramref name="message"/> into <paramref name="title"/>.</summary>
    public static string Keep(string title, string message)
    {
        if (string.IsNullOrEmpty(message) || string.IsNullOrEmpty(title))
        {
            return title;
        }

        var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (Match m in MessageWordRegex().Matches(message))
        {
            words.Add(m.Value.Replace('’', '\''));
        }

        // Yorkshire "t'" (the) and "int'" (in the): "add clean out t'water troughs" keeps "t'water", unless the message also
        // said "the" before the same word.
        foreach (Match m in TheApostropheRegex().Matches(message))
        {
            var word = m.Groups["w"].Value;
            var prefix = m.Groups["p"].Success ? m.Groups["p"].Value.ToLowerInvariant() + " " : "";
            if (Regex.IsMatch(message, $@"(?<![\p{{L}}'’])(?i:{Regex.Escape(prefix)}the\s+{Regex.Escape(word)})(?![\p{{L}}'’])"))
            {
                continue;
            }

            var form = (prefix.Length > 0 ? prefix.TrimEnd() + "t" : "t") + "'";
            title = Regex.Replace(title, $@"(?<![\p{{L}}'’])(?i:{Regex.Escape(prefix)}the\s+{Regex.Escape(word)})(?![\p{{L}}'’])",
                t => (char.IsUpper(t.Value[0]) ? char.ToUpperInvariant(form[0]) + form[1..] : form) + t.Value[^word.Length..]);
        }

        foreach (var (dialect, english) in Pairs)
        {
            // "wi" said and "with" said too: the title's "with" may be the user's own, so it stays.
            var said = dialect.StartsWith('\'')
                ? Regex.IsMatch(message, $@"(?<![\p{{L}}'’])['’]{Regex.Escape(dialect[1..])}(?![\p{{L}}'’])", RegexOptions.IgnoreCase)
                : words.Contains(dialect);
            if (!said || words.Contains(english))
            {
                continue;
            }

            title = Regex.Replace(title, $@"(?<![\p{{L}}'’])(?i:{Regex.Escape(english)})(?![\p{{L}}'’])",
                m => char.IsUpper(m.Value[0]) ? char.ToUpperInvariant(dialect[0]) + dialect[1..] : dialect);
        }

        return title;
    }

    [GeneratedRegex(@"(?<![\p{L}\d'’])(?:(?<p>in|on)t|[Tt])['’](?<w>\p{L}[\p{L}-]*)", RegexOptions.IgnoreCase)]
    private static partial Regex TheApostropheRegex();

    [GeneratedRegex(@"[\p{L}]+(?:['’](?=\s|$)|['’]\p{L}+)?")]
    private static partial Regex MessageWordRegex();
}
