using System.Text.RegularExpressions;

namespace TodoFunctions.Chat.Text;

/// <summary>Tokenising, stop words and a tiny stemmer so that "booking the dentist" finds "Book dentist appointment".</summary>
public static partial class WordMatcher
{
    private static readonly HashSet<string> StopWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "my", "our", "your", "this", "that", "these", "those", "one", "ones", "task", "tasks", "item", "items",
        "thing", "things", "todo", "todos", "to-do", "stuff", "entry", "reminder", "of", "for", "on", "in", "at", "to", "from",
        "with", "about", "and", "or", "please", "pls", "list", "it", "its", "it's", "them", "is", "are", "was", "be", "as",
        "just", "also", "now", "then", "me", "i", "i'm", "i've", "i'd", "you", "can", "could", "would", "will", "should",
        "all", "any", "some", "do", "did", "does", "up", "off", "out", "by", "so", "that's", "which", "what", "whats", "what's",
        "actually", "really", "again", "yet", "already", "thanks", "thank", "ok", "okay", "oh", "hey", "hi", "call's",
        "both", "called", "named", "titled", "one's", "there", "here", "have", "has", "had", "get", "got", "let's", "lets",
        "job", "jobs", "chore", "chores", // everyday names for a task: "the saturday market job"
        "yoke", "yokes", // Irish "thing": "the defibrillator yoke"
        "w", "w/", // texting shorthand for "with": "done w the pset"
        "thats", "wala", "waala", "wali", // "the one thats tagged work", Hinglish "lease wala task" = "the lease one"
        "him", "his", "her", "their", // "delay her refill" after "mrs tran txt me", "the task for emailing him": the person of the story
        "finally", "totally", "completely", "fully", // "mark X as done, finally sorted": an adverb names no task
    };

    private static readonly Dictionary<string, string> Irregular = new(StringComparer.OrdinalIgnoreCase)
    {
        ["paid"] = "pay", ["bought"] = "buy", ["sent"] = "send", ["took"] = "take", ["taken"] = "take", ["wrote"] = "write",
        ["written"] = "write", ["made"] = "make", ["did"] = "do", ["done"] = "do", ["got"] = "get", ["went"] = "go",
        ["gone"] = "go", ["gave"] = "give", ["given"] = "give", ["met"] = "meet", ["ran"] = "run", ["sold"] = "sell",
        ["found"] = "find", ["left"] = "leave", ["brought"] = "bring", ["caught"] = "catch", ["taught"] = "teach",
        ["thought"] = "think", ["fed"] = "feed", ["built"] = "build", ["spent"] = "spend", ["kept"] = "keep",
        ["told"] = "tell", ["said"] = "say", ["ate"] = "eat", ["drove"] = "drive", ["rode"] = "ride", ["swept"] = "sweep",
        ["hung"] = "hang", ["put"] = "put", ["read"] = "read", ["set"] = "set", ["cut"] = "cut", ["renewal"] = "renew",
        ["children"] = "kid", ["kids"] = "kid", ["groceries"] = "grocery", ["appt"] = "appointment", ["mum"] = "mom",
        ["mother"] = "mom", ["dad"] = "dad", ["father"] = "dad", ["meds"] = "medication", ["medicine"] = "medication",
    };

    // Past forms of irregular verbs people use when they report a task as done ("rang grandma", "I went to the dentist").
    private static readonly Dictionary<string, string> IrregularPastForms = new(StringComparer.OrdinalIgnoreCase)
    {
        ["rang"] = "ring", ["rung"] = "ring", ["spoke"] = "speak", ["spoken"] = "speak", ["sang"] = "sing", ["drank"] = "drink",
        ["flew"] = "fly", ["threw"] = "throw", ["thrown"] = "throw", ["chose"] = "choose", ["chosen"] = "choose",
        ["forgot"] = "forget", ["began"] = "begin", ["begun"] = "begin", ["broke"] = "break", ["broken"] = "break",
        ["came"] = "come", ["drew"] = "draw", ["drawn"] = "draw", ["fell"] = "fall", ["hid"] = "hide", ["held"] = "hold",
        ["knew"] = "know", ["led"] = "lead", ["lent"] = "lend", ["lost"] = "lose", ["saw"] = "see", ["seen"] = "see",
        ["shook"] = "shake", ["sat"] = "sit", ["slept"] = "sleep", ["stood"] = "stand", ["struck"] = "strike",
        ["swam"] = "swim", ["tore"] = "tear", ["torn"] = "tear", ["woke"] = "wake", ["won"] = "win", ["wore"] = "wear",
        ["sought"] = "seek", ["fought"] = "fight", ["dug"] = "dig", ["hung"] = "hang", ["ground"] = "grind",
        ["heard"] = "hear", ["laid"] = "lay", ["lit"] = "light", ["mown"] = "mow", ["sewn"] = "sew", ["shown"] = "show",
        ["sent"] = "send", ["bent"] = "bend", ["bound"] = "bind", ["fed"] = "feed", ["sped"] = "speed", ["shut"] = "shut",
        ["withdrew"] = "withdraw", ["withdrawn"] = "withdraw", ["undertook"] = "undertake", ["rewrote"] = "rewrite",
        ["rewritten"] = "rewrite", ["redid"] = "redo", ["redone"] = "redo", ["overcame"] = "overcome", ["understood"] = "understand",
        ["dealt"] = "deal", ["meant"] = "mean", ["swept"] = "sweep", ["wept"] = "weep", ["crept"] = "creep", ["slid"] = "slide",
        ["stuck"] = "stick", ["strung"] = "string", ["swung"] = "swing", ["spun"] = "spin", ["wound"] = "wind", ["froze"] = "freeze",
        ["frozen"] = "freeze", ["rode"] = "ride", ["ridden"] = "ride", ["driven"] = "drive", ["eaten"] = "eat",
        ["paid"] = "pay", ["bought"] = "buy", ["took"] = "take", ["taken"] = "take", ["wrote"] = "write", ["written"] = "write",
        ["made"] = "make", ["did"] = "do", ["done"] = "do", ["got"] = "get", ["gotten"] = "get", ["went"] = "go", ["gone"] = "go",
        ["gave"] = "give", ["given"] = "give", ["met"] = "meet", ["ran"] = "run", ["sold"] = "sell", ["found"] = "find",
        ["brought"] = "bring", ["built"] = "build", ["spent"] = "spend", ["kept"] = "keep", ["told"] = "tell", ["ate"] = "eat",
        ["drove"] = "drive", ["read"] = "read", ["put"] = "put", ["cut"] = "cut", ["set"] = "set", ["caught"] = "catch",
        ["taught"] = "teach", ["said"] = "say", ["left"] = "leave",
        // British -t pasts: "alto part learnt", "the old letters burnt".
        ["learnt"] = "learn", ["burnt"] = "burn", ["spelt"] = "spell", ["spilt"] = "spill", ["dreamt"] = "dream",
        ["smelt"] = "smell", ["leapt"] = "leap", ["knelt"] = "kneel", ["spoilt"] = "spoil",
    };

    // "don iron" → "ironed", "don buy" → "bought": the past participle of a base verb, for grammars that mark the perfect
    // with a particle instead of an ending (Nigerian Pidgin "the robe don iron").
    public static string Participle(string verb)
    {
        var w = verb.ToLowerInvariant();
        var irregular = IrregularPastForms.Where(p => p.Value == w).Select(p => p.Key).ToList();
        if (irregular.Count > 0)
        {
            return irregular.FirstOrDefault(f => f.EndsWith('n') || f.EndsWith("ne", StringComparison.Ordinal)) ?? irregular[^1];
        }

        return w.EndsWith('e') ? w + "d"
            : w.Length > 2 && w.EndsWith('y') && !"aeiou".Contains(w[^2]) ? w[..^1] + "ied"
            : w.EndsWith("ed", StringComparison.Ordinal) ? w
            : w + "ed";
    }

    public static string? BaseOfIrregularPast(string word) => IrregularPastForms.TryGetValue(word, out var base_) ? base_ : null;

    // "restrung the tele", "rebuilt the shed": a past form with "re-" is the past of the "re-" verb.
    public static bool IsIrregularPast(string word) => IrregularPastForms.ContainsKey(word) || RePast(word) is not null;

    private static string? RePast(string word) =>
        word.Length > 5 && word.StartsWith("re", StringComparison.OrdinalIgnoreCase) && IrregularPastForms.TryGetValue(word[2..], out var base_)
            ? "re" + base_ : null;

    public static IReadOnlyList<string> Tokens(string text)
    {
        // "go-kart" and "go kart", "aso-ebi" and "aso ebi" are the same words, so a hyphen separates them like a space.
        return TokenRegex().Matches(FoldDiacritics(text.ToLowerInvariant())).SelectMany(m => m.Value.Split('-', StringSplitOptions.RemoveEmptyEntries))
            .Select(t => t.Trim('\'')).Where(t => t.Length > 0).ToList();
    }

    public static bool IsStopWord(string word) => StopWords.Contains(word);

    private static readonly Dictionary<string, string> PhrasalNouns = new(StringComparer.Ordinal)
    {
        ["setup"] = "set", ["pickup"] = "pick", ["checkup"] = "check", ["cleanup"] = "clean", ["signup"] = "sign",
        ["followup"] = "follow", ["catchup"] = "catch", ["handoff"] = "hand", ["dropoff"] = "drop", ["checkin"] = "check",
        ["checkout"] = "check", ["workout"] = "work", ["takeout"] = "take", ["rollout"] = "roll", ["login"] = "log",
        ["lookup"] = "look", ["walkthrough"] = "walk", ["writeup"] = "write",
    };

    public static IReadOnlyList<string> ContentStems(string text)
    {
        return Tokens(text).Where(t => !StopWords.Contains(t)).Select(Stem).Distinct().ToList();
    }

    public static string Stem(string word)
    {
        var w = FoldDiacritics(word.ToLowerInvariant());
        if (w.EndsWith("'s", StringComparison.Ordinal))
        {
            w = w[..^2];
        }

        if (Related.ContainsKey(w))
        {
            return w; // "shot" the noun, not the past of "shoot"
        }

        if (Irregular.TryGetValue(w, out var irregular) || IrregularPastForms.TryGetValue(w, out irregular))
        {
            return irregular;
        }

        // "the pagerduty setup" is the task "Set up PagerDuty …": a phrasal verb written as one noun keeps the verb's stem
        // (the particle is a stop word either way).
        if (PhrasalNouns.TryGetValue(w.EndsWith('s') ? w[..^1] : w, out var phrasalVerb))
        {
            return phrasalVerb;
        }

        if (RePast(w) is { } rePast)
        {
            return rePast;
        }

        // "the dinner reservation" is the task "Reserve table for dinner": the noun in -ation keeps its verb's stem.
        if (w.Length > 8 && w.EndsWith("ation", StringComparison.Ordinal))
        {
            return w[..^5];
        }

        // "the cardiology revision" is the task "Revise cardiology notes": the noun in -sion/-tion keeps its verb's stem.
        if (w.Length > 7 && (w.EndsWith("sion", StringComparison.Ordinal) || w.EndsWith("tion", StringComparison.Ordinal)))
        {
            return w[..^3];
        }

        if (w.Length > 5 && w.EndsWith("ing", StringComparison.Ordinal))
        {
            return Undouble(w[..^3]);
        }

        if (w.Length > 4 && w.EndsWith("ied", StringComparison.Ordinal))
        {
            return w[..^3] + "y";
        }

        if (w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal))
        {
            var stem = w[..^2];
            return stem.EndsWith('e') ? stem : Undouble(stem);
        }

        if (w.Length > 4 && w.EndsWith("ies", StringComparison.Ordinal))
        {
            return w[..^3] + "y";
        }

        if (w.Length > 3 && w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) && !w.EndsWith("us", StringComparison.Ordinal))
        {
            w = w[..^1];
        }

        // "the hoodie order" and "Order hoodies": a plural in -ies stems to -y, so a noun in -ie does too.
        return w.Length > 4 && w.EndsWith("ie", StringComparison.Ordinal) ? w[..^2] + "y" : w;
    }

    // "the Jyvaskyla seminar" is the task "Seminar in Jyväskylä": people type names without their accents, so words are compared
    // by their base letters ("café" = "cafe"; tokens are ASCII, so "mökki" was two words, "m" and "kki"); ASCII text costs one scan.
    private static string FoldDiacritics(string word)
    {
        if (!word.AsSpan().ContainsAnyExceptInRange((char)0, (char)127))
        {
            return word;
        }

        // Letter by letter, and only Latin letters with marks: a whole-string normalisation throws on half an emoji ("sorted 👍"
        // cut at a joint), and Hangul or Devanagari must keep their composed forms.
        var folded = new System.Text.StringBuilder(word.Length);
        foreach (var c in word)
        {
            if (c is (>= '\u00C0' and <= '\u024F') or (>= '\u1E00' and <= '\u1EFF'))
            {
                foreach (var part in c.ToString().Normalize(System.Text.NormalizationForm.FormD))
                {
                    if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(part) != System.Globalization.UnicodeCategory.NonSpacingMark)
                    {
                        folded.Append(part);
                    }
                }
            }
            else
            {
                folded.Append(c);
            }
        }

        return folded.ToString();
    }

    private static string? DroppedGStem(string stem) =>
        stem.Length >= 5 && stem.EndsWith("in", StringComparison.Ordinal) && !stem.EndsWith("ain", StringComparison.Ordinal) ? Stem(stem + "g") : null;

    // A noun made from a verb with a suffix that is not the verb's prefix names the verb's task: "the carols rehearsal" is "Rehearse
    // Christmas carols …" (-sal/-val of a verb in -se/-ve: rehearsal, arrival, removal, approval, disposal), "the car payment" is
    // "Pay the car …" (-ment after a three-letter verb ending in a vowel or y; a longer verb is already the noun's prefix:
    // "appointment", "treatment"), "the visa application" is "Apply for the visa" (the stem of -ication is "applic", "verific",
    // "notific": the verb in -ply/-ify). Nouns of nouns keep apart: "internal" ≠ "intern", "personal" ≠ "person", "pigment" ≠ "pig".
    private static string? VerbOfNoun(string stem)
    {
        if (stem.Length >= 6 && (stem.EndsWith("sal", StringComparison.Ordinal) || stem.EndsWith("val", StringComparison.Ordinal)))
        {
            return stem[..^2];
        }

        if (stem.Length == 7 && stem.EndsWith("ment", StringComparison.Ordinal) && "aeiouy".Contains(stem[2]))
        {
            return stem[..3];
        }

        return stem.Length >= 6 && (stem.EndsWith("ific", StringComparison.Ordinal) || stem.EndsWith("plic", StringComparison.Ordinal))
            ? stem[..^2] + "y"
            : null;
    }

    /// <summary>True when two stems name the same word: equal, one a prefix of the other (renew/renewal), or one typo apart.</summary>
    public static bool Same(string a, string b)
    {
        if (a == b)
        {
            return true;
        }

        if (Related.TryGetValue(a, out var group) && group == Related.GetValueOrDefault(b))
        {
            return true;
        }

        // "tick off hoein the corn", "uncheck rotatin the tires": an -ing with its g dropped names the task's verb ("Hoe the corn rows").
        if (DroppedGStem(a) is { } ag && ag != a && Same(ag, b) || DroppedGStem(b) is { } bg && bg != b && Same(a, bg))
        {
            return true;
        }

        if (VerbOfNoun(a) is { } av && SameVerb(av, b) || VerbOfNoun(b) is { } bv && SameVerb(a, bv))
        {
            return true;
        }

        var shorter = a.Length <= b.Length ? a : b;
        var longer = a.Length <= b.Length ? b : a;
        if (shorter.Length >= 4 && longer.StartsWith(shorter, StringComparison.Ordinal))
        {
            return true;
        }

        // "grout" and "regrout", "wire" and "rewire": the same job done again.
        if (shorter.Length >= 4 && longer.Length == shorter.Length + 2 && longer.StartsWith("re", StringComparison.Ordinal) && longer.EndsWith(shorter, StringComparison.Ordinal))
        {
            return true;
        }

        if (shorter.Length >= 3 && longer.StartsWith(shorter, StringComparison.Ordinal) && longer.Length - shorter.Length <= 1)
        {
            return true;
        }

        // "the psy reading" for "Finish PSY100 reading", "mat homework": a course code said without its number.
        if (shorter.Length >= 3 && CourseCodeRegex().Match(longer) is { Success: true } code && code.Groups["letters"].Value == shorter)
        {
            return true;
        }

        return shorter.Length >= 5 && longer.Length - shorter.Length <= 1 && EditDistance.Damerau(a, b) <= 1;
    }

    // The verb a noun was made from against the other stem: the same word, or its stem with the verb's final "e" ("rehears" of
    // "rehearsed", "rehearse"), or a longer form of it ("apply" and "applying" both stem to "apply").
    private static bool SameVerb(string verb, string other) =>
        other == verb || other == verb + "e" || (verb.Length >= 4 && other.StartsWith(verb, StringComparison.Ordinal) && other.Length - verb.Length <= 1);

    [GeneratedRegex(@"^(?<letters>[a-z]{3,4})\d{2,4}[a-z]?$")]
    private static partial Regex CourseCodeRegex();

    // Everyday names for the same thing, by stem: "the flu jab" is the "Flu vaccine appointment".
    private static readonly string[][] RelatedGroups =
    [
        ["jab", "vaccin", "vaccine", "vaccinat", "vaccination", "shot", "booster", "inocul", "inoculat"],
        ["doc", "doctor", "gp", "physician"],
        ["dentist", "dental"],
        ["bin", "trash", "rubbish", "garbag", "garbage"],
        ["car", "vehicl", "vehicle"],
        ["mum", "mom", "mam", "mother"],
        ["dad", "father"],
        // A job named by its noun ("mia's pickup") finds the task named by its verb ("Collect Mia …").
        ["pickup", "pick-up", "collect", "collection"],
        ["telli", "telly", "tv", "televis", "television"],
        // "Charlie's haircut" is "Take Charlie to the barber's".
        ["haircut", "barber", "hairdress", "hairdresser", "hairdresser's"],
        ["flat", "apart", "apartment"],
        ["film", "movi", "movie"],
        ["bike", "bicycl", "bicycle"],
        // Student shorthand: the "statics pset" is "Statics problem set 5".
        ["pset", "p-set", "problem"],
        ["hw", "homework"],
        ["vid", "video"],
        ["pic", "photo", "pictur"],
        // A job named by what it makes: "the pothole letter" is "Write to the council about the pothole".
        ["letter", "write", "writ"],
        // "the uniform shopping" is "Buy school uniform".
        ["shop", "buy"],
        // "the Hausverwaltung mail" is "Email Hausverwaltung about the radiator".
        ["mail", "email", "e-mail"],
        // "the Jacmel money" is "Send remittance to Jacmel".
        ["money", "monei", "remit", "remitt", "remittanc", "remittance"],
        // Australian and New Zealand "rego": the registration (of a car, of players).
        ["rego", "regist", "registr", "registration", "register"],
    ];

    private static readonly Dictionary<string, int> Related = RelatedGroups
        .SelectMany((group, i) => group.Select(word => (word, i)))
        .ToDictionary(p => p.word, p => p.i, StringComparer.Ordinal);

    private static string Undouble(string stem)
    {
        if (stem.Length >= 3 && stem[^1] == stem[^2] && !"aeiouls".Contains(stem[^1]))
        {
            return stem[..^1];
        }

        return stem;
    }

    [GeneratedRegex(@"[a-z0-9][a-z0-9'\-]*")]
    private static partial Regex TokenRegex();
}
