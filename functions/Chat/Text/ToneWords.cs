using System.Text.RegularExpressions;

namespace TodoFunctions.Chat.Text;

/// <summary>
/// Words that only set a message's tone — interjections, vocatives, courtesy and discourse particles, many from the
/// writer's other language — in one table that says where each may stand. A new voice adds lines here, not another
/// regex: <see cref="Strip"/> drops them all in one pass of each kind before any rule reads the message.
/// </summary>
/// <remarks>
/// Particles that need more than a place (Greek "re" only after another opener, Tagalog "po" only in lower case, "boss"
/// unless after "my"/"the", a courtesy word that follows a report) are still in <c>TypoCorrector.ParticleRegex</c>,
/// <c>TypoCorrector.ForeignFillerRegex</c> and <c>TurnInterpreter.TrailingCourtesyRegex</c>.
/// </remarks>
public static partial class ToneWords
{
    /// <summary>Where a tone word may stand.</summary>
    public enum Place
    {
        /// <summary>First in the message, before the request: "yo add milk", "nu what is open", "yaar which ones are low prio?".</summary>
        Opening,

        /// <summary>First, but only when a comma or "!" follows it, because the word is also English or a name: "hai, add …" (Hai, sharp, grand).</summary>
        OpeningBeforeComma,

        /// <summary>Last in a clause, before its punctuation or the end: "number 3 done hai", "what is due la?".</summary>
        ClosingClause,

        /// <summary>Last in the message only: "2 done achi", "sababa".</summary>
        ClosingMessage,
    }

    // Each line: the word as a regex fragment (case-insensitive), where it may stand, and what it is.
    private static readonly (string Word, Place Place, string Meaning)[] Table =
    [
        // Hebrew in Israeli English.
        ("achi|akhi|ahi", Place.Opening, "Hebrew: bro"),
        ("achi|akhi|ahi", Place.ClosingMessage, "Hebrew: bro"),
        ("nu+", Place.Opening, "Hebrew: so? / come on"),
        ("sababa", Place.Opening, "Hebrew: cool"),
        ("sababa", Place.ClosingMessage, "Hebrew: cool"),
        ("b['’]seder|beseder", Place.Opening, "Hebrew: okay"),
        ("b['’]seder|beseder", Place.ClosingMessage, "Hebrew: okay"),

        // Urdu and Hindi in Pakistani and Indian English.
        ("yaar|yar", Place.Opening, "Urdu/Hindi: friend"),
        ("yaar", Place.ClosingClause, "Urdu/Hindi: friend"),
        ("acha|achha|accha|acchha", Place.Opening, "Urdu/Hindi: okay / I see"),
        ("theek\\s+hai|thik\\s+hai|theek\\s+he", Place.Opening, "Urdu/Hindi: all right"),
        ("uff+|uffo+|uff+\\s+yaar", Place.OpeningBeforeComma, "Urdu/Hindi: ugh"),
        ("hai(?:\\s+na)?|he\\s+na", Place.ClosingClause, "Urdu/Hindi: is (\"urgent hai\", \"done hai\")"),
        ("insha['’]?allah|inshallah|in\\s+sha\\s+allah", Place.ClosingClause, "Arabic/Urdu: God willing"),
        ("insha['’]?allah|inshallah", Place.OpeningBeforeComma, "Arabic/Urdu: God willing"),

        // Romanian.
        ("hai", Place.OpeningBeforeComma, "Romanian: come on"),
        ("deci|bine", Place.OpeningBeforeComma, "Romanian: so / fine"),
        ("mersi", Place.ClosingMessage, "Romanian: thanks"),
    ];

    private static readonly Regex OpeningRegex = BuildOpening();
    private static readonly Regex ClosingClauseRegex = new(
        @"(?<=\S)\s+(?:" + Alternation(Place.ClosingClause) + @")(?![\p{L}\p{N}'’-])(?=\s*(?:[,.!?;]|$|\p{So}|\p{Cs}))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    private static readonly Regex ClosingMessageRegex = new(
        @"(?<=\S)[\s,]+(?:" + Alternation(Place.ClosingMessage) + @")(?![\p{L}\p{N}'’-])(?=[\s.!?]*$|\s*\p{So}|\s*\p{Cs})",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>The text without its tone words; a message made only of them is left as it is (small talk reads it).</summary>
    public static string Strip(string text)
    {
        var stripped = ClosingMessageRegex.Replace(ClosingClauseRegex.Replace(OpeningRegex.Replace(text, ""), ""), "");
        return stripped.Trim().Length == 0 ? text : stripped;
    }

    // An opener may follow "ok"/"so" and repeat ("ok achi nu, what's open"); what follows must be a word, a number or a "#".
    private static Regex BuildOpening() => new(
        @"^\s*(?:(?:ok|okay|so)[\s,]+)?(?:(?:" + Alternation(Place.Opening) + @"|(?:" + Alternation(Place.OpeningBeforeComma) + @")(?=\s*[,!]))"
        + @"(?![\p{L}\p{N}'’-])[\s,!.:]*)+(?=[\p{L}#\d])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static string Alternation(Place place) =>
        string.Join('|', Table.Where(line => line.Place == place).Select(line => line.Word));
}
