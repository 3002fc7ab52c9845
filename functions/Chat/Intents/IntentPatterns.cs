using System.Text.RegularExpressions;

namespace TodoFunctions.Chat.Intents;

/// <summary>Phrasings of complete, reopen and delete, each capturing the reference as "ref".</summary>
public sealed record PastReport(string Verb, string Object, bool OwnVerbOnly = false);

public static partial class IntentPatterns
{
    public static string? MatchReopen(string clause) => FirstRef(clause, ReopenRegexes);

    public static string? MatchDelete(string clause) => FirstRef(clause, DeleteRegexes);

    public static string? MatchComplete(string clause) => FirstRef(clause, CompleteRegexes) ?? DoneThenRemark(clause);

    // "leg day done, can't feel my legs", "the hedge done - took all morning": a statement after "X done" only says how it went.
    private static string? DoneThenRemark(string clause) =>
        Complete5Remark().Match(clause) is { Success: true } m
        && (References.TaskReferenceResolver.HasFiniteVerb(m.Groups["tail"].Value) || AppraisalRegex().IsMatch(m.Groups["tail"].Value))
        && !ClauseSplitter.StartsWithCommand(m.Groups["tail"].Value) && !ActionLexicon.IsIdiom(m.Groups["tail"].Value)
        && !MentionsAction(m.Groups["tail"].Value) && !m.Groups["tail"].Value.Contains('?', StringComparison.Ordinal)
            ? m.Groups["ref"].Value
            : null;

    // "kim's brows done, looking schmick", "the fence done - looks great": how the result looks, said without a subject.
    [GeneratedRegex(@"^\s*(?:and\s+)?(?:(?:looking|looks|look|feeling|feels|came\s+out|turned\s+out)\s+(?:(?:so|really|very|super|heaps|pretty|real)\s+)?\p{L}+|(?:all\s+)?(?:good|great|perfect|sweet|lovely|beautiful|gorgeous|spotless|schmick|mint)(?:\s+now)?)[\s!.]*$", RegexOptions.IgnoreCase)]
    private static partial Regex AppraisalRegex();

    /// <summary>
    /// "I paid the electricity bill", "finally fixed the tap", "read ch 7 last night" (when it was done is not part of the task), "the report got sent", "bills are paid ✅": a report that
    /// something was done. Returns the verb's stem and its object so the caller can look for the pending task they name.
    /// </summary>
    public static PastReport? MatchPastTense(string clause)
    {
        // "I did not reply to the recruiter yet", "we did not export the icons": the spelled-out negation is no report that
        // it was done ("did" had been read as the past and "not reply …" as its object); NotDoneReportRule reopens it.
        if (NegatedPastRegex().IsMatch(clause))
        {
            return null;
        }

        var m = PastTenseRegex().Match(clause);
        if (m.Success && IsPastVerb(m.Groups["verb"].Value))
        {
            // "put high priority on the rent", "set it for friday": a verb whose past is its base form, said first with no
            // subject and no "when", is as much a request as a report, so it reports only the task named by that very verb
            // ("read ch 7 of gatsby"), never whatever task its object happens to mention.
            return new PastReport(Text.WordMatcher.Stem(m.Groups["verb"].Value), m.Groups["ref"].Value, OwnVerbOnly: IsBareBaseFormVerb(clause, m));
        }

        // "dropped the guitar off at the luthier", "moved the couch": a verb that usually reports a change of plan
        // still reports the task done when the task is named by that very verb ("Drop guitar at the luthier").
        if (m.Success && OtherOutcome.Contains(m.Groups["verb"].Value))
        {
            return new PastReport(Text.WordMatcher.Stem(m.Groups["verb"].Value), m.Groups["ref"].Value, OwnVerbOnly: true);
        }

        // "already submit the abstract", "i already pay the rent": in many learners' English (Indonesian "sudah",
        // Singlish "already") "already" before a plain verb makes it a report of something done.
        if (AlreadyBaseVerbRegex().Match(clause) is { Success: true } already && !NotPast.Contains(already.Groups["verb"].Value))
        {
            return new PastReport(Text.WordMatcher.Stem(already.Groups["verb"].Value), already.Groups["ref"].Value);
        }

        foreach (var regex in new[] { PassiveRegex(), BareParticipleRegex() })
        {
            m = regex.Match(clause);
            // "the vet's rung", "Mum's phoned back", "Gran's written back": "'s" before a verb of calling is "has", so the one named
            // rang (the vet is the caller); it reports nothing done ("the vet's been rung", "postmortem's written" still do).
            if (m.Success && regex == PassiveRegex() && CallerHasRegex().IsMatch(clause))
            {
                return null;
            }

            if (m.Success && IsPastVerb(m.Groups["verb"].Value))
            {
                // "the thank-you email sent to Nora": the phrase after the verb still names the task.
                return new PastReport(Text.WordMatcher.Stem(m.Groups["verb"].Value), m.Groups["ref"].Value + m.Groups["obj"].Value);
            }

            // "pointe shoes for seniors ordered already", "bibs for the U9s washed": a task's name with a preposition in it
            // before the participle; the first match took a noun of the name for the verb and the rest for its object.
            if (m.Success && regex == BareParticipleRegex() && m.Groups["obj"].Success && !IsPastVerb(m.Groups["verb"].Value)
                && !OtherOutcome.Contains(m.Groups["verb"].Value)
                && ParticipleLastRegex().Match(clause) is { Success: true } last && IsPastVerb(last.Groups["verb"].Value))
            {
                return new PastReport(Text.WordMatcher.Stem(last.Groups["verb"].Value), last.Groups["ref"].Value);
            }

            // "the wipers are changed", "sofa moved": the same verbs as a participle report the task named by that verb.
            if (m.Success && OtherOutcome.Contains(m.Groups["verb"].Value) && !m.Groups["obj"].Success)
            {
                return new PastReport(Text.WordMatcher.Stem(m.Groups["verb"].Value), m.Groups["ref"].Value, OwnVerbOnly: true);
            }
        }

        return null;
    }

    /// <summary>
    /// "Earl fixed the screen door finally", "my husband mowed the lawn": someone else did it. Returns the verb's stem and its
    /// object; the caller completes only a task whose own verb that is, since what others did is more often news than a report.
    /// </summary>
    public static PastReport? MatchOtherDoerPast(string clause)
    {
        var m = OtherDoerPastRegex().Match(clause);
        return m.Success && IsPastVerb(m.Groups["verb"].Value)
            ? new PastReport(Text.WordMatcher.Stem(m.Groups["verb"].Value), m.Groups["ref"].Value, OwnVerbOnly: true)
            : null;
    }

    [GeneratedRegex(@"^(?:(?:well|so|yep|yeah|good\s+news)[\s,!]+)*(?:(?:my|our|the)\s+(?:husband|hubby|wife|son|daughter|boy|girl|kids?|grandson|granddaughter|grandbabies|brother|sister|mama|mom|mum|dad|daddy|papa|neighbou?r|partner|pastor|deacon|sister\s+\p{L}+|brother\s+\p{L}+)|he|she|they|(?!(?:I|We|It|That|This|There|The|You|Just|Finally|Already|Please)\b)(?-i:\p{Lu}\p{Ll}+)(?:\s+(?-i:\p{Lu}\p{Ll}+))?)\s+(?:(?:just|already|finally|went\s+and|done)\s+)*(?<verb>[a-z]+)\s+(?<ref>.+?)(?:\s+" + WhenDone + @")*[\s.!]*$", RegexOptions.IgnoreCase)]
    private static partial Regex OtherDoerPastRegex();

    // "the landlord's written back" is news from someone; "the incident report's written (up)" reports the task done.
    [GeneratedRegex(@"^[^,;]{1,60}?['’]s\s+(?:just\s+|finally\s+|already\s+)?(?:rung|rang|phoned|called|texted|emailed|messaged|rung\s+back|replied|(?:written|wrote)\s+(?:back|to\s+(?:me|us))|answered)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CallerHasRegex();

    [GeneratedRegex(@"^(?:(?:i|we)\s+)?already\s+(?<verb>[a-z]{3,})\s+(?<ref>[^,;.!?]+?)(?:\s+(?:already|today|yesterday))?[\s!.✅✔👍🎉🥳\p{So}\p{Cs}]*$", RegexOptions.IgnoreCase)]
    private static partial Regex AlreadyBaseVerbRegex();

    // "put", "set", "cut", "read", "shut": the past form is the base form. Bare means no "I"/"we"/"just"/"already" before it
    // and no "last night"/"today" after its object.
    private static bool IsBareBaseFormVerb(string clause, Match m)
    {
        var verb = m.Groups["verb"].Value;
        var reference = m.Groups["ref"];
        return IsBaseFormPast(verb) && !ReportLeadRegex().IsMatch(clause[..m.Groups["verb"].Index])
            && clause[(reference.Index + reference.Length)..].Trim().Length == 0;
    }

    /// <summary>"put", "set", "cut", "read", "shut": a verb whose past form is its base form.</summary>
    public static bool IsBaseFormPast(string verb) =>
        Text.WordMatcher.IsIrregularPast(verb) && string.Equals(Text.WordMatcher.Stem(verb), verb, StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"\b(?:i|we|me|i've|we've|have|just|already|finally)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ReportLeadRegex();

    private static bool IsPastVerb(string verb) =>
        !NotPast.Contains(verb) && !OtherOutcome.Contains(verb) && (verb.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || Text.WordMatcher.IsIrregularPast(verb));

    /// <summary>"the photos aren't backed up after all", "the garage isn't clean": a completed task turns out not to be done.</summary>
    public static PastReport? MatchNegatedPassive(string clause)
    {
        var m = NegatedPassiveRegex().Match(clause);
        // Any word will do ("the garage isn't clean after all"): the caller only acts when a completed task matches it.
        return m.Success && !NotPast.Contains(m.Groups["verb"].Value) && !OtherOutcome.Contains(m.Groups["verb"].Value) ? new PastReport(Text.WordMatcher.Stem(m.Groups["verb"].Value), m.Groups["ref"].Value) : null;
    }

    [GeneratedRegex(@"^(?<ref>.+?)(?:\s+(?:(?:still\s+)?(?:isn['’]?t|aren['’]?t|wasn['’]?t|weren['’]?t|ain['’]?t|is\s+not|are\s+not|was\s+not|were\s+not|hasn['’]?t\s+been|haven['’]?t\s+been|has\s+not\s+been|have\s+not\s+been|didn['’]?t\s+get|did\s+not\s+get|never\s+got|never\s+been|hasn['’]?t\s+got|not\s+been)|(?:is|are|was|were|has\s+been)\s+still\s+not)|['’]s\s+not|['’]s\s+still\s+not|\s+still\s+not|\s+not(?=\s+(?:\w+ed|sent|paid|bought|done)\b)|\s+(?:didn['’]?t|did\s+not|never)(?=\s+(?:actually\s+|really\s+)?(?:go|went|get|got|happen|happened|arrive|arrived|work|worked)\b))\s+(?:(?:actually|really|quite|properly|even|yet)\s+)*(?<verb>[a-z]+)(?:\s+(?:up|off|out|in|back|away|through))?(?:\s+(?:after\s+all|yet|properly|at\s+all|actually|really))*[\s!.]*$", RegexOptions.IgnoreCase)]
    private static partial Regex NegatedPassiveRegex();

    /// <summary>"I haven't texted Julia yet": verb and object of a negated past, to look for a completed task.</summary>
    public static string? MatchNegatedPast(string clause)
    {
        var m = NegatedPastRegex().Match(clause);
        return m.Success ? Text.WordMatcher.Stem(m.Groups["verb"].Value) + " " + m.Groups["ref"].Value : null;
    }

    public static bool IsMassDelete(string clause, out string rest)
    {
        var m = MassDeleteRegex().Match(clause);
        rest = m.Success ? clause[(m.Index + m.Length)..] : "";
        return m.Success;
    }

    public static bool IsYes(string text) => YesRegex().IsMatch(text.Trim());

    public static bool IsNo(string text) => NoRegex().IsMatch(text.Trim());

    /// <summary>Strips a correction opener ("no, …", "actually …", "I meant …") and reports whether there was one.</summary>
    public static bool TryStripCorrection(string text, out string rest)
    {
        var m = CorrectionRegex().Match(text);
        rest = m.Success ? text[m.Length..] : text;
        return m.Success && rest.Trim().Length > 0;
    }

    /// <summary>Whether a remark after a comma still asks for something ("92 km 💪 check it off"): then it is no mere remark.</summary>
    public static bool MentionsAction(string text) => ActionWordRegex().IsMatch(text);

    [GeneratedRegex(@"\b(?:tick|check|mark|delete|remove|reopen|untick|uncheck|cancel|move|add|put|change|rename|tag|push|done|finished)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ActionWordRegex();

    public static string StripFillers(string text) => FillerRegex().Replace(UpdateEchoRegex().Replace(CourtesyRegex().Replace(AsideRegex().Replace(LeadingCourtesyRegex().Replace(StripStance(text), ""), ""), ""), ""), "");

    /// <summary>"add the following, please: a, b and c", "Please add following: 1) …" (the article dropped), "A few things for my list, if you please: a; b; c",
    /// "Two reminders, please: Emma's recital on June 6; …" (a count said first): a label, then the new tasks.</summary>
    public static string ListLabelToAdd(string text) => ListLabelRegex().Replace(text, "add ", 1);

    [GeneratedRegex(@"^\s*(?:here\s+(?:are|is)\s+)?(?:(?:please|kindly)\s+)?(?:(?:add|put\s+down|note\s+down|jot\s+down)\s+)?(?:(?:the\s+)?following(?:\s+(?:things|items|tasks))?|these(?:\s+(?:things|items|tasks))?|(?:(?:a\s+)?(?:few|couple\s+of)|two|three|four|five|six|[2-9])\s+(?:more\s+|new\s+|quick\s+)*(?:things|items|tasks|jobs|errands|reminders|to-?dos)(?:\s+(?:for|on|to)\s+(?:my|the)\s+(?:to-?do\s+)?list)?)(?:[\s,]*(?:please|if\s+you\s+please|if\s+you\s+would|for\s+me))?\s*:\s*(?=\S)|^\s*(?:(?:please|kindly)\s+)?(?:add|put\s+down|note\s+down|jot\s+down)\s+the\s+following(?:\s+(?:things?|items?|tasks?))?\s*,\s*(?=\S)", RegexOptions.IgnoreCase)]
    private static partial Regex ListLabelRegex();

    /// <summary>
    /// "I am pleased to report that I mailed the card", "It turns out the deposit isn't due until …", "… done, I am happy to say",
    /// "… high priority, I think": how the speaker feels about the news, never part of it.
    /// </summary>
    public static string StripStance(string text) => TrailingStanceRegex().Replace(LeadingStanceRegex().Replace(text, ""), "");

    [GeneratedRegex(@"^\s*(?:(?:on\s+(?:reflection|second\s+thought)|looking\s+ahead(?:\s+a\s+(?:little|bit))?|as\s+it\s+happens|(?:good|great|bad|sad)\s+news|as\s+it\s+turns\s+out|truth\s+be\s+told|in\s+any\s+case)\s*,\s*|(?:I|we)\s+(?:am|are|'m|'re|\u2019m|\u2019re)\s+(?:(?:very|so|most|ever\s+so)\s+)?(?:pleased|happy|glad|delighted|sorry|sad|relieved|proud)\s+to\s+(?:report|say|tell\s+you|announce)(?:\s+that)?[\s,]+|(?:I|we)(?:\s+am|\s+are|'m|'re|\u2019m|\u2019re)\s+afraid(?:\s+that)?[\s,]+|it\s+(?:(?:would|does|do)\s+)?(?:seems?|appears?|turns\s+out|turned\s+out|transpires)(?:\s+that)?[\s,]+)(?=\S)", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingStanceRegex();

    [GeneratedRegex(@"[\s,;]+(?:I\s+(?:think|believe|suppose|expect|reckon|fear|daresay)|I\s+(?:am|'m|\u2019m)\s+(?:(?:very|so)\s+)?(?:happy|pleased|glad|relieved|sorry)\s+to\s+say|I(?:\s+am|'m|\u2019m)\s+afraid|thank\s+(?:goodness|heavens)|of\s+course)(?=[\s.!?]*$)", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingStanceRegex();

    // "I'd be much obliged if you would add …", "would you be so kind as to move …", "I wonder if you could tick …":
    // an indirect request wrapped in courtesy is read as the request itself.
    [GeneratedRegex(@"^\s*(?:(?:so|and|then|but|now)[\s,]+)?(?:(?:I|we)(?:['\u2019]d|\s+would|\s+should)\s+be\s+(?:(?:ever\s+so|much|most|very|so|truly|really)\s+)?(?:obliged|grateful|thankful|pleased|glad)\s+if\s+you\s+(?:would|could|will|can|might)\s+(?:(?:please|kindly|just)\s+)?|(?:(?:I|we)(?:['\u2019]d|\s+would)\s+appreciate\s+it\s+if\s+you\s+(?:would|could|will|can)\s+)|(?:(?:I|we)\s+(?:suppose|think|guess|reckon)\s+)?(?:I|we)(?:['\u2019]d|\s+had)\s+better\s+|(?:would|could|will)\s+you\s+be\s+(?:so\s+kind|good\s+enough|kind\s+enough)\s+(?:(?:as\s+)?to|and)\s+|you\s+(?:may|might|can|could)\s+(?:(?:as\s+well|now|just|certainly)\s+)*|let\s+us\s+|let['\u2019]s\s+|(?:I|we)\s+wonder(?:ed)?\s+if\s+you\s+(?:would|could|might)\s+(?:(?:please|kindly)\s+)?)(?=(?:add|put|move|push|mark|check|tick|cross|delete|remove|set|make|change|update|reschedule|note|jot|pop|take|reopen|lower|raise|schedule|scratch|strike|drop|cancel|consider|bring|retitle|rename|undo|get\s+rid|clear|show|search|restore|reinstate)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingCourtesyRegex();

    // "… on my way home (the queue was dreadful, as ever, but never mind)": a bracketed aside of four or more words is a
    // remark about the request, never part of it (a short one, "(2 litres)", may still belong to a title).
    [GeneratedRegex(@"\s*\((?:[^()\s]+\s+){3,}[^()]*\)", RegexOptions.IgnoreCase)]
    private static partial Regex AsideRegex();

    // "the harambee is actually on 14th March, please update it", "… - kindly update the visit": after the new value was
    // said, asking to apply it adds nothing (a bare "update it" with no value would only ask).
    [GeneratedRegex(@"(?=\s*(?:,|;|\s[-\u2013\u2014]))(?<=\b(?:date|deadline|due)\b.*)\s*(?:,|;|\s[-\u2013\u2014])\s*(?:so\s+)?(?:(?:please|kindly)\s+)?(?:take|remove|drop|clear|delete)\s+(?:the\s+|its\s+)?(?:due\s+date|date|deadline)(?:\s+off)?(?:\s+(?:please|too))*(?=\s*[.!]*\s*$)|(?<=\S)\s*(?:,|;|\s[-\u2013\u2014])\s*(?:so\s+)?(?:(?:please|kindly)\s+)?(?:update|amend|change)\s+(?:it|that|this|that\s+one|my\s+list|accordingly|the\s+(?:task|entry|one|list|date|time)|(?<=(?:please|kindly)\s+(?:update|amend)\s+)the\s+\p{L}+)(?:\s+(?:accordingly|please|too))*(?=\s*[.!]*\s*$)", RegexOptions.IgnoreCase)]
    private static partial Regex UpdateEchoRegex();

    // "…, if it's not too much trouble", "when you get a minute, …", "…, if you would be so kind": politeness around a
    // request, never a clause of its own (it would become a task).
    [GeneratedRegex(@"(?:^|[\s,]+)(?:if\s+(?:it'?s|it\s+is|that'?s|that\s+is)\s+not\s+too\s+much\s+(?:trouble|bother)|if\s+you\s+(?:would\s+be\s+so\s+(?:kind|good)|(?:would|wouldn'?t|don'?t)\s+mind|please|can|could|would)|when\s+you\s+(?:get|have)\s+a\s+(?:minute|moment|sec(?:ond)?|chance)|but\s+(?:leave|keep)\s+(?:the\s+)?(?:rest|others?|other\s+ones?|[\p{L}-]+\s+one)(?:\s+(?:on|as\s+(?:is|it\s+is)|alone))?)(?=\s*(?:[,.!?]|$))[,]?", RegexOptions.IgnoreCase)]
    private static partial Regex CourtesyRegex();

    private static string? FirstRef(string clause, Regex[] regexes)
    {
        foreach (var regex in regexes)
        {
            var m = regex.Match(clause);
            if (m.Success)
            {
                return m.Groups["ref"].Value;
            }
        }

        return null;
    }

    private static readonly HashSet<string> NotPast = new(StringComparer.OrdinalIgnoreCase)
    {
        "need", "feed", "speed", "seed", "bleed", "breed", "proceed", "succeed", "exceed", "embed", "shed", "bed", "wed", "red", "shred",
        // how people feel, never a task done: "the coaches are wrecked, postpone the training rota"
        "wrecked", "knackered", "shattered", "exhausted", "tired", "stressed", "frazzled", "bored", "jaded",
    };

    // Verbs that say a plan did not happen ("the gala got cancelled", "the fitting was postponed"): they report a task done only
    // when they are its own verb ("Cancel the gala booking").
    private static readonly string[] CalledOff =
        ["cancelled", "canceled", "scrapped", "postponed", "delayed", "rescheduled", "pushed", "missed", "forgot", "forgotten", "skipped", "failed", "ignored"];

    // "landlord agreed, postpone rent by 5 days", "the examiner replied": what the person named said or allowed is news, and the
    // task with that person in it is not done by it ("Agree the fee with Tõnu" still completes on "fee agreed").
    private static readonly string[] Consented =
        ["agreed", "said", "replied", "answered", "refused", "decided", "promised", "offered", "suggested", "allowed", "accepted", "approved"];

    private static readonly HashSet<string> CalledOffStems = CalledOff.Select(Text.WordMatcher.Stem).ToHashSet(StringComparer.Ordinal);

    // Past forms that report something other than "done": alone they never complete a task (only with the task's own verb).
    // "changed the hose" or "moved the couch" with their object still report the task done; a plan called off never does.
    private static readonly HashSet<string> OtherOutcome =
        new(CalledOff.Concat(["moved", "changed", "dropped", "started", "planned", "scheduled", "booked-in"]).Concat(Consented), StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether a past form's stem (<see cref="PastReport.Verb"/>) says a plan was called off, not done.</summary>
    internal static bool IsCalledOff(string verbStem) => CalledOffStems.Contains(verbStem);


    private static readonly Regex[] ReopenRegexes = [Reopen1(), Reopen2(), Reopen3(), Reopen4(), Reopen5()];
    private static readonly Regex[] DeleteRegexes = [Delete1(), NoLongerNeeded()];
    private static readonly Regex[] CompleteRegexes = [CompletePronoun(), Complete1(), Complete2(), Complete3(), Complete4(), Complete5()];

    // "delete 1, 2 and 3", "remove #2, #4": a comma before another position continues the reference; any other comma ends it
    // (what follows is the reason: "delete the gym, not going anymore").
    private const string PositionAfterComma = @"(?:#|no\.?\s*|number\s+|and\s+(?:#|no\.?\s*|number\s+)?)?\d{1,2}\b";

    // Who did it: "I", "we", "Kamau and I", "me and the kids".
    private const string Doer = @"(?:(?:(?:[\p{L}']+|my\s+\w+)\s+and\s+)?(?:i|we)\s+|me\s+and\s+(?:my\s+|the\s+)?[\p{L}']+\s+|i've\s+|we've\s+)";

    // When or where it was done, said after the object: no part of the task's name ("the one due today" still names the task).
    private const string WhenDone = @"(?<!\b(?:due|for|until|till|by)\s+)(?:last\s+night|yesterday|earlier(?:\s+today)?|this\s+(?:morning|afternoon|evening)|today|tonight|finally|already|at\s+last|just\s+now|on\s+(?:my|the|our)\s+way\s+(?:home|back|in|out|to\s+\w+)|on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|over\s+the\s+weekend|at\s+the\s+weekend|at\s+the\s+(?:[\p{L}']+\s+){0,2}(?:office|shop|store|bank|market|counter|desk|station|mall)|during\s+(?:my|the|our)\s+(?:[\p{L}']+\s+){0,2}(?:shift|break|visit|trip|run)|on\s+(?:the\s+same|one|that|my|the)\s+(?:trip|run|visit|outing)(?:\s+(?:into|to|in)\s+town)?)";

    private const string Done = @"(?:done|complete|completed|finished|checked(?:\s+off)?|ticked(?:\s+off)?|crossed\s+off|sorted|handled|taken\s+care\s+of)";

    [GeneratedRegex(@"^(?:please\s+)?(?:reopen|re-open|uncheck|unmark|un-complete|uncomplete|unfinish|undo|restore|un-check|unarchive|revive)\s+(?<ref>.+?)(?:\s+(?:as\s+)?(?:pending|open|not\s+done))?$", RegexOptions.IgnoreCase)]
    private static partial Regex Reopen1();

    [GeneratedRegex(@"^(?:please\s+)?(?:mark|set|flag|make|put)\s+(?<ref>.+?)\s+(?:as\s+|to\s+|back\s+(?:to|as)\s+)?(?:not\s+(?:yet\s+)?(?:done|complete|completed|finished)|undone|incomplete|uncompleted|unfinished|pending|open|to\s*-?\s*do|active|not\s+finished)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Reopen2();

    [GeneratedRegex(@"^(?<ref>.+?)(?:\s+(?:isn't|aren't|wasn't|weren't|is\s+not|are\s+not|was\s+not|were\s+not|is\s+n't)|'s\s+not|’s\s+not)\s+(?:actually\s+|really\s+|quite\s+)?(?:yet\s+)?(?:done|finished|complete|completed)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Reopen3();

    [GeneratedRegex(@"\b(?:i\s+)?(?:didn't|did\s+not|haven't|have\s+not|never|hasn't|has\s+not)\s+(?:actually\s+|really\s+|yet\s+|even\s+)?(?:finish|finished|complete|completed|do|done)\s+(?<ref>[^,;.!?]+)", RegexOptions.IgnoreCase)]
    private static partial Regex Reopen4();

    [GeneratedRegex(@"^(?:please\s+)?put\s+(?<ref>.+?)\s+back(?:\s+(?:on|in|to)\s+(?:my|the)\s+(?:list|todo\s+list|tasks))?$|^(?:please\s+)?(?:bring\s+back|move\s+back)\s+(?<ref>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex Reopen5();

    // A dash ends the reference only as a dash: inside a word ("delete QA-1790", "the hi-hat task") it is part of the name
    // (the ticket id was cut to "QA", which tied with every other QA ticket).
    [GeneratedRegex(@"^(?:please\s+)?(?:delete|remove|drop(?!\s+off\b)|scratch|trash|cancel|erase|discard|ditch|nuke|scrap|get\s+rid\s+of|forget\s+about|forget|cross\s+out|axe)\s+(?!(?:is|are|was|were|has|have|had|got|gets|been)\b)(?<ref>(?:[^,;]|,\s*(?=" + PositionAfterComma + @"))+?)(?:\s+(?:from|off)\s+(?:my|the)\s+(?:todo\s+|to-do\s+|task\s+)?(?:list|tasks|todos))?(?:\s*(?:,(?!\s*" + PositionAfterComma + @")|;|—|(?<![\p{L}\d])-|-(?![\p{L}\d])|because|since|as\s+i|i'm|i\s+am|not\s+doing).*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Delete1();

    [GeneratedRegex(@"^(?<ref>it|that|this|that\s+one|this\s+one)(?:'s|\s+is|s)\s+(?:all\s+|now\s+)?" + Done + @"\b|^(?<ref>)(?:all\s+)?" + Done + @"(?:\s+(?:with\s+)?(?:it|that|this))?[\s!.✅✔️👍]*$", RegexOptions.IgnoreCase)]
    private static partial Regex CompletePronoun();

    [GeneratedRegex(@"^(?:i\s+|we\s+)?(?:don't|do\s+not|no\s+longer|won't|will\s+not)\s+(?:need|have|want|plan)\s+to\s+(?<ref>[^,;]+?)(?:\s+any\s*more|\s+after\s+all)?(?:\s*[,;].*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex NoLongerNeeded();

    [GeneratedRegex(@"^(?:please\s+)?(?:mark|set|flag|make)\s+(?<ref>.+?)\s+(?:as\s+|to\s+)?" + Done + @"\b", RegexOptions.IgnoreCase)]
    private static partial Regex Complete1();

    [GeneratedRegex(@"^(?:please\s+)?(?:complete|check\s+off|tick\s+off|cross\s+off|finish\s+off|mark\s+off)\s+(?<ref>.+?)(?:\s+as\s+done)?$|^(?:please\s+)?(?:check|tick|cross|mark)\s+(?<ref>.+?)\s+off$", RegexOptions.IgnoreCase)]
    private static partial Regex Complete2();

    [GeneratedRegex(@"^(?:i'?ve\s+|we'?ve\s+|i'?m\s+|i\s+am\s+|we\s+are\s+|" + Doer + @")?(?:(?:just|already|finally|have|'ve|now|all)\s+)*(?:finished|completed|done\s+with|did(?!\s+not\b)|done|checked\s+off|ticked\s+off|took\s+care\s+of|wrapped\s+up|knocked\s+out)(?:\s*[:\-—]\s*|\s+)(?:(?:going|reading|working|looking)\s+(?:through|over|on|at)\s+|dealing\s+with\s+)?(?<ref>.+?)(?:\s+" + WhenDone + @")*$", RegexOptions.IgnoreCase)]
    private static partial Regex Complete3();

    // "the 3rd one is over" (Indian English): over, said last after a copula, is done.
    [GeneratedRegex(@"^(?<ref>.+?)(?:\s+(?:is|are|was|were|has\s+been|have\s+been|got|is\s+now|are\s+now|is\s+all|are\s+all)|'s)\s+(?:all\s+|now\s+|finally\s+|already\s+)?(?:" + Done + @"\b|over(?=[\s!.]*$))", RegexOptions.IgnoreCase)]
    private static partial Regex Complete4();

    // "number 2 finished yesterday": when it got done closes the report (read as a past tense, "finished" named "Finish the facade
    // drawings" instead of number 2).
    [GeneratedRegex(@"^(?<ref>.+?)\s*(?:[:\-—]\s*)?" + Done + @"\s*(?:now|already|finally|yesterday|today|this\s+morning|last\s+night|earlier)?[\s!.✅✔️👍]*$", RegexOptions.IgnoreCase)]
    private static partial Regex Complete5();

    [GeneratedRegex(@"^(?<ref>[^,;]+?)\s*(?:[:\-—]\s*)?" + Done + @"\s*(?:now|already|finally)?\s*(?:,|\s[-\u2013\u2014])\s*(?<tail>[^,;]+)$", RegexOptions.IgnoreCase)]
    private static partial Regex Complete5Remark();

    [GeneratedRegex(@"^(?:(?:yep|yeah|yes|yup|ok|okay|so|well|right)[\s,!]+)*" + Doer + @"?(?:just\s+|already\s+|finally\s+|have\s+|'ve\s+)*(?<verb>[a-z]+)\s+(?<ref>.+?)(?:\s+" + WhenDone + @")*$", RegexOptions.IgnoreCase)]
    private static partial Regex PastTenseRegex();

    // "Water bill has been paid online by my grandson", "… cancelled by the front desk today": how, by whom and when it was done
    // is no part of the task's name. Where it was put may be ("the ice was loaded in the hold" = "Load the ice in the hold").
    [GeneratedRegex(@"^(?<ref>.+?)(?:\s+(?:got|gets|was|were|is|are|has\s+been|have\s+been)|'s\s+been|'s|’s)\s+(?:(?:all|finally|already|now|just|been)\s+)*(?<verb>[a-z]+)(?:\s+(?:already|just\s+now|now|finally|today|yesterday|this\s+morning|earlier|last\s+night|at\s+last|off|out|up|in|back|away|online|in\s+full|in\s+person))*(?<obj>\s+(?:to|for|with|at|from|on|in|into)\s+[^,;.!?]+?)?(?:\s+(?:already|now|finally|today|yesterday|earlier|at\s+last))*(?:\s+by\s+(?:(?:my|the|his|her|our|their)\s+[\p{L}'’-]+(?:\s+(?!(?:already|now|today|yesterday|earlier)\b)[\p{L}'’-]+){0,2}?|(?-i:\p{Lu})(?!(?i:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|today|tomorrow|tonight|noon|next|this|end))[\p{L}'’-]+)(?:\s+(?:already|now|today|yesterday|earlier|this\s+morning|last\s+night))*)?[\s!.✅✔️👍🎉]*$", RegexOptions.IgnoreCase)]
    private static partial Regex PassiveRegex();

    // The participle as the last word, only adverbs after it: "pointe shoes for seniors ordered already".
    [GeneratedRegex(@"^(?<ref>[^,;.!?]+?)\s+(?:(?:all|finally|already|now|just)\s+)*(?<verb>[a-z]+)(?:\s+(?:already|just\s+now|now|finally|today|yesterday|this\s+morning|earlier|last\s+night|at\s+last|off|out|up|in|back|away))*[\s!.✅✔️👍🎉]*$", RegexOptions.IgnoreCase)]
    private static partial Regex ParticipleLastRegex();

    // "gas bill paid", "thank-you email sent to Nora": a participle with no auxiliary; "narcotics register handed over to night
    // sister": a phrasal verb's particle ("hand over") after it.
    [GeneratedRegex(@"^(?<ref>.+?)\s+(?:(?:all|finally|already|now|just|been)\s+)*(?<verb>[a-z]+)(?:\s+(?:already|just\s+now|now|finally|today|yesterday|this\s+morning|earlier|last\s+night|at\s+last|off|out|up|in|back|away|over))*(?<obj>\s+(?:to|for|with|at|from|on)\s+[^,;.!?]+?)?(?:\s+(?:already|now|finally|today|yesterday|earlier|at\s+last))*[\s!.✅✔️👍🎉]*$", RegexOptions.IgnoreCase)]
    private static partial Regex BareParticipleRegex();

    [GeneratedRegex(@"^(?:(?:oops|whoops|woops|oh|hmm|actually|sorry|ugh|wait|erm|um)[\s,!.]+)*(?:(?:i|we)\s+)?(?:still\s+)?(?:didn'?t|did\s+not|haven'?t|have\s+not|never)\s+(?:actually\s+|really\s+|even\s+|quite\s+)?(?<verb>[a-z]+)\s+(?<ref>[^,;.!?]+?)(?:\s+yet)?(?:\s*[,;.!?].*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex NegatedPastRegex();

    // "empty my list, all of it", "clear the list, everything": the list said again as "all of it" is still the whole list (it was
    // added as a task "Empty my list, all of it").
    [GeneratedRegex(@"^(?:please\s+)?(?:delete|remove|clear|wipe|erase|trash|drop|purge|empty|nuke|scrap|reset|clean\s+out|clear\s+out|get\s+rid\s+of)\s+(?:out\s+)?(?:all\b(?!\s+(?:of\s+)?(?:the\s+|its\s+|their\s+)?(?:tags?|labels?|due|dates?|deadlines?|priorit\w*|notes?|descriptions?|times?)\b)|everything\b|every\s+(?:single\s+)?(?:task|item|todo)s?\b|(?:(?:my|the)\s+)?(?:whole|entire|complete|full)\s+(?:list|todo\s+list|task\s+list|to-do\s+list)\b|(?:my|the)\s+(?:list|tasks|todos|todo\s+list|to-do\s+list|task\s+list)(?:\s*,\s*(?:all\s+of\s+(?:it|them)|everything|every\s+(?:single\s+)?(?:one|task|thing)|the\s+whole\s+(?:thing|lot)))?\s*[.!]*$|(?:my\s+|the\s+)?(?:completed|done|finished|old|checked(?:\s+off)?)\s+(?:tasks|todos|to-dos|items|ones)\b|the\s+(?:whole\s+)?lot\b)|^(?:please\s+)?(?:start\s+(?:over|fresh|from\s+scratch)|clean\s+slate|wipe\s+(?:it|everything)\s+(?:all|clean))\b", RegexOptions.IgnoreCase)]
    private static partial Regex MassDeleteRegex();

    [GeneratedRegex(@"^(?:yes|yeah|yep|yup|y|sure|ok|okay|confirm|confirmed|do\s+it|go\s+ahead|please\s+do|absolutely|correct|yes\s+please|yes,?\s+delete\s+(?:them|it|all|everything)(?:\s+all)?|delete\s+them|i'm\s+sure|i\s+am\s+sure)[\s!.]*$", RegexOptions.IgnoreCase)]
    private static partial Regex YesRegex();

    [GeneratedRegex(@"^(?:no|nope|nah|n|cancel|stop|don't|do\s+not|never\s*mind|nevermind|keep\s+them|abort|no\s+thanks|no\s+thank\s+you|wait\s+no)[\s!.]*$", RegexOptions.IgnoreCase)]
    private static partial Regex NoRegex();

    [GeneratedRegex(@"^\s*(?:(?:no(?!\s+(?:due|date|dates|deadline|priority|tags?|rush|hurry|more|longer|need|one|time|reminder)\b)|nope|nah|wait|sorry|oops|whoops|actually|correction|hmm+|ah|oh)\b[\s,!.:-]*)+(?:(?:i\s+meant|i\s+mean|make\s+that|change\s+that\s+to|rather|instead)\b[\s,:-]*)?|^\s*(?:i\s+meant|i\s+mean)\b[\s,:-]*", RegexOptions.IgnoreCase)]
    private static partial Regex CorrectionRegex();

    // Words before a request that only set its tone: openers ("ok", "ope,", "uff da," — read "uff the" once Hawaii Pidgin "da" is "the", "you betcha,", "real quick,"), courtesy "go on an delete …", "I'd be obliged if you'd delete …": Southern courtesy.
    // ("could you maybe", "you can trash …", "better make …") and asides. A request passed on from someone else ("Earl says
    // forget about the phone bill", "Mama said to move the hair appointment") is the user's own. Mandarin-shaped "(can) help me add/delete …"
    // (帮我 …) is the request itself, and "help me remember (to) X" a new task X.
    // Subjectless "wanna add …" and Appalachian "reckon ya could make it …" ask for the request that follows.
    [GeneratedRegex(@"^\s*(?:(?:yeah\s+nah|nah\s+yeah)[\s,!.]+(?=\S)|(?:ok|okay|so|hey|um+|uh+|hm+|erm+|ugh+|welp|well|alright|right|now|great|cool|thanks|thank\s+you)\b[\s,!.]*|(?:(?:you\s+can|you\s+may)\s+)?go\s+(?:ahead|on)\s+(?:and|an|n)\s+(?=\S)|i(?:['’]d|\s+would)\s+be\s+(?:much\s+|most\s+|mighty\s+|so\s+|very\s+)?(?:obliged|grateful)\s+if\s+(?:you['’]?d|you\s+would|you\s+could|y['’]all\s+would)\s+(?:please\s+)?|(?:aye|yep|yup|yeah|yes|ja|sure)[\s,!.]+(?=\S)|(?:lowkey|low\s+key|highkey|high\s+key|honestly|tbh)[\s,!.]+(?=\S)|(?:eventually|at\s+some\s+point|later|bumbye)[\s,]+(?=(?:i|we)\s+(?:need|have|must|should|got|gotta|ought)\b)|(?:nvm|never\s*mind)[\s,!.]+(?=(?:that|it|this)(?:['’]s|\s+is|\s+isn['’]?t|\s+was|\s+wasn['’]?t)\b)|(?:i\s+was\s+wrong|i\s+got\s+(?:that|it)\s+wrong|my\s+(?:bad|mistake))\s*[,!.:;-]+\s*(?=\S)|(?:instead|anyway|anyways|anyhow|ope|uff\s+(?:da|the)|you\s+betcha|oh\s+for\s+cute|(?:real\s+)?quick|go\s+ahead|sawa|haya|bon|alors|d\x27accord|ok\s+bon|dear\s+(?:assistant|bot|friend|sir|madam)|quick\s+(?:update|one|question)|oh\s+dear|dear\s+me|oh\s+(?:my\s+)?(?:goodness|gosh)|goodness\s+me|oh\s+well|(?:whilst|while)\s+i\s+(?:remember|think\s+of\s+it)|before\s+i\s+forget|now\s+(?:that\s+)?i\s+think\s+of\s+it|come\s+to\s+think\s+of\s+it)\s*[,!.:]+\s*(?=\S)|(?:(?:i\s+)?reckon\s+(?:you|ya)\s+(?:could|can|might\s+could|would)\s+|would\s+you\s+be\s+so\s+(?:kind|good)\s+as\s+to\s+|(?:would|do)\s+you\s+mind\s+|(?:can|could|would|will)\s+(?:you|u)\s+(?:please\s+|pls\s+|kindly\s+|just\s+)?(?:maybe\s+|possibly\s+|perhaps\s+)?)|you\s+(?:can|could|may)\s+(?:please\s+|just\s+|go\s+on\s+and\s+)?(?=add\b|create\b|remove\b|delete\b|mark\b|show\b|list\b|put\b|move\b|trash\b|scratch\b|ditch\b|drop\b|toss\b|bin\b|scrap\b|cross\b|tick\b|check\b|take\b|bump\b|push\b|reopen\b|uncheck\b|untick\b|make\b|set\b|change\b|forget\s+(?:about\s+)?(?:the|my|our|that|this|it|number|#|\d)|cancel\b|scoot\b)|(?:(?:i|we|you)(?:['’]d|\s+had)\s+)?better\s+(?=(?:make|put|move|push|bump|add|delete|remove|mark|set|change|tick|check|reopen|trash|drop)\s+(?:the|my|our|it|that|this|them|number|#|\d)\b)|(?:please|pls|kindly|just)\s+(?:to\s+(?=add\b|create\b|remove\b|delete\b|mark\b|show\b|list\b))?|(?:i'?d|i\s+(?:should|would))\s+like\s+(?:you\s+)?to\s+|(?:hello|hi|hey)\s+(?:dear|love|there)\b[\s,!.]*|(?:dear|love|darling|hun|sweetie|one\s+(?:more|last)\s+thing|another\s+thing|last\s+thing|oh\s+and)\s*[,!.:\-\u2013\u2014]+\s*(?=\S)|(?:my\s+)?[\p{L}]+\s+(?:says|said|confirms|confirmed|tells\s+me|told\s+me|reports|reported)(?:\s+that)?\s+(?=(?:the|my|our|his|her|their)\s)|(?:my\s+)?[\p{L}]+(?:\s+[\p{L}]+)?\s+(?:says|said)\s+(?:to\s+|(?:we|i|you)\s+(?:can|could|should|may)\s+)?(?=(?:forget\s+(?:about\s+)?(?:the|my|our|that|this|it)|delete|remove|cancel|scratch|drop|move|push|bump|reopen|tick\s+off|mark|make|add|put)\b)|(?:(?:can|could)\s+(?:you\s+|u\s+)?)?help\s+me\s+(?:to\s+)?(?=(?:add|put|create|delete|remove|move|push|postpone|mark|make|reopen|uncheck|untick|change|rename|update|set|tick|check|cross|scratch|cancel|show|list|find|search)\b)|(?:(?:can|could)\s+(?:you\s+|u\s+)?)?help\s+me\s+remember\s+(?:to\s+)?(?=\S)|(?:anyway|anyways|anyhow)\s+(?=help\s+me\b)|i\s+want\s+you\s+to\s+|i\s+like\s+you\s+(?=(?:add|put|create|delete|remove|move|mark|make|reopen|change|rename)\b)|(?:i|we)\s+(?:(?:just|really)\s+)?(?:want\s+to|wanna)\s+(?=(?:delete|remove|reopen|re-open|uncheck|untick|unmark|rename|mark|tick\s+off|check\s+off|cross\s+off)\b|(?:change|edit|update|fix)\s+(?:the\s+)?(?:name|title|priority|due\s+date|deadline|tags?|description)\s+(?:of|for|on)\b)|wanna\s+(?=(?:add|create|delete|remove|reopen|uncheck|untick|rename|mark|tick\s+off|check\s+off|cross\s+off|move|change)\b))+", RegexOptions.IgnoreCase)]
    private static partial Regex FillerRegex();
}
