using System.Text.RegularExpressions;

namespace TodoFunctions.Chat.Text;

/// <summary>
/// Function-word calques of learners' English (first seen in Romanian-shaped English, batch 107, but none is tied to one
/// language): an infinitive "to" kept after "please" or "add" ("please to move X", "add to call Enel …"), a label "to add:",
/// "at" where English says "of"/"to" ("the priority at the demo", "a note at the cabin: …"), "in" for "to" before a new
/// title ("change the title in "…""), "also" between the verb and its object ("put also the tag admin on X"), "put it p2"
/// for "make it p2", a digit ordinal after a verb ("move the 2nd on friday": a position, not the 2nd of the month) and what
/// is said after a request without a subject ("…, is full of cat hair") or as a price (", 52 lei"). Rewritten to the
/// English the rules read; each pattern names the conditions under which it applies. A section of its own reads the word
/// order and postpositions of Malayalam-English, a verb-final voice ("3rd one delete cheyyu", "today entha due?"), and the
/// questions of Tamil-English, which have the same shape ("family tag la enna iruku", "urgent items ethu? sollu da").
/// </summary>
public static partial class LearnerGrammar
{
    public static string Normalise(string text)
    {
        if (text.Length > Safety.SafetyGuard.MaxLength)
        {
            return text;
        }

        text = Malayalam(text);
        text = SouthAsianVerbFinalEdit(text);
        text = VerbFinalMake(text);
        // "please to move the ITP until monday", "pls to erase the retro notes task", "can you please to check off …": the
        // infinitive "to" kept after "please" (Romanian "vă rog să …"). Only at the start of a request and before a word
        // that is no object ("please to the list" is left alone).
        text = PleaseToRegex().Replace(text, "${p} ");
        // "to add: take the cat at the vet in 3 days": the label of what follows ("de adăugat:") is the command itself.
        text = ToAddLabelRegex().Replace(text, "add ");
        // "add to call Enel for the wrong invoice, note: …", "add to email the landlord": "add" then an infinitive is the new
        // task's verb, not "add to <task>" (which takes a note or a tag: "add to the dentist a note: …"). Only before a verb
        // that starts new tasks ("add to cart" and "add to the list" keep their "to").
        text = AddToVerbRegex().Replace(text, m => Intents.AddParser.StartsWithImperative(m.Groups["rest"].Value) ? m.Groups["add"].Value + " " : m.Value);
        // "change the priority at the sprint demo to low", "I want to change the name at the demo": "at" for "of" after a
        // field of a task ("la"), before the task's name.
        text = FieldAtRegex().Replace(text, "${f} of ");
        // "add a note at the Sinaia cabin: …", "put a comment at the ITP one - …", "put a note in the redraw one: …": "at" or "in" (before
        // the note's colon) for "to" after a note.
        text = NoteAtRegex().Replace(text, "${n} to ");
        // "change the retro task title in "Send retro action items"", "rename it in "…"": "in" ("în") for "to" before the new
        // title, only when a quoted title closes the request.
        text = TitleInRegex().Replace(text, " to ");
        // "put also the tag admin on X", "add also tag urgent to Y": "also" before the object of a tag request ("pune și …").
        text = VerbAlsoTagRegex().Replace(text, "${v} ");
        // "postpone the regression by 2 days and put it p2": "put" before a level ("pune-l p2") makes it that level.
        text = PutItLevelRegex().Replace(text, m => (char.IsUpper(m.Value[0]) ? "Make " : "make ") + m.Groups["o"].Value + " ");
        // "move the 2nd on friday", "delete the 3rd": right after a verb that acts on a task, "the 2nd" is a list position
        // (the date parser would read the 2nd of the month and leave no task); "move X to the 2nd" and "the 2nd of May" stay.
        text = VerbDigitOrdinalRegex().Replace(text, m => "the " + OrdinalWords[int.Parse(m.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture)]);
        // "I have paid RCS-RDS and also the maintenance at administrator": after a report, "and also the …" is a second
        // object of the same verb (otherwise "also" starts a clause made of a bare noun phrase, which changes nothing).
        text = ReportAndAlsoRegex().Replace(text, " and ");
        // "can add one task for me?", "could move the VAT return to monday?": the subject "you" dropped after "can" (Sri Lankan and
        // South Asian English) — only at a clause's start and before a verb of a request ("I can add" keeps its subject).
        text = CanVerbRegex().Replace(text, "${c} you ");
        // "cardiology appointment booked, dana invitation also sent": "also" between a task and its participle reports it too.
        text = AlsoParticipleRegex().Replace(text, "");
        // "overdue what's there, tell me quickly", "high priority what are there?": the filters first, then the question (Sinhala
        // order, like the Malayalam and Tamil questions below) — only when what comes first is a listing's filter.
        text = FiltersThenWhatRegex().Replace(text, m =>
        {
            var filters = TagIlRegex().Replace(m.Groups["f"].Value, "#${t}").Trim();
            return FilterWordRegex().IsMatch(filters) && !ActionVerbRegex().IsMatch(filters) ? m.Groups["pre"].Value + "show me " + filters : m.Value;
        });
        // "task 1 — is done", "number 2 - is finished": a dash between the task and its state ("task 1 — e gata").
        text = DashIsDoneRegex().Replace(text, " is ");
        // "add vacuum the dacia in five days, is full of cat hair", "new task: X, is cheaper on Saturday": a remark with its
        // subject dropped ("e plină de păr") after an add describes the thing; it is no second task. Never a state the rules
        // read ("…, is urgent", "…, is done", "…, is for work", "…, is not needed").
        text = ProDropRemarkAfterAddRegex().Replace(text, "");
        // "new task: to pay RCS-RDS until 2027-01-20, 52 lei", "paid the gym, 35 euros": an amount said after a request is what
        // it costs, never a task of its own.
        text = TrailingAmountRegex().Replace(text, "");
        return text;
    }

    // ---- Verb-final edits of South Asian English (Malayalam batch 110, Telugu batch 165; Hindi, Marathi, Tamil and Kannada have the
    // same shape): the task, an object marker after it ("ni", "nu", "ko", "la", "ne", "annu"), the new value with a postposition ("3rd
    // august ki", "friday ko", "saturday ilekku", "urgent ga"), then the English verb and its light verb ("move cheyyi", "shift karo",
    // "mark pannu"). Rewritten to "move X to W" and "make X LEVEL"; only with at least one of those words of the voice, so a bare
    // "X friday move" keeps its English reading.
    private const string ObjectMarker = @"(?:\s+(?<om>ni|nu|ko|la|ne|annu|nni))?";

    private const string IndicLightVerb = @"(?:\s+(?<lv>" + ToneWords.DravidianLightVerb + @"|kar\s+(?:do|dena|dein|de|dijiye|dijie|lo)|kardo|karo|karna|kara|karaa|karun|kar|pannu|pannunga|maadi))?";

    // A polite or familiar word closing the request ("… cheyyi andi", "… karo ji").
    private const string Politeness = @"(?:\s+(?:andi|garu|ji|please|pls|plz|ra|re|da|na|yaar|bhai))?";

    private static string SouthAsianVerbFinalEdit(string text)
    {
        if (!SouthAsianGateRegex().IsMatch(text))
        {
            return text;
        }

        text = PostpositionMoveRegex().Replace(text, m => HasVoiceWord(m) ? m.Groups["pre"].Value + "move " + m.Groups["x"].Value + " to " + m.Groups["w"].Value : m.Value);
        text = PostpositionLevelRegex().Replace(text, m => !HasVoiceWord(m) ? m.Value
            : m.Groups["lw"].Success ? m.Groups["pre"].Value + "change the priority of " + m.Groups["x"].Value + " to " + m.Groups["lw"].Value
            : m.Groups["pre"].Value + "make " + m.Groups["x"].Value + " " + m.Groups["l"].Value);
        return text;
    }

    private static bool HasVoiceWord(Match m) => m.Groups["om"].Success || m.Groups["pp"].Success || m.Groups["lv"].Success;

    [GeneratedRegex(@"\b(?:ni|nu|ko|la|ne|annu|nni|ki|ku|ge|ga|gaa|ah|ilekku|tak|varaku|karo|kardo|kara|karun|kar|pannu|maadi|" + ToneWords.DravidianLightVerb + @")\b", RegexOptions.IgnoreCase)]
    private static partial Regex SouthAsianGateRegex();

    // "regression cycle ni 3rd august ki move cheyyi", "selenium task time 15:00 ki change", "scooter service saturday ilekku move cheyyu",
    // "rent ko friday tak postpone karo": moved to that date or time.
    [GeneratedRegex(@"(?<pre>^\s*|[.;!?]\s*)(?<x>[^,.;!?]+?)" + ObjectMarker + @"\s+(?:(?:the\s+)?(?:due\s+date|date|time|deadline|due)\s+)?(?<w>" + When + @")\s*(?:\s(?<pp>ki|ku|ko|la|ge|ke|ilekku|tak|varaku)\s+|\s+)(?<v>move|shift|push|postpone|prepone|reschedule|change|set|update|fix|put)" + IndicLightVerb + Politeness + @"(?=\s*(?:[,.;!?]|$))", RegexOptions.IgnoreCase)]
    private static partial Regex PostpositionMoveRegex();

    // "flat rent ni urgent ga mark cheyyi", "rent ko urgent mark karo", "saree task priority medium ki change cheyyi": made that level.
    [GeneratedRegex(@"(?<pre>^\s*|[.;!?]\s*)(?<x>[^,.;!?]+?)" + ObjectMarker + @"\s+(?:(?:the\s+)?(?:priority|prio)\s+(?<lw>high|medium|low|top)|(?<l>" + Level + @"))\s*(?:\s(?<pp>ga|gaa|ah|aa|ki|ku|ko|la|ge)\s+|\s+)(?<v>mark|make|set|change|update|put)" + IndicLightVerb + Politeness + @"(?=\s*(?:[,.;!?]|$))", RegexOptions.IgnoreCase)]
    private static partial Regex PostpositionLevelRegex();

    // ---- "make" as a light verb (Hungarian-shaped English, batch 116, and other learners): Hungarian says "make done", "make
    // empty", "make a new task" (legyen kész, tedd üressé, csinálj új feladatot) and may put the verb after its object ("az 1-est
    // csináld késszé": number 1 make done). Each pattern rewrites one construction to the English the rules read.
    private static string VerbFinalMake(string text)
    {
        if (!text.Contains("make", StringComparison.OrdinalIgnoreCase))
        {
            return text;
        }

        // "make new task: order X-ray film", "create a new todo: …": the verb before the label adds nothing ("Make new task" was added
        // as a task of its own).
        text = MakeNewTaskRegex().Replace(text, "${pre}new task:");
        // "number 1 make done", "2 and 3 make high priority", "the boiler one make p1": the task first, then "make" and the state or
        // level. Only where the words before "make" point at a task by position or with a determiner, and only with a state or
        // level closing the clause ("the cake make sure" is no request of this kind).
        text = ObjectMakeRegex().Replace(text, m => m.Groups["pre"].Value
            + (m.Groups["l"].Success ? "make " + m.Groups["x"].Value + " " + m.Groups["l"].Value : "mark " + m.Groups["x"].Value + " done"));
        // "make done number 1", "make finished the 2nd and 3rd": the state before the task (only a task by position).
        text = MakeDoneFirstRegex().Replace(text, "${pre}mark ${x} done");
        // "make empty my whole list", "make my list empty": empty it (a mass delete, which asks first).
        text = MakeEmptyRegex().Replace(text, "${pre}empty ${x}");
        return text;
    }

    [GeneratedRegex(@"(?<pre>^\s*(?:(?:please|pls|kindly)\s+)?)(?:make|create|do|open|write)\s+(?:(?:a|an|one)\s+)?new\s+(?:task|todo|to-do|item|entry|reminder)\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex MakeNewTaskRegex();

    private const string Position = @"(?:#\s?\d{1,2}|(?:the\s+)?\d{1,2}(?:st|nd|rd|th)(?:\s+one)?|\d{1,2}|(?:number|no\.?|nr\.?|task|item)\s+#?\d{1,2}|(?:the\s+)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last)(?:\s+one)?)";

    [GeneratedRegex(@"(?<pre>^\s*|[.;!?]\s*|,\s*(?:and\s+)?)(?<x>(?:(?:both|tasks|numbers|items)\s+)?" + Position + @"(?:(?:\s*,\s*|\s+(?:and|&)\s+)" + Position + @")*(?:\s+ones?)?|the\s+(?![^,.;!?]*\b(?:make|add|delete|remove|move)\b)[\p{L}\d'’-]+(?:\s+[\p{L}\d'’-]+){0,3}\s+ones?)\s+make\s+(?:it\s+|them\s+)?(?:(?<d>done|finished|complete|completed|ready)|(?<l>(?:high|medium|low|no)[\s-]+prio(?:rity)?|p[1-4]|urgent|important))(?=\s*(?:[.;!?]|,|$))", RegexOptions.IgnoreCase)]
    private static partial Regex ObjectMakeRegex();

    [GeneratedRegex(@"(?<pre>^\s*(?:(?:please|pls|kindly)\s+)?|[.;!?]\s*|,\s*(?:and\s+)?)make\s+(?:done|finished|complete|completed)\s+(?<x>(?:(?:both|tasks|numbers|items)\s+)?" + Position + @"(?:(?:\s*,\s*|\s+(?:and|&)\s+)" + Position + @")*(?:\s+ones?)?)(?=\s*(?:[.;!?]|,|$))", RegexOptions.IgnoreCase)]
    private static partial Regex MakeDoneFirstRegex();

    [GeneratedRegex(@"(?<pre>^\s*(?:(?:please|pls|kindly)\s+)?)(?:make\s+empty\s+(?<x>(?:my|the|our|this)\s+(?:(?:whole|entire|complete|full)\s+)?(?:to-?do\s+)?list)|make\s+(?<x>(?:my|the|our|this)\s+(?:(?:whole|entire|complete|full)\s+)?(?:to-?do\s+)?list)\s+empty)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MakeEmptyRegex();

    // ---- Malayalam in Malayalam-English ("Manglish", batch 110). Malayalam is verb-final with postpositions: the English verb
    // comes last, carried by a light verb ("X delete cheyyu": ToneWords drops "cheyyu"), and case endings follow the noun as
    // words of their own ("X nu" for X, "X il" in X, "X il ninnu" from X, "X ilekku" to X, "X um" X too). Each pattern below
    // rewrites one construction to the English order the rules read, and only where its Malayalam word stands.

    // Tamil in Tamil-English (batch 108) asks the same way: the filters, then "enna" (what), "ethu" (which) or "iruku" (there is),
    // with "la" (in) and "ku" (for) after a noun ("family tag la enna iruku", "friday ku enna due iruku?"), "sollu" (tell) or
    // "kaattu" (show) last, and "aachu" (became) after "done".
    // Words of an action: a clause with one of them is a request, never a listing's question.
    private const string ActionVerbs = "delete|remove|drop|cancel|trash|add|move|shift|postpone|complete|reopen|mark|change|set|update|rename|done|finished";

    private const string TamilQuestionWord = "enna|ennaa|ennenna|ethu|edhu|iruku|irukku|irukka|irukkaa|irukkudhu|" + MarathiQuestionWord;

    // Marathi asks the same way ("next week la kay ahe?", "low priority kaam konte ahet?", "medium priority home tasks kuthle?"): kay
    // (what), konte / kuthle (which), ahe / ahet (is, are).
    private const string MarathiQuestionWord = "kay|kaay|konte|konti|kontya|kuthle|kuthla|kuthli|ahe|aahe|ahet|aahet";

    private const string TamilWords = TamilQuestionWord + "|sollu|sollunga|kaatu|kaattu|kaattunga|aachu|achu|aachchu|aayiduchu|aayidichu";

    private const string LightVerb = @"(?:\s+(?:" + ToneWords.DravidianLightVerb + @"))?";

    // A date or time said as the value of an edit ("4pm", "tonight", "in 4 days", "saturday", "oct 3").
    private const string Time = @"(?:at\s+)?\d{1,2}(?::\d{2})?\s*(?:am|pm)|(?:at\s+)?\d{1,2}:\d{2}";

    private const string When = @"(?:(?:in\s+(?:\d+|a|an|one|two|three|four|five|six|seven|ten)\s+(?:days?|weeks?)|(?:today|tomorrow|tonight|this\s+(?:morning|afternoon|evening))(?:\s+(?:morning|afternoon|evening|night))?|next\s+week|(?:next\s+|this\s+|coming\s+)?(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?|(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*|\d{4}-\d{2}-\d{2})(?:\s+(?:" + Time + @"))?|" + Time + @")(?![\p{L}\d])";

    private const string Level = @"(?:(?:high|medium|low|top|no)[\s-]+prio(?:rity)?|p[1-4]|urgent|important)";

    private static string Malayalam(string text)
    {
        if (!MalayalamGateRegex().IsMatch(text))
        {
            return text;
        }

        // "ente list", "ente tasks okke": ente = my; "tasks okke", "tags okke": okke = all (after its noun).
        text = EnteRegex().Replace(text, "my");
        text = OkkeRegex().Replace(text, m => "all " + m.Groups["my"].Value + m.Groups["x"].Value);
        // "candles one onnu reopen cheyyu", "add this onnu - X": "onnu" (just, a softener) inside a request; said first, ToneWords drops it.
        text = OnnuRegex().Replace(text, "");
        // "pharmacy audit done aayi ✅" (became done), "2nd one cheythu" (did), "oil change kazhinju" (finished): the task is done.
        text = DoneAayiRegex().Replace(text, "${d}");
        text = DidRegex().Replace(text, " done");
        // "today entha due?", "tomorrow enthokke und?", "high priority entha ullathu?", "medium priority ullathu undo?", "next week
        // il entha ullathu": what (all) is there — the filters said first, the question word after them. Only when what is left
        // is a listing's filter ("ninte peru entha?", what is your name, is no listing), never with a verb of an action in the
        // clause ("low priority ullathu delete cheyyu" is a delete), and "undo"/"und" (is there) only before "?" (English "undo").
        // "pension cha task kuthe ahe?" (Marathi: where is the pension task): a search for it.
        text = WhereIsRegex().Replace(text, "${pre}search ${x}");
        text = QuestionRegex().Replace(text, m =>
        {
            var rest = QuestionWordRegex().Replace(m.Groups["q"].Value, " ");
            rest = TagIlRegex().Replace(rest, "#${t}");
            rest = RelatedRegex().Replace(rest, "tasks about ${x}");
            rest = SpacesRegex().Replace(rest, " ").Trim();
            return FilterWordRegex().IsMatch(rest) ? "show me " + rest : m.Value;
        });
        // "…?, onnu nokku", "…? search cheyyu", "…? quick aayi parayu": after that question, a bare "look", "search" or "tell me" asks
        // the same again.
        text = LookAgainRegex().Replace(text, "");
        // "#choir tasks kaanikku", "my list kaanikku": show, said last.
        text = ShowLastRegex().Replace(text, m => m.Groups["pre"].Value + "show me " + m.Groups["x"].Value.Trim());
        // "remittance ennu ulla tasks find cheyyu": the tasks that say X; "find" said last.
        text = SayingRegex().Replace(text, "tasks matching ${x}");
        text = FindLastRegex().Replace(text, "${pre}${v} ${x}");
        // Relative clauses before the noun: "tomorrow due ulla task" (the task that is due tomorrow), "today due aaya task", "low
        // priority ullathu" (the one that is low priority).
        text = DueRelativeRegex().Replace(text, "the one due ${f}");
        text = LevelRelativeRegex().Replace(text, "the ${l} one");
        // "pharmacy audit nu due date venda", "tiffin box nu priority venda", "temple visit la date nako" (Marathi): X's field is not
        // wanted, so it goes.
        text = FieldVendaRegex().Replace(text, m => m.Groups["pre"].Value + (m.Groups["due"].Success ? "remove the due date from " : m.Groups["pri"].Success ? "remove the priority from " : "remove all tags from ") + m.Groups["x"].Value);
        // "scooter insurance venda, remove cheyyu", "last one remove cheyyu, venda": "venda" (not wanted) beside a delete only says why.
        text = VendaBeforeDeleteRegex().Replace(text, "");
        text = VendaAfterDeleteRegex().Replace(text, "");
        // "headlight task nu description add cheyyu: …" (to X a description add): the note's text after the colon is already protected.
        text = NoteForRegex().Replace(text, "${pre}add a ${f} to ${x}:");
        // "handover notes nu time set cheyyu", "scooter service priority maattanam" (must change): an edit of X's field with no value
        // (the missing-value rule asks for it).
        text = FieldEditRegex().Replace(text, m => m.Groups["pre"].Value + (m.Groups["v"].Value.StartsWith("m", StringComparison.OrdinalIgnoreCase) ? "change" : m.Groups["v"].Value) + " the " + m.Groups["f"].Value + " of " + m.Groups["x"].Value);
        // "gas cylinder booking il ninnu tags okke remove cheyyu": from X remove Y.
        text = FromIlNinnuRegex().Replace(text, "${pre}${v} ${y} from ${x}");
        // "staff meeting oct 3 aanu, date update cheyyu": X is (on) that date.
        text = IsOnDateRegex().Replace(text, "${pre}${x} is due ${w}");
        // "KSEB bill low priority aakku" (make), "X 4pm aakku", "X date in 4 days aakku", "no priority aakku": made that level or moved
        // to that time ("make it …" when no task is named: the one before).
        text = MakeLevelRegex().Replace(text, m => m.Groups["pre"].Value + "make " + (m.Groups["x"].Value.Trim().Length == 0 ? "it" : m.Groups["x"].Value.Trim()) + " " + m.Groups["l"].Value);
        text = MakeWhenRegex().Replace(text, m => m.Groups["pre"].Value + (m.Groups["x"].Value.Trim().Length == 0 ? "move it to " + m.Groups["w"].Value : m.Groups["x"].Value.Trim() + " is due " + m.Groups["w"].Value));
        // "both call tasks um delete cheyyu", "done ones um include cheyyu": "um" (too) before the verb; "include" said last.
        text = UmRegex().Replace(text, "");
        text = IncludeLastRegex().Replace(text, "${pre}include ${x} too");
        // "scooter insurance renewal add cheyyu, in two weeks", "this evening X add cheyyu": the new task, then "add" and its light
        // verb last (a date after a comma still belongs to it).
        text = AddLastRegex().Replace(text, "${pre}add ${x}${rest}");
        // "choir song list print cheyyanam by wed - add": "cheyyanam" (must do) after the task's verb inside a clause.
        text = MustDoRegex().Replace(text, "");
        return text;
    }

    [GeneratedRegex(@"\b(?:" + ToneWords.DravidianLightVerb + @"|ente|okke|onnu|aayi|cheythu|cheyithu|kazhinju|theernnu|entha|enthaa|enthokke|enthellam|enthenkilum|und|undo|undu|ullathu|ulla|aaya|aayathu|kaanikku|kanikku|kaaniku|nokku|ennu|venda|nako|nu|ninnu|ilekku|aanu|dakhav|dakhva|kuthe|aakku|aakkanam|maattanam|maattu|maatanam|um|" + TamilWords + @")\b", RegexOptions.IgnoreCase)]
    private static partial Regex MalayalamGateRegex();

    [GeneratedRegex(@"\bente\b(?=\s+\p{L})", RegexOptions.IgnoreCase)]
    private static partial Regex EnteRegex();

    [GeneratedRegex(@"\b(?<my>my\s+)?(?<x>tasks|tags|labels|things|items|ones|todos)\s+okke\b", RegexOptions.IgnoreCase)]
    private static partial Regex OkkeRegex();

    [GeneratedRegex(@"(?<=\S)\s+onnu\b(?!\s+koodi)", RegexOptions.IgnoreCase)]
    private static partial Regex OnnuRegex();

    [GeneratedRegex(@"\b(?<d>done|finished|complete|completed|over|ready)\s+(?:aay(?:i|ittu|ittund|ittundu)|aachu|achu|aachchu|aayiduchu|aayidichu)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DoneAayiRegex();

    [GeneratedRegex(@"(?<=\S)\s+(?:cheythu|cheyithu|kazhinju|theernnu)(?=\s*(?:[,.!?;]|$|\p{So}|\p{Cs}))", RegexOptions.IgnoreCase)]
    private static partial Regex DidRegex();

    [GeneratedRegex(@"(?<=^\s*|[.!?;]\s*)(?<q>(?![^,.;!?]*\b(?:" + ActionVerbs + @")\b)[^,.;!?]*(?:\b(?:entha|enthaa|enthokke|enthellam|enthenkilum|ullathu|" + TamilQuestionWord + @")\b[^,.;!?]*|\b(?:undo|und|undu)(?=\s*\?)))", RegexOptions.IgnoreCase)]
    private static partial Regex QuestionRegex();

    [GeneratedRegex(@"\b(?:entha|enthaa|enthokke|enthellam|enthenkilum|undo|und|undu|ullathu|ulla|aayathu|aaya|il|cheyyanam|" + TamilQuestionWord + @"|la|ku|kku|" + ToneWords.DravidianLightVerb + @")\b", RegexOptions.IgnoreCase)]
    private static partial Regex QuestionWordRegex();

    [GeneratedRegex(@"(?<pre>^\s*|[.;!?]\s*)(?<x>[^,.;!?]+?)\s+(?:(?:cha|chi|che|wala|wali|wale)\s+)?(?:task|kaam|one)\s+kuthe(?:\s+(?:ahe|aahe))?(?=\s*(?:[?.!]|$))", RegexOptions.IgnoreCase)]
    private static partial Regex WhereIsRegex();

    [GeneratedRegex(@"\b(?<t>[\p{L}\d-]+)\s+tag(?:ged)?\b", RegexOptions.IgnoreCase)]
    private static partial Regex TagIlRegex();

    [GeneratedRegex(@"\b(?<x>[\p{L}\d-]+)\s+related\b", RegexOptions.IgnoreCase)]
    private static partial Regex RelatedRegex();

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex SpacesRegex();

    [GeneratedRegex(@"\b(?:today|tomorrow|tonight|due|overdue|pending|open|priority|prio|urgent|important|p[1-4]|tasks?|week|done|completed|finished|list|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b|#\w", RegexOptions.IgnoreCase)]
    private static partial Regex FilterWordRegex();

    [GeneratedRegex(@"(?<=\bshow\s+me\b[^.;!?,]*[,.!?]+)\s*(?:(?:quick(?:\s+aayi)?|just)\s+)?(?:nokku|kaanikku|kanikku|parayu|paranju\s+tha|sollu|sollunga|kaatu|kaattu|search|find|list)" + LightVerb + @"(?:\s+(?:da|di|machi|machan|pa|ma))?[\s.!?]*$", RegexOptions.IgnoreCase)]
    private static partial Regex LookAgainRegex();

    [GeneratedRegex(@"(?<pre>^\s*|[.;!?]\s*)(?<x>[^,.;!?]+?)\s+(?:kaanikku|kanikku|kaaniku|kaanikkamo|kanikkamo|kaanikkane|sollu|sollunga|kaatu|kaattu|kaattunga|dakhav|dakhva|dakhava)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ShowLastRegex();

    [GeneratedRegex(@"(?<x>[\p{L}\d#][^,.;!?]*?)\s+ennu\s+(?:ulla|ullathu|parayunna|ezhuthiya)\s+(?:tasks?|ones?|things?)", RegexOptions.IgnoreCase)]
    private static partial Regex SayingRegex();

    [GeneratedRegex(@"(?<pre>^\s*|[.;!?]\s*)(?<x>[^,.;!?]+?)\s+(?<v>find|search)" + LightVerb + @"(?=[\s.!?]*$)", RegexOptions.IgnoreCase)]
    private static partial Regex FindLastRegex();

    [GeneratedRegex(@"\b(?<f>today|tomorrow|tonight|overdue|(?:next\s+|this\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day|this\s+week|next\s+week)\s+(?:due\s+)?(?:ulla|aaya|aayittulla|ayittulla)\s+(?<n>task|one|thing)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DueRelativeRegex();

    [GeneratedRegex(@"\b(?<l>" + Level + @")\s+(?:ulla|ullathu|ullath|aaya|aayathu)(?:\s+(?:task|one|thing))?\b", RegexOptions.IgnoreCase)]
    private static partial Regex LevelRelativeRegex();

    [GeneratedRegex(@"\s+venda(?:\s+ini)?\s*(?=,\s*(?:(?:please|pls)\s+)?(?:remove|delete|drop|cancel|trash|scratch|bin)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex VendaBeforeDeleteRegex();

    [GeneratedRegex(@"(?<=\b(?:remove|delete|drop|cancel|trash|scratch|bin)\b[^,.;!?]*)\s*,\s*venda(?:\s+ini)?(?=[\s.!]*$)", RegexOptions.IgnoreCase)]
    private static partial Regex VendaAfterDeleteRegex();

    [GeneratedRegex(@"(?<pre>^\s*|[.;!?]\s*)(?<x>[^,.;!?]+?)\s+(?:nu|la|ko|ka|ki)\s+(?:(?<due>due\s+date|date|deadline|due|time)|(?<pri>priority|prio)|(?<tag>tags?|labels?))\s+(?:venda|vendam|nako|nakot|nahi\s+chahiye)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FieldVendaRegex();

    [GeneratedRegex(@"(?<pre>^\s*|[.;!?]\s*)(?<x>[^,.;!?:]+?)\s+nu\s+(?:a\s+)?(?<f>description|note|comment)\s+add" + LightVerb + @"\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex NoteForRegex();

    [GeneratedRegex(@"(?<pre>^\s*|[.;!?]\s*)(?<x>[^,.;!?]+?)\s+(?:nu\s+)?(?<f>time|due\s+date|date|deadline|priority|prio|title|name)\s+(?<v>set|change|update|maattanam|maattu|maatanam|matanam|maattane)" + LightVerb + Politeness + @"(?=[\s.!?]*$)", RegexOptions.IgnoreCase)]
    private static partial Regex FieldEditRegex();

    [GeneratedRegex(@"(?<pre>^\s*|[.;!?]\s*)(?<x>[^,.;!?]+?)\s+il\s*ninnu\s+(?<y>[^,.;!?]+?)\s+(?<v>remove|delete|clear|drop)" + LightVerb + @"(?=\s*(?:[,.;!?]|$))", RegexOptions.IgnoreCase)]
    private static partial Regex FromIlNinnuRegex();

    [GeneratedRegex(@"(?<pre>^\s*|[.;!?]\s*)(?<x>[^,.;!?]+?)\s+(?<w>" + When + @")\s+aanu\b(?:\s*,\s*(?:the\s+)?(?:due\s+)?(?:date|time|deadline)\s+(?:update|change|correct|fix|maattu)" + LightVerb + @")?", RegexOptions.IgnoreCase)]
    private static partial Regex IsOnDateRegex();

    [GeneratedRegex(@"(?<pre>^\s*|[,.;!?]\s*)(?<x>[^,.;!?]*?)\s*(?<l>" + Level + @")\s+(?:aakku|aakkanam|aakkiko|aakkamo|aakkane)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MakeLevelRegex();

    [GeneratedRegex(@"(?<pre>^\s*|[,.;!?]\s*)(?<x>[^,.;!?]*?)(?:\s*\b(?:due\s+date|date|time|deadline))?\s*(?<w>(?<=\s|^)" + When + @")\s+(?:aakku|aakkanam|aakkiko|aakkamo|aakkane)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MakeWhenRegex();

    [GeneratedRegex(@"(?<=\p{L})\s+um(?=\s+(?:include|delete|remove|drop|trash|cancel|add|show|complete|done|finished|reopen|venda|kaanikku)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex UmRegex();

    [GeneratedRegex(@"(?<pre>^\s*|[,.;!?]\s*)(?<x>(?!(?:it|that|this|them|i|we|you)\b)[^,.;!?]+?)\s+include" + LightVerb + @"(?=[\s.!?]*$)", RegexOptions.IgnoreCase)]
    private static partial Regex IncludeLastRegex();

    [GeneratedRegex(@"(?<pre>^\s*|[.;!?]\s*)(?<x>(?!(?:it|that|this(?!\s+(?:morning|afternoon|evening|week|weekend|month|(?:mon|tues|wednes|thurs|fri|satur|sun)day))|them|what|which|onnu|eda|edi|pinne|machane|ok|okay|so|please|pls)\b)[^,.;!?:\-\u2013\u2014]+?)\s+add\s+(?:" + ToneWords.DravidianLightVerb + @")(?<rest>\s*,[^.;!?]*)?(?=[\s.!?]*$)", RegexOptions.IgnoreCase)]
    private static partial Regex AddLastRegex();

    [GeneratedRegex(@"(?<=\p{L})\s+cheyyanam(?=\s+(?!(?:[?!.]|$))\S)", RegexOptions.IgnoreCase)]
    private static partial Regex MustDoRegex();

    [GeneratedRegex(@"(?<=^\s*|[,.;!?]\s*)(?<c>can|could)\s+(?=(?:add|delete|remove|move|mark|tick|show|put|change|set|update|reopen|rename|list|give|check|shift|push|postpone|cancel)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex CanVerbRegex();

    [GeneratedRegex(@"(?<=\p{L})\s+also(?=\s+(?:\p{L}{3,}ed|sent|paid|done|bought|made|got|taken|given|written|sold|brought|finished|sorted)\s*(?:[,.;!?]|$|\p{So}|\p{Cs}))", RegexOptions.IgnoreCase)]
    private static partial Regex AlsoParticipleRegex();

    [GeneratedRegex(@"(?<pre>^\s*|[.;!?]\s*)(?<f>[^,.;!?]+?)\s+(?:what['’]?s|what\s+is|what\s+are|which\s+are|which\s+ones?\s+(?:is|are))\s+(?:there|they|those|it|them|pending|left)\b(?:\s+(?:now|still|today))?(?=\s*(?:[,.;!?]|$))", RegexOptions.IgnoreCase)]
    private static partial Regex FiltersThenWhatRegex();

    [GeneratedRegex(@"\b(?:" + ActionVerbs + @"|put|make)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ActionVerbRegex();

    private static readonly string[] OrdinalWords = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"];

    [GeneratedRegex(@"(?<=^\s*|[,.;!?:]\s*|\b(?:can|could|would|will)\s+you\s+)(?<p>please|pls|plz|kindly)\s+to\s+(?!(?:the|my|a|an|me|us|him|her|them|this|that|your|our|list|do\s+list)\b)(?=\p{L})", RegexOptions.IgnoreCase)]
    private static partial Regex PleaseToRegex();

    [GeneratedRegex(@"(?<=^\s*|[.;!?]\s+)to\s+add\s*(?::|[-–—]\s)\s*(?=\S)", RegexOptions.IgnoreCase)]
    private static partial Regex ToAddLabelRegex();

    [GeneratedRegex(@"(?<=^\s*|[,.;!?:]\s*)(?<add>(?:(?:please|pls|kindly)\s+)?add)\s+to\s+(?=(?<rest>\p{L}+\s+(?!(?:list|lists|cart|basket)\b)\S))", RegexOptions.IgnoreCase)]
    private static partial Regex AddToVerbRegex();

    [GeneratedRegex(@"(?<=\b(?:the|its|a\s+new)\s+)(?<f>priority|prio|name|title|due\s+date|deadline|date|time|description|tags?)\s+at\s+(?=(?:the|my|this|that|our)\b|\p{Lu})", RegexOptions.IgnoreCase)]
    private static partial Regex FieldAtRegex();

    [GeneratedRegex(@"\b(?<n>(?:a|the)\s+(?:note|comment|description))\s+(?:at|in(?=\s+[^:.;!?]*:)(?!\s+(?:the|its|a)\s+(?:description|notes?|details|comments?)\b))\s+(?=(?:the|my|this|that|our)\b|\p{Lu}|#?\d)", RegexOptions.IgnoreCase)]
    private static partial Regex NoteAtRegex();

    [GeneratedRegex(@"(?<=\b(?:title|name|rename|retitle)\b[^.;!?]{0,60}?)\s+in\s+(?=QTOKEN\d+\s*[.!]*\s*$)", RegexOptions.IgnoreCase)]
    private static partial Regex TitleInRegex();

    [GeneratedRegex(@"\b(?<v>put|add|give|set|stick)\s+also\s+(?=(?:the\s+|a\s+)?(?:tag|label)\b|#\w)", RegexOptions.IgnoreCase)]
    private static partial Regex VerbAlsoTagRegex();

    [GeneratedRegex(@"\bput\s+(?<o>it|that|this|them)\s+(?:on\s+|as\s+|to\s+)?(?=(?:p[1-4]|(?:high|medium|low|top|no)(?:[\s-]+prio(?:rity)?)?|urgent|important)\s*[.!]*\s*(?:$|[,;]|\band\b))", RegexOptions.IgnoreCase)]
    private static partial Regex PutItLevelRegex();

    [GeneratedRegex(@"(?<=(?:^|[,.;!?:])\s*(?:(?:please|pls|kindly)\s+)?(?:move|push|shift|postpone|reschedule|delete|remove|erase|drop|reopen|uncheck|complete|finish|tick\s+off|check\s+off|mark|change|rename|make|set|tag)\s+)the\s+(?<n>10|[1-9])(?:st|nd|rd|th)\b(?!\s+of\b)", RegexOptions.IgnoreCase)]
    private static partial Regex VerbDigitOrdinalRegex();

    [GeneratedRegex(@"(?<=(?:^|[.;!?]\s+)\s*(?:i|we)\s+(?:(?:have|had|just|already|also|finally)\s+|['’]ve\s+)*(?:\p{L}+ed|paid|done|did|sent|bought|made|got|took|wrote|sold|brought|finished)\b[^.;!?]*?)\s+and\s+also\s+(?=(?:the|my|our)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex ReportAndAlsoRegex();

    [GeneratedRegex(@"(?<=\S)\s+[—–-]+\s*,?\s*(?:is|are)\s+(?=(?:done|finished|completed|complete|paid|sorted)\s*[.!]*\s*$)", RegexOptions.IgnoreCase)]
    private static partial Regex DashIsDoneRegex();

    [GeneratedRegex(@"(?<=^\s*(?:(?:please|pls|kindly)\s+)?(?:add|new\s+task|create|put|remind\s+me\s+to)\b[^.;!?]*?)\s*,\s*(?:(?:they|people)\s+says?\s+)?(?:is|was|are|were)\s+(?!(?:done|finished|complete|completed|paid|sorted|urgent|important|critical|due|for|on|by|at|to|high|medium|low|top|not|no|overdue|today|tomorrow|tonight|next|this|every|p[1-4]|cancell?ed|postponed|moved|optional)\b)[^,;.!?]*(?=[.!]*\s*$)", RegexOptions.IgnoreCase)]
    private static partial Regex ProDropRemarkAfterAddRegex();

    [GeneratedRegex(@"\s*,\s*(?:(?:about|around|approx\.?|~)\s*)?(?:[€$£]\s*\d+(?:[.,]\d+)?|\d+(?:[.,]\d+)?\s*(?:lei|ron|euros?|eur|€|\$|usd|dollars?|bucks|pounds?|quid|gbp|£|chf|francs?|kr|sek|dkk|nok|zł|zl|pln|huf|forints?|czk|rupees?|rs\.?|inr|pkr|npr|yen|¥|baht|pesos?|reais|rand|naira|cedis?|shillings?|kes)(?![\p{L}]))(?=[\s.!]*$)", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingAmountRegex();
}
