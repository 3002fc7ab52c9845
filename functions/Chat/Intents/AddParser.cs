using System.Text.RegularExpressions;
using TodoFunctions.Chat.Text;
using TodoFunctions.Chat.Time;

namespace TodoFunctions.Chat.Intents;

/// <param name="Repeats">The recurrence phrase the user gave ("every thursday").</param>
/// <param name="RepeatRule">That phrase as an RFC 5545 rule ("FREQ=WEEKLY;BYDAY=TH"), stored with the task.</param>
public sealed record NewTaskDraft(string Title, string? Description, TaskDue? Due, TaskPriority Priority, IReadOnlyList<string> Tags, string? Repeats = null, string? RepeatRule = null);

/// <summary>Turns an add request into one or more task drafts: strips command words, splits "A, B and C", and pulls out date, priority, tag and note phrases.</summary>
public static partial class AddParser
{
    /// <summary>Removes the command part ("add", "remind me to", "new task:") and reports whether one was there.</summary>
    public static bool TryStripCommand(string clause, out string body)
    {
        var match = CommandRegex().Match(clause);
        if (match.Success)
        {
            body = clause[match.Length..];
            body = ListSuffixRegex().Replace(body, " ");
            return true;
        }

        // "I will change the gearbox oil on friday", "I'll phone the harbour master": the writer's own future is a statement of
        // something to do. Only before a verb of a task with a thing after it: "I'll take a look", "I'll go now", "I'll call
        // you later" and "I'll do it tomorrow" are no new tasks.
        var future = FutureSelfRegex().Match(clause);
        if (future.Success && FutureTaskVerbs.Contains(future.Groups["verb"].Value))
        {
            body = clause[future.Groups["verb"].Index..];
            return true;
        }

        // "Put our ruby wedding party on 2028-06-17", "pop choir dinner at the Park Plaza on friday 7pm": "put X on <day>" places a
        // new task on the calendar. With a particle ("put the bins out on friday", "put up the tree on sat") "put" is the task's verb.
        var onDate = PutOnDateRegex().Match(clause);
        if (onDate.Success)
        {
            body = clause[onDate.Length..];
            return true;
        }

        var suffix = ListSuffixRegex().Match(clause);
        if (suffix.Success && PutRegex().IsMatch(clause))
        {
            body = PutRegex().Replace(ListSuffixRegex().Replace(clause, " "), "", 1);
            return true;
        }

        body = clause;
        return false;
    }

    public static bool IsImperativeVerb(string word) => ImperativeVerbs.Contains(word);

    public static bool StartsWithImperative(string clause)
    {
        var first = WordMatcher.Tokens(clause).FirstOrDefault();
        return first is not null && ImperativeVerbs.Contains(first);
    }

    public static IReadOnlyList<NewTaskDraft> ParseItems(string body, LocalNow now, Func<string, string> restore, Func<string, string?> description)
    {
        // "swim on mondays, wednesdays and fridays" is one task whose repeat phrase holds the list's separators.
        var phrase = Recurrence.Extract(body).Phrase;
        var items = phrase is not null && ListSeparatorRegex().IsMatch(phrase) ? [body] : SplitItems(body);
        var drafts = new List<NewTaskDraft>();
        foreach (var item in items)
        {
            var draft = ParseItem(item, now, restore, description);
            if (draft is not null)
            {
                drafts.Add(draft);
            }
        }

        return drafts;
    }

    /// <summary>A fragment that only carries attributes ("it's urgent", "low priority", "tag it home", "due friday") belongs to the item before it.</summary>
    public static bool IsModifierOnly(string fragment, LocalNow now)
    {
        fragment = Recurrence.Extract(fragment).Remainder;
        var (title, _, _, _, _) = Strip(fragment, now, s => s, _ => null);
        return WordMatcher.ContentStems(title).Count == 0 && !fragment.Contains("QTOKEN", StringComparison.Ordinal);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@",|&|\band\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex ListSeparatorRegex();

    // Two quoted titles joined by "and" are two tasks: 'add "fish and chips night" and "rock and roll playlist"'.
    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*QTOKEN\d+\b")]
    private static partial System.Text.RegularExpressions.Regex QuoteOnlyRegex();

    // "order a new multimeter, the old Fluke finally carked it", "buy new socks, the old ones are torn": after an item, a
    // statement whose subject is a noun phrase with a determiner and a finite verb after it says why; it is not an item.
    private static bool IsRemarkAboutItem(string part)
    {
        // "restock cuticle oil, heaps low", "order paper towels, nearly out": how much of it is left says why. "…, dont let mi forget":
        // a plea to be reminded is no item either.
        if (StockLevelRegex().IsMatch(part) || DontLetMeForgetRegex().IsMatch(part))
        {
            return true;
        }

        var words = part.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // "…, half of them came in brown", "…, they ran out again", "…, it expires soon": a quantity of the items, or a pronoun, as the subject.
        if (words.Length >= 4 && QuantifierRegex().IsMatch(words[0]) && words[1] is "of" or "Of")
        {
            var at = Array.FindIndex(words, 3, w => References.TaskReferenceResolver.HasFiniteVerb(w));
            return at is >= 3 and <= 5;
        }

        if (words.Length >= 3 && words[0] is "they" or "They" or "he" or "He" or "she" or "She" or "it" or "It"
            && (References.TaskReferenceResolver.HasFiniteVerb(words[1]) || (words[0] is not ("they" or "They") && ThirdPersonVerbRegex().IsMatch(words[1])))
            && words[2] is not ("to" or "To"))
        {
            return true;
        }

        if (words.Length < 3 || !DeterminerRegex().IsMatch(words[0]))
        {
            return false;
        }

        var verbAt = Array.FindIndex(words, 2, w => References.TaskReferenceResolver.HasFiniteVerb(w) || (w.Length >= 4 && w.EndsWith("ed", StringComparison.OrdinalIgnoreCase)));
        return verbAt is >= 2 and <= 4 && words[verbAt - 1] is not ("to" or "To");
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(?:(?:we're|we\s+are|i'm|i\s+am|it's|they're)\s+)?(?:heaps|very|really|so|super|pretty|running|getting|nearly|almost|basically|totally|completely|all)\s+(?:low|out|empty|short|gone)(?:\s+(?:again|already|now))?[\s.!]*$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex StockLevelRegex();

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:the|my|our|his|her|their|your|these|those)$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex DeterminerRegex();

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:half|some|most|all|none|both|each|one|two|three|several|many)$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex QuantifierRegex();

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*\d+\s*(?:pcs|pc|pieces|x|kg|kgs|kilos?|g|grams?|l|litres?|liters?|bags?|boxes|packs?|packets?|bottles?|dozen|units?|sacks?|crates?|trays?|rolls?|cans?|tins?|jars?)\.?\s*$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex QuantityRegex();

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(?:(?:please|pls|and)\s+)?(?:don['’]?t|do\s+not|dont)\s+let\s+me\s+forget(?:\s+(?:it|this|that|please|pls))*[\s.!]*$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex DontLetMeForgetRegex();

    // "it expires", "he leaves": a verb's third person after a pronoun subject.
    [System.Text.RegularExpressions.GeneratedRegex(@"^[a-z]{3,}(?<!s)s$")]
    private static partial System.Text.RegularExpressions.Regex ThirdPersonVerbRegex();

    private static List<string> SplitItems(string body)
    {
        var commaParts = CommaRegex().Split(body).Where(p => p.Trim().Length > 0).ToList();
        var items = new List<string>();
        // "every other day: water the tomatoes", "urgent, call the bank": details in front belong to the first item.
        var leading = "";
        foreach (var part in commaParts)
        {
            // "…, I shall do it on the fifteenth of March", "…, no rush so low priority", "…, make high priority": a remark or an edit
    // that only carries details.
            var detail = DetailLeadRegex().Replace(part, "");
            if (items.Count > 0 && (IsModifierOnly(part, ShapeClock) || (detail != part && IsModifierOnly(detail, ShapeClock))))
            {
                items[^1] += ", " + (IsModifierOnly(part, ShapeClock) ? part : detail);
            }
            else if (items.Count > 0 && IsRemarkAboutItem(part))
            {
                continue;
            }
            else if (items.Count > 0 && QuantityRegex().IsMatch(part))
            {
                // "buy new baking trays, 10 pcs": how many, of the item before.
                items[^1] += " (" + part.Trim() + ")";
            }
            else if (items.Count == 0 && part != commaParts[^1] && IsModifierOnly(part, ShapeClock))
            {
                leading += part + " ";
            }
            else
            {
                items.Add(leading.Length > 0 ? part + " " + leading.Trim() : part);
                leading = "";
            }
        }

        var isList = items.Count > 1;
        var result = new List<string>();
        foreach (var item in items)
        {
            var pieces = AndRegex().Split(item);
            // "lime at Smokey & Bunty": a joint that stays inside one title keeps the user's own "&".
            var joints = AndRegex().Matches(item);
            var current = pieces[0];
            for (var i = 1; i < pieces.Length; i++)
            {
                var piece = pieces[i];
                var joint = joints[i - 1].Value.Trim() == "&" ? " & " : " and ";
                if (IsModifierOnly(piece, ShapeClock))
                {
                    current += joint + piece;
                }
                else if (StartsWithImperative(piece) || (isList && item == items[^1]) || (HasDate(current) && HasDate(piece))
                    || TrailingAttributeRegex().IsMatch(current)
                    || (QuoteOnlyRegex().IsMatch(current) && QuoteOnlyRegex().IsMatch(piece))
                    || IsTaskThenQuotedTitle(current, piece))
                {
                    result.Add(current);
                    current = piece;
                }
                else
                {
                    current += joint + piece;
                }
            }

            result.Add(current);
        }

        return result;
    }

    // "add email my advisor and "mac and cheese night"": a quoted title after a verb-led item is a task of its own;
    // "call "Acme" and "Beta"" keeps the two names in one task.
    private static bool IsTaskThenQuotedTitle(string current, string piece) =>
        QuoteOnlyRegex().IsMatch(piece) && StartsWithImperative(current) && !current.Contains("QTOKEN", StringComparison.Ordinal);

    // "add fix gate #homestay p2 and BBQ night with guests saturday": a tag or a level closes the item before it, so the "and"
    // after it starts another ("salt and pepper" stays one).
    [System.Text.RegularExpressions.GeneratedRegex(@"(?:(?<!\S)#[\p{L}][\w-]*|\bp[1-4]|\b(?:high|medium|low|top)\s+(?:priority|prio)|\burgent)\s*$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex TrailingAttributeRegex();

    private static bool HasDate(string text) =>
        !DateExpressionParser.Parse(text, ShapeClock).IsEmpty;

    /// <summary>Any fixed moment: for asking whether a phrase holds a date or only modifiers, not what the date is.</summary>
    internal static readonly LocalNow ShapeClock = new(new DateOnly(2000, 1, 3), new TimeOnly(10, 0));

    private static NewTaskDraft? ParseItem(string item, LocalNow now, Func<string, string> restore, Func<string, string?> description)
    {
        var recurrence = Recurrence.Extract(item, now.Today.DayOfWeek);
        var (title, due, priority, tags, desc) = Strip(recurrence.Remainder, now, restore, description);
        if (recurrence.Phrase is not null && due is null && recurrence.Daily)
        {
            due = new TaskDue(now.Today, null);
        }

        if (WordMatcher.ContentStems(title).Count == 0 && !item.Contains("QTOKEN", StringComparison.Ordinal))
        {
            return null;
        }

        if (GenericTitleRegex().IsMatch(title))
        {
            return null;
        }

        return new NewTaskDraft(title, desc, due, priority, tags, recurrence.Phrase, recurrence.Rule);
    }

    private static (string Title, TaskDue? Due, TaskPriority Priority, IReadOnlyList<string> Tags, string? Description) Strip(
        string item, LocalNow now, Func<string, string> restore, Func<string, string?> description)
    {
        string? desc = null;
        var text = DescriptionTokenRegex().Replace(item, m =>
        {
            desc = description(m.Value);
            return " ";
        });

        var priority = TaskPriority.None;
        var priorityResult = PriorityParser.Extract(text);
        if (priorityResult is not null)
        {
            priority = priorityResult.Priority;
            text = priorityResult.Remainder;
        }

        var tagResult = TagParser.ExtractFromNewTask(text);
        text = tagResult.Remainder;
        var dates = DateExpressionParser.Parse(text, now);
        text = VagueTimingRegex().Replace(dates.Remainder, " ");
        var quoted = text.Contains("QTOKEN", StringComparison.Ordinal);
        var title = quoted ? restore(CleanTitle(text, capitalize: false)) : CleanTitle(restore(text));
        return (title, dates.ToNewDue(now), priority, tagResult.Tags, desc);
    }

    public static string CleanTitle(string text, bool capitalize = true)
    {
        var title = DateExpressionParser.Collapse(EmptyBracketsRegex().Replace(text, " "));
        string previous;
        do
        {
            previous = title;
            title = LeadingNoiseRegex().Replace(title, "");
            title = capitalize ? IntentionLeadRegex().Replace(title, "") : title;
            title = TrailingNoiseRegex().Replace(title, "");
            title = title.Trim().Trim(',', ';', ':', '.', '!', '?', '-', ' ');
        }
        while (title != previous);

        if (capitalize && title.Length > 0 && char.IsLower(title[0]))
        {
            title = char.ToUpperInvariant(title[0]) + title[1..];
        }

        return title;
    }

    private static readonly HashSet<string> ImperativeVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "buy", "call", "email", "e-mail", "text", "phone", "ring", "pick", "pay", "book", "clean", "wash", "fix", "send",
        "rake", "split", "stack", "shovel", "sweep", "weed", "mention", "handle",
        "write", "read", "walk", "feed", "water", "cook", "make", "prepare", "prep", "submit", "renew", "return", "order",
        "schedule", "visit", "meet", "go", "get", "take", "bring", "mow", "vacuum", "do", "study", "practice", "practise",
        "review", "plan", "organize", "organise", "file", "print", "sign", "ask", "tell", "contact", "follow", "research",
        "learn", "watch", "pack", "unpack", "repair", "replace", "install", "backup", "back", "grab", "collect", "drop",
        "check", "update", "finish", "start", "sort", "tidy", "fill", "apply", "register", "cancel", "invite", "remember",
        "mail", "post", "return", "iron", "paint", "bake", "shop", "hire", "sell", "charge", "upload", "download", "draft",
        "respond", "reply", "confirm", "arrange", "set", "find", "look", "see", "clear", "empty", "throw", "run", "help",
        "fetch", "deliver", "drive", "hand", "water", "refill", "restock", "call", "message", "dm", "ping", "pay", "write",
        // Formal verbs of dictation ("add buy birdseed and telephone the furnace company").
        "telephone", "purchase", "inspect", "measure", "obtain", "collect", "notify", "inform", "schedule", "cover",
    };

    // The verbs of ImperativeVerbs that say a task after "I will" ("I will order a new impeller"), without the ones of a
    // conversation ("I'll see", "I'll look into it", "I'll go", "I'll get back to you", "I'll help", "I'll check").
    private static readonly HashSet<string> FutureTaskVerbs = new(
        ImperativeVerbs.Except(["see", "look", "go", "get", "take", "do", "help", "run", "start", "finish", "set", "follow", "check", "find",
            "back", "hand", "make", "clear", "keep", "handle", "remember", "update", "confirm", "reply", "respond", "tell", "watch",
            "learn", "plan", "throw", "drop", "ask", "mention", "cancel"], StringComparer.OrdinalIgnoreCase)
            .Concat(["change", "service", "replace", "phone", "visit", "meet", "pack", "collect", "fix", "order"]),
        StringComparer.OrdinalIgnoreCase);

    [GeneratedRegex(@"^\s*(?:i|we)(?:['’]ll|\s+will|\s+shall)\s+(?:(?:also|just|definitely|still|really|first|quickly)\s+)*(?<verb>[\p{L}-]+)\s+(?!(?:it|that|this|them|you|u|ya|him|her|me|us|back|later|soon|now|then|tomorrow|today|tonight|again|up|out|off|in)\b)\p{L}", RegexOptions.IgnoreCase)]
    private static partial Regex FutureSelfRegex();

    // Command words before a new title. "I still need to X" (said of a ticked task, StillToDoRule reopens it first) and
    // "I can't forget to X" (Portuguese "não posso esquecer de") are adds like "I need to X"; so is "we need to X" (a band, a
    // family or a firm planning together).
    // "add new chairs": "new" before the thing is part of its name; only "a new task", "new reminder" … are command words.
    // "new card so nice", "new teacher so kind": "new" before a thing praised is news, not a command word.
    [GeneratedRegex(@"^\s*(?:(?:hey|ok|okay|so|oh|and|also|then|please|pls|kindly|quick(?:ly)?|um+|hmm+)\s*[,!]?\s+)*(?:(?:can|could|would|will)\s+you\s+(?:please\s+)?|i(?:'d|\s+would)\s+like\s+(?:you\s+)?to\s+|i\s+want\s+(?:you|u)\s+(?:to\s+|(?=(?:add|create|put|note|jot|write|remind)\b))|please\s+|i(?:['’]ll|\s+will|\s+shall)\s+(?:just\s+|also\s+|quickly\s+)*(?=(?:add|jot\s+down|note\s+down|write\s+down)\b))?(?:(?:add|create|jot\s+down|note\s+down|write\s+down|new(?![^,.;!?]*\b(?:so|soo+|very|really|super)\s+(?:nice|good|great|cool|happy|cute|pretty|lovely|beautiful|shiny|fast|comfy|comfortable|kind|friendly|sweet|fun|clean|quiet|big|smart)\b))\b\s*(?:(?:a|an|another|one\s+more|the|(?:a\s+)?new(?=\s+(?:tasks?|todos?|to-dos?|items?|reminders?|entry|entries|one)\b))\s+)*(?:(?:" + NumberWords.Pattern + @")\s+(?:new\s+)?(?:tasks|todos|to-dos|items|things|reminders)\b|(?:new\s+)?(?:tasks?|todos?|to-dos?|reminders?|items?|entry|entries)\b)?\s*(?:(?:to|for|called|named|titled|saying|that\s+says)\s+|:\s*|[-–—]\s+)?|schedule\s+(?:(?:a|an|the)\s+)?|(?:remind|remember)\s+me\s*(?:to\s+|about\s+|that\s+|of\s+|:\s*)?|remember\s+(?:that\s+)?(?:i|we)\s+(?:have|need|must|got|ought)\s+to\s+|remember\s+to\s+|i\s+(?:can['’]?t|cannot|can\s+not|must\s+not|mustn['’]t|shouldn['’]t|should\s+not)\s+forget\s+(?:to\s+|about\s+)|(?:i|we)(?:['’]ll|['’]ve|\s+shall|\s+will|\s+have)?\s+(?:(?:really|also|still|just|definitely|urgently)\s+)*(?:need|must|should|gotta|want|wanna|ought)\s+(?:to\s+)?(?=\S)|(?:i|we)(?:['’]ve|\s+have)?\s+(?:(?:really|also|still|just|definitely|urgently)\s+)*(?:have|got)\s+to\s+|(?:i|we)['’]ve\s+(?:(?:really|also|still|just)\s+)*to\s+(?=\p{L})|(?:need|have|got|must|gotta|ought)\s+to\s+|don'?t\s+(?:let\s+me\s+)?forget\s+(?:to\s+|about\s+)?|(?:todo|to-do|to\s+do|task|reminder)\s*:\s*)", RegexOptions.IgnoreCase)]
    private static partial Regex CommandRegex();

    [GeneratedRegex(@"\s*\b(?:to|on|onto|in|into)\s+(?:my|the)\s+(?:todo\s+|to-do\s+|task\s+|tasks\s+|shopping\s+)?(?:list|todos|to-dos|tasks)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ListSuffixRegex();

    [GeneratedRegex(@"^\s*(?:(?:please|pls)\s+)?(?:(?:can|could|would)\s+you\s+)?(?:put|stick|throw|pop|add)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex PutRegex();

    [GeneratedRegex(@"^\s*(?:(?:please|pls)\s+)?(?:put|pop|pencil(?:\s+in)?)\s+(?=(?:(?!\b(?:out|away|up|down|back|off|on|in|into|aside|together|through|forward|it|them|that|this)\b)[^,;:])+?\s+(?:on|for)\s+(?:(?:mon|tue|wed|thu|fri|sat|sun)\w*|today|tonight|tomorrow|tmrw|next\s+\w+|this\s+\w+|the\s+\d|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\s+\d|\d{4}-\d\d-\d\d)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex PutOnDateRegex();

    // "text Sarah re: carpool", "call the CMPA re: incident report": "re:" is shorthand for "about", part of the title,
    // so its colon never sets off a list of items.
    [GeneratedRegex(@"\s*(?:[,;]|(?<!\d|\b[Rr][Ee]):(?!\d))\s*(?:and\s+)?")]
    private static partial Regex CommaRegex();

    // "mend the wall, can't get to it till friday": when the user can get to it is the item's date.
    [GeneratedRegex(@"^\s*(?:(?:so|and|but|then)\s+|(?:i(?:'ll|\s+will|\s+shall|'m\s+going\s+to|\s+plan\s+to|\s+want\s+to|'d\s+like\s+to)\s+do\s+(?:it|that|this)|it(?:'s|\s+is|\s+needs\s+doing|\s+needs\s+to\s+be\s+done|\s+should\s+be\s+done)|that(?:'s|\s+is))\s*|no\s+(?:rush|hurry)[\s,]+(?:so\s+)?(?=low\b)|(?:(?:please|pls|plz)\s+)?(?:make|set|mark|put)\s+(?:(?:it|that|this)\s+)?(?:(?:as|to|for)\s+)?(?=(?:low|medium|high|urgent|important|p[1-4]|top|tomorrow|today|tonight|next|this|on|at|due|\d|mon|tue|wed|thu|fri|sat|sun)\w*\b)|(?:i\s+|we\s+)?(?:can['’]?t|cannot|won['’]?t|couldn['’]?t)\s+(?:get\s+(?:to|round\s+to|around\s+to)|do|start|manage|look\s+at)\s+(?:it|that|this|them)\s+(?=(?:till|until|before)\s))+", RegexOptions.IgnoreCase)]
    private static partial Regex DetailLeadRegex();

    [GeneratedRegex(@"\s+(?:and|&)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex AndRegex();

    // "sometime", "at some point": no due date, and not part of the title either.
    [GeneratedRegex(@"\b(?:(?:at\s+)?some\s*time(?:\s+soon)?|at\s+some\s+point(?:\s+soon)?|some\s*day|one\s+of\s+these\s+days|eventually|whenever(?:\s+i\s+(?:can|get\s+(?:a\s+)?(?:chance|moment|minute)))?|when\s+i\s+get\s+(?:a\s+)?(?:chance|moment|minute)|when(?:ever)?\s+i\s+have\s+(?:the\s+)?time|if\s+i\s+have\s+time|no\s+particular\s+(?:date|day|time|deadline))\b", RegexOptions.IgnoreCase)]
    private static partial Regex VagueTimingRegex();

    // "defrost freezer (sat)": brackets left empty once the date inside them is taken out.
    [GeneratedRegex(@"[(\[]\s*[)\]]")]
    private static partial Regex EmptyBracketsRegex();

    [GeneratedRegex(@"DTOKEN\d+")]
    private static partial Regex DescriptionTokenRegex();

    [GeneratedRegex(@"^(?:(?:to|about|that|and|then|also|a|an|please|me|for|of|on|at|by|due|is|it|it's|new(?=\s+(?:tasks?|todos?|items?|reminders?|entry|one)\b|\s*:)|task|todo|called|named|titled|:)\b\s*)+", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingNoiseRegex();

    // "put down that I need to order a blade", "next week I ought to clean the shed, add it", "on friday shall I start the winter
    // service" (read "I will start …"): whichever rule made the add, a title is the thing to do, never the writer's obligation
    // or future ("I must …", "I reckon I oughta …", "I will …"). Not in quoted titles, which are the user's exact words.
    [GeneratedRegex(@"^(?:(?:that|so)\s+)?(?:i\s+(?:reckon|think|guess|suppose|believe)\s+)?(?:i|we)(?:['’]ll|['’]ve|['’]d|\s+shall|\s+will|\s+have|\s+had)?\s+(?:(?:really|also|still|just|definitely|urgently|better)\s+)*(?:(?:need|needs|must|should|gotta|ought|oughta|have\s+to|has\s+to|got\s+to)\s+(?:to\s+)?|(?<=\b(?:ll|shall|will)\s+(?:(?:really|also|still|just|definitely)\s+)*))(?=\p{L})", RegexOptions.IgnoreCase)]
    private static partial Regex IntentionLeadRegex();

    // "put a wash on this afternoon", "turn the heating on": "on" after "put|turn … X" is the verb's particle and stays.
    [GeneratedRegex(@"(?:\s+\b(?:(?:with\s+(?:a\s+)?)?due\s+date(?:\s+of)?|to|for|(?<!\b(?:put|turn|switch|leave|keep|stick)(?:\s+[\p{L}'’]+){1,3}\s+)on|at|by|due|and|please|pls|kindly|thanks|thank\s+you|for\s+me|asap|is|it's|also|then|from|starting|until|before|in|with|the|a|instead)\b\s*[.!?]*)+$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingNoiseRegex();

    // "Two reminders, please: Emma's recital on June 6; Noah's banquet on August 15": a count of what follows is a
    // header, not a task of its own. "… function? like every week": a hedge word left alone once the repeat is taken out
    // ("Like", "So", "Maybe") says no task either. So is "just a small job, oil the gate hinges" (Yorkshire "nobbut a small job").
    [GeneratedRegex(@"^(?:a\s+|an\s+|the\s+|new\s+|another\s+|more\s+|(?:" + NumberWords.Pattern + @")\s+(?:more\s+|new\s+|quick\s+|little\s+)*(?=(?:tasks|todos|to-dos|reminders|items|things)\b))*(?:tasks?|todos?|to-dos?|reminders?|items?|something|things?|stuff|like|so|maybe)?$|^(?:just|only|nobbut)\s+(?:a|one)\s+(?:small|quick|little|wee|tiny|short)\s+(?:one|job|task|thing|reminder)$", RegexOptions.IgnoreCase)]
    private static partial Regex GenericTitleRegex();
}
