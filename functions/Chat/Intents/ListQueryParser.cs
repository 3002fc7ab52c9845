using System.Text.RegularExpressions;
using TodoFunctions.Chat.Text;
using TodoFunctions.Chat.Time;

namespace TodoFunctions.Chat.Intents;

/// <summary>Reads status, date, tag, priority and word filters out of a listing request.</summary>
public static partial class ListQueryParser
{
    public static bool LooksLikeListing(string clause)
    {
        return ListLeadRegex().IsMatch(clause) || BareListRegex().IsMatch(clause) || LetSlipRegex().IsMatch(clause) || HaveWhatRegex().IsMatch(clause);
    }

    // "next week have what job?", "today have what?", "tomorrow I got what?" (Thai- and Chinese-shaped English: the question word last).
    [GeneratedRegex(@"^\s*(?:(?:today|tonight|tomorrow|tmrw|this\s+week|next\s+week|(?:this\s+|the\s+)?weekend|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\s+)?(?:i\s+|we\s+)?(?:have|has|got|get)\s+what(?:\s+(?:job|jobs|task|tasks|thing|things|work|stuff))?\s*\?*\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex HaveWhatRegex();

    // "did I let anything slip?", "have we let something slide past its deadline?": a question about overdue tasks.
    // "did I finish anything to do with the vet?", "what's slipped past its date?", "what next week look like?", "did i miss anything?",
    // "how's tomorrow looking?", "how's this week looking for me", Nigerian Pidgin "how next week dey look?", "the next week, how
    // does it look?"; "did I let something pass?" asks what is overdue.
    [GeneratedRegex(@"^\s*(?:did|have|has|had)\s+(?:i|we)\s+(?:let\s+(?:anything|something|any\s+\w+|stuff|things)\s+(?:slip|slide|pass)|(?:finish|finished|complete|completed|do|done|tick|ticked)\s+(?:off\s+)?(?:anything|something|any)\b|(?:miss|missed|forget|forgot|overlook|overlooked)\s+(?:anything|something)\b)|^\s*what(?:['’]?s|\s+has)?\s+(?:(?:slipped|slid|gone|went)\s+past|passed\s+(?:(?:its|their|the)\s+)?due)\b|^\s*what\s+(?:does\s+|do\s+)?[\w' ]{2,30}?\s+looks?\s+like\b|^\s*how(?:['’]s|\s+is|\s+does|\s+do)?\s+(?:my\s+)?[\w' ]{2,30}?\s+(?:dey\s+)?look(?:s|ing|in['’]?)?(?:\s+like)?(?:\s+for\s+(?:me|us))?\s*[?!.]*\s*$|^\s*(?:and\s+)?(?:(?:my|the)\s+)?(?:today|tonight|tomorrow|tmrw|(?:this|next)\s+week|(?:the\s+)?weekend|(?:this|next)\s+month|day|week|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\s+(?:looking|lookin['’]?|look|looks)(?:\s+like)?\s*\?*\s*$|^\s*(?:and\s+)?(?:(?:my|the)\s+)?(?:today|tomorrow|tmrw|(?:this|next)\s+week|(?:the\s+)?weekend|(?:this|next)\s+month|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\s*[,:\-–—]?\s+how\s+(?:does|do|is)\s+(?:it|that)\s+look(?:ing)?(?:\s+like)?\s*\?*\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex LetSlipRegex();

    /// <summary>
    /// A clause made only of filter words ("p1 tasks", "overdue?", "high priority work tasks", "everything incl. finished ones",
    /// "work tasks about the budget") is a listing even without a verb. It needs one listing noun or "overdue"/"due"
    /// so that a bare "done" still means "mark it done".
    /// </summary>
    public static bool IsFilterOnly(string clause, IReadOnlyCollection<string> knownTags)
    {
        // "low prio stuff, whats there", "family things, what is open", "tomorrow's jobs - what have I got?",
        // "friday - what's waiting for me?", "the p1 ones, which are they?" (Hungarian "melyek azok?"): the question after the
        // filters adds nothing.
        clause = RelativeStatus(clause);
        var labelled = PluralLabelRegex().Replace(clause, "$1 tasks");
        // "tmr got what", "this week got what to do" (Hong Kong English), "medium priority got which one?", "high priority for
        // tomorrow got?", "today need to do what" (Singlish): a trailing question is itself the anchor of a listing.
        var asked = TrailingAskRegex().Match(labelled) is { Success: true } ask && ask.Index > 0;
        var text = TrailingAskRegex().Replace(labelled, "");
        // "the admin ones please, including the ones I've done": the status scope is a filter of its own.
        var scoped = AllStatusRegex().IsMatch(text);
        text = AllStatusRegex().Replace(text, " ");
        var search = SearchCueRegex().Match(text);
        if (search.Success && search.Index > 0)
        {
            text = text[..search.Index];
        }

        var tokens = WordMatcher.Tokens(text.Replace("#", " #", StringComparison.Ordinal))
            .Select(t => t.EndsWith("'s", StringComparison.Ordinal) ? t[..^2] : t).ToList();
        if (tokens.Count == 0)
        {
            return false;
        }

        // "finished the medium priority task" reports a task done; "finished errands?" and "completed work tasks" ask for a list.
        if (tokens[0] is "finish" or "complete" or "close"
            || (tokens[0] is "finished" or "completed" or "done" && !text.Contains('?', StringComparison.Ordinal) && !tokens.Any(PluralListNouns.Contains)))
        {
            return false;
        }

        // "the #dance task is done": one task said to be done is a report, not a listing of done tasks.
        if (SingularDoneRegex().IsMatch(text) && !text.Contains('?', StringComparison.Ordinal))
        {
            return false;
        }

        // "that's done too", "this one's finished as well": a pronoun said to be done reports a task, it asks for no listing.
        if (PronounReportRegex().IsMatch(text) && !text.Contains('?', StringComparison.Ordinal))
        {
            return false;
        }

        var anchored = scoped || asked || text.Contains('?', StringComparison.Ordinal);
        // "high priority invoices", "overdue fleet": a level or state beside a tag's name is a listing of that tag.
        anchored |= tokens.Any(knownTags.Contains) && tokens.Any(LevelOrStateWords.Contains);
        // "high prio only please", "p1 only": a level or state narrowed with "only" asks for those tasks.
        // "today only, please", "just tomorrow's only": a day narrowed with "only" asks for that day's tasks.
        anchored |= tokens.Contains("only", StringComparer.OrdinalIgnoreCase) && tokens.Any(t => LevelOrStateWords.Contains(t) || DayWords.Contains(t));
        // "high priority for today", "urgent stuff tomorrow": a level and a day, and nothing else, ask for those tasks.
        anchored |= tokens.Any(LevelOrStateWords.Contains) && tokens.Any(DayWords.Contains);
        // A singular "one"/"thing" is a listing's noun only in a question or with "only"/"any"/"show", never beside a done word
        // ("the overdue one — done" reports a task; "sam one -> high prio" edits one).
        var singularAsk = (asked || text.Contains('?', StringComparison.Ordinal) || tokens.Any(t => t is "only" or "any" or "show"))
            && !tokens.Any(t => t is "done" or "finished" or "complete" or "completed");
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            // "#health", and "health tag please": a tag the user has, named as a tag, anchors a listing of it.
            var isTag = (char.IsLetter(token[0]) && text.Contains("#" + token, StringComparison.OrdinalIgnoreCase))
                || (knownTags.Contains(token) && i + 1 < tokens.Count && tokens[i + 1] is "tag" or "tags" or "label");
            if (ListNouns.Contains(token) || token is "overdue" or "due" or "recurring" or "repeating" or "reminders" || isTag)
            {
                anchored = true;
            }
            else if (token is "from" && i + 1 < tokens.Count && knownTags.Contains(tokens[i + 1]))
            {
                // "overdue from kids?", "what's urgent from work": a tag the user has, after "from", is where the tasks come from.
            }
            else if (token is "one" or "thing" && singularAsk)
            {
                // "only urgent one", "any overdue thing?", "franchise tag one show me" (Mandarin-shaped: no plural after a filter).
            }
            else if (!FilterVocabulary.Contains(token) && !token.EndsWith("-tagged", StringComparison.Ordinal) && !knownTags.Contains(token))
            {
                return false;
            }
        }

        return anchored;
    }

    [GeneratedRegex(@"[,\s\-\u2013\u2014]+(?:so\s+)?(?:what(?:['’]?s|\s+is|\s+are|(?=\s+in\s+(?:it|there)\b)|\s+have\s+i\s+got|\s+do\s+(?:i|we)\s+(?:have|got)|\s+(?:have|has)\s+(?:i|we)\s+got)(?:\s+(?:there|on|in\s+there|in\s+it|left(?:\s+to\s+do)?|it|they|them|those|coming(?:\s+up)?|waiting(?:\s+for\s+(?:me|us))?|(?:still\s+)?(?:open|pending|outstanding)))?|anything(?:\s+(?:left(?:\s+to\s+do)?|due|pending|open))?|(?:got|have|has)\s+(?:what|anything|which(?:\s+ones?)?)(?:\s+(?:to\s+do|on|due|left))?|got(?=\s*\?)|(?:got|have|has)\s+or\s+not|(?:need|have|got)\s+to\s+do\s+what|which(?:\s+ones?)?\s+(?:are|r)\s+(?:they|those|these|them))\s*\??\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingAskRegex();

    // "the task due tomorrow is done", "that one for the bank is finished": a singular task picked by its details, then said done.
    [GeneratedRegex(@"(?:\b(?:task|one|item|thing|job|todo|to-do)|^\s*(?:the|that|this|my)\s+(?:task|one|item|thing|job|todo|to-do)\s+(?:due|for|from|tagged|with|about|on|at|in)\b[^?]*?)(?:['’]s|\s+is|\s+was)\s+(?:now\s+|all\s+)?(?:done|finished|complete|completed)\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex SingularDoneRegex();

    private static readonly HashSet<string> DayWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "today", "tomorrow", "tonight", "week", "weekend", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    };

    private static readonly HashSet<string> LevelOrStateWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "high", "medium", "low", "urgent", "important", "p1", "p2", "p3", "overdue", "pending", "open", "outstanding", "unfinished",
    };

    private static readonly HashSet<string> ListNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "tasks", "todos", "to-dos", "items", "ones", "stuff", "things", "everything", "list", "agenda", "schedule", "plan", "jobs", "chores", "errands", "lot", "bits",
        "tickets",
    };

    [GeneratedRegex(@"\s+(?:in|among|from|on)\s+(?:my\s+|the\s+)?(?:[\w#-]+\s+){0,3}?(?:tasks|todos|to-dos|list|ones|items)\b.*$", RegexOptions.IgnoreCase)]
    private static partial Regex SearchScopeRegex();

    private static readonly HashSet<string> PluralListNouns = new(StringComparer.OrdinalIgnoreCase) { "tasks", "todos", "to-dos", "items", "ones", "things", "stuff", "jobs", "chores", "errands", "lot", "bits", "tickets" };

    private static readonly HashSet<string> FilterVocabulary = new(StringComparer.OrdinalIgnoreCase)
    {
        "my", "the", "all", "a", "any", "and", "or", "with", "that", "which", "at", "those", "are", "is", "for", "outstanding", "on", "by", "of", "in", "only", "just", "me",
        "pending", "open", "remaining", "unfinished", "done", "finished", "completed", "complete", "closed", "incl", "including", "plus",
        "high", "medium", "low", "urgent", "important", "priority", "prio", "p1", "p2", "p3", "p4", "top", "asap", "no",
        "today", "today's", "tomorrow", "tomorrow's", "tonight", "late", "this", "next", "week", "weekend", "month", "date", "dates",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "wed", "thu", "fri", "sat", "sun",
        "task", "todo", "to-do", "item", "related", "kindly", "share", "repeat", "repeats", "repeating", "recurring", "reminder", "reminders", "alert", "alerts", "recur", "recurs", "regular", "please", "pls", "thanks", "now", "tagged", "tag", "tags", "label", "labelled", "undated", "still", "too", "as", "well", "then",
    };

    // "home things I already finished", "invoices we've already closed", "bills I still have to pay": the status said as a
    // clause about the user after the filters reads as the status word ("home things finished", "bills pending").
    // A single task picked by its details ("the task which is due tomorrow I have already finished") is a report, not a listing.
    // "all my tasks, including those I have already completed": the pronoun before the clause goes with it ("including finished").
    private static string RelativeStatus(string clause) => SingleTaskLeadRegex().IsMatch(clause) ? clause
        : RelativeDoneRegex().Replace(RelativePendingRegex().Replace(IncludingThoseRegex().Replace(clause, "${inc}"), " pending"), " finished");

    [GeneratedRegex(@"(?<inc>\b(?:including|incl\.?|plus|as\s+well\s+as))\s+(?:those|the\s+ones|ones|the\s+tasks|tasks)(?=\s+(?:that\s+|which\s+)?(?:i|we)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex IncludingThoseRegex();

    [GeneratedRegex(@"^\s*(?:the|that|this|my)\s+(?:task|one|item|thing|job|todo|to-do)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SingleTaskLeadRegex();

    // "garage things I done", "the ones we finished with" (the perfect without "have", at the end, after a plural noun).
    [GeneratedRegex(@"\s+(?:that\s+|which\s+)?(?:i|we)(?:(?:['’]ve|\s+have)?\s+(?:already|just)|['’]ve|\s+have)\s+(?:finished|done|completed|closed|ticked\s+off|checked\s+off)\b|(?<=\b(?:things|stuff|ones|tasks|jobs|items|chores|errands))\s+(?:that\s+|which\s+)?(?:i|we)\s+(?:done|finished|completed)(?:\s+with)?(?=\s*[?.!]*\s*$)", RegexOptions.IgnoreCase)]
    private static partial Regex RelativeDoneRegex();

    // "the bills I haven't paid yet", "the calls we didn't make yet": a negated errand closing the clause is the pending status.
    [GeneratedRegex(@"\s+(?:that\s+|which\s+)?(?:i|we)\s+(?:still\s+(?:have|need|got)\s+to|still\s+must|must\s+still)\s+(?:do|pay|buy|finish|send|call|book|sort\s+out|get\s+done)\b|\s+(?:that\s+|which\s+)?(?:i|we)\s+(?:haven['’]?t|have\s+not|didn['’]?t|did\s+not)\s+(?:yet\s+)?(?:do|done|did|pay|paid|buy|bought|finish|finished|send|sent|call|called|book|booked|make|made|get\s+to|got\s+to|sort(?:ed)?\s+out|get\s+done|got\s+done)(?:\s+(?:yet|still))?(?=\s*[?.!]*\s*$)", RegexOptions.IgnoreCase)]
    private static partial Regex RelativePendingRegex();

    /// <summary>"done or not", "including the ones I've done": a scope that widens the listing before it, never a request of its own.</summary>
    public static bool IsStatusScope(string text) => StatusScopeLeadRegex().IsMatch(text);

    [GeneratedRegex(@"^\s*(?:(?:done|finished|completed|complete|closed)\s+(?:or|and|&)\s+(?:not\s+(?:yet\s+)?(?:done|finished|completed)|not|pending|open|undone|unfinished)|(?:pending|open|unfinished)\s+(?:or|and|&)\s+(?:done|finished|completed)|(?:including|incl\.?|inc\.?|inc\.?|plus|even)\s+(?:the\s+)?(?:ones\s+)?(?:(?:that\s+)?(?:i|we)(?:['’]ve|\s+have)?\s+(?:already\s+)?)?(?:done|finished|completed|complete|closed|checked))\b", RegexOptions.IgnoreCase)]
    private static partial Regex StatusScopeLeadRegex();

    public static ListQuery Parse(string clause, LocalNow now, IReadOnlyCollection<string> knownTags)
    {
        clause = RelativeStatus(clause);
        // "overdue P1s?": a plural of a priority label is that label's tasks.
        var text = PluralLabelRegex().Replace(clause, "$1 tasks");
        // "what's left for today before i head home", "anything due before we knock off": when the user leaves is no filter.
        text = LeavingClauseRegex().Replace(text, "");
        var words = new List<string>();
        var search = SearchCueRegex().Matches(text);
        if (search.Count == 0 && (ForCueRegex().Match(text) is { Success: true } forCue || AnyStateCueRegex().Match(text) is { Success: true } forCue2 && (forCue = forCue2) is not null)
            && NamesOnlyWords(forCue.Groups["tail"].Value, now, knownTags))
        {
            // "anything for the luthier?", "stuff to do with the van": words after "for" that are no date, tag or filter.
            words.AddRange(WordMatcher.ContentStems(TailCutRegex().Replace(forCue.Groups["tail"].Value, "")).Where(w => !FilterWords.Contains(w)));
            text = text[..forCue.Index];
        }
        // "tasks with #bike": a tail of hashtags only is the tag filter, not search words.
        else if (search.Count > 0 && !HashtagsOnlyRegex().IsMatch(text[(search[^1].Index + search[^1].Length)..]))
        {
            var last = search[^1];
            var tail = text[(last.Index + last.Length)..];
            // "search for wedding in my completed tasks": the scope after the search words is a filter, not a search word.
            var scope = SearchScopeRegex().Match(tail);
            var scopeText = scope.Success ? scope.Value : "";
            if (scope.Success)
            {
                tail = tail[..scope.Index];
            }

            tail = TailCutRegex().Replace(tail, "");
            words.AddRange(WordMatcher.ContentStems(tail).Where(w => !FilterWords.Contains(w)));
            text = text[..last.Index] + " " + scopeText;
        }

        var repeating = words.RemoveAll(w => RepeatingRegex().IsMatch(w)) > 0;
        var reminders = words.RemoveAll(ReminderParser.AsksForReminders) > 0;
        var status = StatusFilter.Pending;
        if (AllStatusRegex().IsMatch(text))
        {
            status = StatusFilter.All;
        }
        else if (CompletedRegex().IsMatch(text) && !NotDoneRegex().IsMatch(text))
        {
            status = StatusFilter.Completed;
        }

        var tags = new List<string>();
        foreach (Match m in TagRegex().Matches(text))
        {
            tags.Add(TagParser.Normalize(m.Groups["t"].Value));
        }

        text = TagRegex().Replace(text, " ");
        foreach (var token in WordMatcher.Tokens(text))
        {
            if (knownTags.Contains(token) && !FilterWords.Contains(token) && !tags.Contains(token))
            {
                tags.Add(token);
            }
        }

        TaskPriority? priority = null;
        var priorityResult = PriorityParser.Extract(text);
        if (priorityResult is not null)
        {
            priority = priorityResult.Priority;
            text = priorityResult.Remainder;
        }
        else if (BarePriorityRegex().Match(text) is { Success: true } bare)
        {
            priority = PriorityParser.FromLevelWord(bare.Groups["l"].Value);
        }

        var kind = DateFilterKind.None;
        DateOnly? from = null;
        DateOnly? to = null;
        string? label = null;
        if (OverdueRegex().IsMatch(text))
        {
            kind = DateFilterKind.Overdue;
            label = "overdue";
        }
        else if (NextDaysRegex().Match(text) is { Success: true } nextDays)
        {
            var n = nextDays.Groups["u"].Value.StartsWith("week", StringComparison.OrdinalIgnoreCase)
                ? 7 * (NumberWords.Parse(nextDays.Groups["n"].Success ? nextDays.Groups["n"].Value : "1") ?? 1)
                : NumberWords.Parse(nextDays.Groups["n"].Success ? nextDays.Groups["n"].Value : "3") ?? 3;
            kind = DateFilterKind.Range;
            from = now.Today;
            to = now.Today.AddDays(n);
            label = $"due in the next {n} days";
        }
        else if (NextWeekRegex().IsMatch(text))
        {
            kind = DateFilterKind.Range;
            from = LocalNow.NextMonday(now.Today);
            to = from.Value.AddDays(6);
            label = "next week";
        }
        else if (ThisWeekRegex().IsMatch(text))
        {
            kind = DateFilterKind.Range;
            from = now.Today;
            to = LocalNow.EndOfWeek(now.Today);
            label = "this week";
        }
        else if (UndatedRegex().IsMatch(text))
        {
            kind = DateFilterKind.NoDate;
            label = "without a due date";
        }
        else
        {
            var dates = DateExpressionParser.Parse(text, now);
            if (dates.Date is { } date)
            {
                kind = DateFilterKind.OnDate;
                from = date;
                to = date;
                label = date == now.Today ? "due today" : date == now.Today.AddDays(1) ? "due tomorrow" : $"due {date:ddd d MMM}";
            }
        }

        return new ListQuery(status, kind, from, to, label, priority, tags.Distinct().ToList(), words) { RepeatingOnly = repeating || RepeatingRegex().IsMatch(text), WithRemindersOnly = reminders || ReminderParser.AsksForReminders(text) };
    }

    private static bool NamesOnlyWords(string tail, LocalNow now, IReadOnlyCollection<string> knownTags)
    {
        var rest = DateExpressionParser.Parse(TailCutRegex().Replace(tail, ""), now).Remainder;
        var stems = WordMatcher.ContentStems(rest);
        return WordMatcher.Tokens(rest).Any(t => !FilterWords.Contains(t) && !FilterVocabulary.Contains(t) && !knownTags.Contains(t)
            && !RepeatingRegex().IsMatch(t) && !ReminderParser.AsksForReminders(t) && !OverdueRegex().IsMatch(t))
            && stems.Count > 0 && !ThisWeekRegex().IsMatch(rest) && !NextWeekRegex().IsMatch(rest) && !NextDaysRegex().IsMatch(rest);
    }

    // "anything for the bake sale", "what's pending for Kuba", "whats still left to do for the fete": a word filter after "for".
    // "what have I got for the Nguyens", "what do we have for the fete": the same after "what have I got", also with the list
    // named ("what do I have on there for Tyler", "what have we got on the list for the fete"); "with" a person too ("what do I
    // have with Rivka?").
    [GeneratedRegex(@"\b(?:anything|something|everything|stuff|things?|any\s+(?:tasks?|todos?|things?|jobs?)|(?<=\bwhat\s+(?:have|do)\s+(?:i|we)\s+)(?:got|have)(?:\s+(?:on|in)\s+(?:there|(?:the|my|our)\s+(?:list|to-?do\s+list)))?|(?<=what['’]?s\s+(?:still\s+)?|what\s+is\s+(?:still\s+)?)(?:pending|outstanding|open|remaining|left(?:\s+to\s+do)?|to\s+do))\s+(?:for(?!\s+(?:me|us)\b)|with(?!\s+(?:me|us|it|them|that|this)\b)|to\s+do\s+with|involving)\s+(?<tail>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex ForCueRegex();

    // "any unfinished marking?", "any open paperwork": the words after a state are what the tasks are about.
    [GeneratedRegex(@"^\s*any\s+(?:unfinished|pending|open|outstanding|remaining|overdue|completed|finished|done)\s+(?<tail>[^?]+)\??\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex AnyStateCueRegex();

    [GeneratedRegex(@"\s+(?:before|till|until|once|when)\s+(?:i|we)\s+(?:head|go|leave|get\s+(?:home|off|out)|clock\s+(?:out|off)|knock\s+off|finish\s+up|pack\s+up|call\s+it)\b[^?]*", RegexOptions.IgnoreCase)]
    private static partial Regex LeavingClauseRegex();

    [GeneratedRegex(@"^\s*(?:that|this|it)(?:\s+one)?(?:['’]s|\s+is|\s+was)\s", RegexOptions.IgnoreCase)]
    private static partial Regex PronounReportRegex();

    [GeneratedRegex(@"\b([pP][1-4])s\b")]
    private static partial Regex PluralLabelRegex();

    private static readonly HashSet<string> FilterWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "done", "finished", "completed", "complete", "pending", "open", "overdue", "today", "tomorrow", "week", "priority",
        "high", "low", "medium", "urgent", "important", "anything", "everything", "something", "mention", "mentioning",
        "contain", "containing", "word", "words", "tag", "tagged", "tasks", "task", "stuff", "show", "list", "find", "search", "grep",
    };

    // A day said first ("saturday whats due", "tmrw whats there") is the listing's date filter, not a new task.
    [GeneratedRegex(@"^\s*(?:(?:hey|ok|okay|so|and|please|pls|can\s+you|could\s+you|would\s+you|can\s+i|may\s+i|might\s+i|could\s+i|let\s+me|i\s+want\s+to|i'd\s+like\s+to|today|tonight|tomorrow|this\s+week|next\s+week|(?:on\s+|this\s+|next\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\s*,?\s+)*(?:show|showing|list|listing|display|view|see|give\s+(?:me|us)|tell\s+(?:me|us)|got\s+any(?:thing)?|print(?=\s+(?:(?:me\s+|us\s+|out\s+)?(?:my|our|the\s+(?:list|tasks|todos|to-dos)|a\s+list|list|tasks|todos|to-dos|everything|all|what|which|anything)\b))|get\s+me|find|search|grep|look\s+(?:up|for)|pull\s+up|bring\s+up|dig\s+up|fetch|gimme|what|what's|which|any|anything|something(?=\s+(?:overdue|due|pending|outstanding|left|open|urgent)\b)|do\s+i\s+have|have\s+i|am\s+i|(?:do\s+)?you\s+have\s+(?:something|anything)(?=\s+(?:with|about|for|on)\b)|how\s+many|is\s+there|is\s+(?:something|anything)|are\s+there|check\s+my|read\s+me|overview)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ListLeadRegex();

    [GeneratedRegex(@"^\s*(?:(?:my|all(?:\s+my)?|the|full|whole|entire|open|pending|completed|done|finished|overdue|today's|tomorrow's|urgent|high\s+priority|repeating|recurring|regular)\s+)*(?:tasks|todos|to-dos|list|agenda|stuff|jobs|chores|errands|tasks\s+list|todo\s+list|to-do\s+list)\b", RegexOptions.IgnoreCase)]
    private static partial Regex BareListRegex();

    [GeneratedRegex(@"\b(?:search(?:\s+for)?|find|grep|look(?:ing)?\s+(?:up|for)|about|mention(?:s|ing)?|contain(?:s|ing)?|regarding|related\s+to|matching|with\s+the\s+words?|(?:one|ones|task|tasks)\s+(?:that\s+)?(?:has|have|having|got|(?:have|has|'ve)\s+got)(?!\s+(?:i|we|you)\b)(?!\s+(?:done|finished|completed|moved|pushed|cancell?ed|deleted|dropped|missed|skipped|due|overdue|left|to|anything|nothing|no|any|or)\b)(?!\s+(?:no|any|a\s+due|due|a\s+deadline|deadlines?|high|low|medium|priority|tags?|dates?)\b)(?:\s+(?:the|a|an))?(?:\s+words?)?|called|named|titled|(?:(?:that|which)\s+)?(?:ha(?:ve|s)\s+)?to\s+do\s+with|that\s+say|that\s+says|(?<=\b(?:which|what|any)\s+(?:task|tasks|one|ones)\s+)say(?:s|ing)?|involving|concerning|re:|(?:anything|something|any|ones?|tasks?|stuff|things?|everything)\s+(?:with|w/?)(?=\s)(?!\s+(?:the\s+)?(?:#?[\w-]+\s+)?(?:tags?|labels?|hashtags?)\b)(?!\s+(?:(?:a|the)\s+)?(?:high|low|medium|top|no)\s+(?:priority|prio)\b|\s+p[1-4]\b)(?:\s+the\s+words?)?)(?:\s*:\s*|\s+)", RegexOptions.IgnoreCase)]
    private static partial Regex SearchCueRegex();

    [GeneratedRegex(@"^\s*(?:the\s+)?(?:tags?\s+)?#[\w-]+(?:\s*(?:,|and|or|&)?\s*#[\w-]+)*\s*[?.!]*\s*$")]
    private static partial Regex HashtagsOnlyRegex();

    [GeneratedRegex(@"\s+(?:(?:that|which)(?:['’]s|\s+is|\s+are|['’]re)?\s+)?(?:still\s+)?(?:outstanding|open|pending|to\s+do|not\s+done|unfinished|left)\s*[?.!]*\s*$|\s+(?:in\s+(?:the\s+)?(?:title|description|name|notes?)|in\s+it|in\s+them|tasks?|todos?|items?|jobs?|chores?|errands?)\s*[?.!]*\s*$|[?.!]+\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex TailCutRegex();

    [GeneratedRegex(@"\b(?:including|incl\.?|inc\.?|inc\.?|plus|even|also)\s+(?:the\s+)?(?:ones|stuff|things|tasks|items)\s+(?:that|which)(?:['’]s|\s+(?:is|are|were|was|have\s+been|i['’]ve|i\s+have))?\s+(?:already\s+)?(?:been\s+)?(?:done|finished|completed|complete|closed|checked\s+off|ticked\s+off)\b|\b(?:including|incl\.?|inc\.?|inc\.?|plus|as\s+well\s+as|along\s+with|together\s+with|even)\s+(?:the\s+)?(?:(?:ones?|stuff|things|tasks|items)\s+)?(?:(?:that\s+)?(?:i|we)(?:['’]ve|\s+have)?\s+(?:already\s+)?)?(?:done|finished|completed|complete|closed|checked)\b|\b(?:done|completed|finished)(?:\s+ones)?\s+(?:and|or|&|\+|plus)\s+(?:the\s+)?(?:pending|open|not\s+(?:yet\s+)?(?:done|finished|completed)|undone|unfinished)\b|\b(?:pending|open|undone|unfinished)(?:\s+ones)?\s+(?:and|or|&|\+|plus)\s+(?:the\s+)?(?:done|completed|finished)\b|\b(?:completed|complete|done|finished|closed)\s+or\s+not\b|\ball\s+(?:of\s+)?(?:my\s+)?tasks\s+(?:ever|including)\b|\b(?:done|finished|completed|complete|closed|ticked(?:\s+off)?|checked(?:\s+off)?|crossed\s+off)(?:\s+ones?)?\s+(?:too|as\s+well|also|included|n['’]?\s+all|and\s+all)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AllStatusRegex();

    // "which ones did I already do?", "which ones I already did?": what the user did is what is done.
    [GeneratedRegex(@"\bdid\s+(?:i|we)\s+(?:already\s+|just\s+)?(?:do|finish|complete)\b|\b(?:i|we)\s+(?:already|just)\s+did\b|\b(?:done|finished|finish|completed|complete|closed|close\s+out|resolved|(?<=\b(?:is|are|was|were|been|already|have|['’]ve)\s+)fixed(?![\w-])|(?:check|tick|cross)(?:ed)?\s+off|(?:tick|ticked|check|checked|do|did|finish)\s+already|accomplished|knock(?:ed)?\s+(?:out|off)|wrap(?:ped)?\s+up|got\s+through|taken\s+care\s+of|took\s+care\s+of|dealt\s+with)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CompletedRegex();

    // "which ones aren't finished", "what ain't done yet" (read as "isn't"), "not done", "unfinished": a negated state asks for the pending ones.
    [GeneratedRegex(@"(?:\b(?:not|un|isnt|arent|aint|wasnt|werent|havent|hasnt|didnt)|(?<=\p{L})n['’]t)\s*(?:yet\s+)?(?:been\s+)?(?:done|finished|finish|completed|complete)\b|\bto\s+(?:be\s+)?(?:done|finished|completed)\b|\bleft\s+to\b|\bneed\s+to\s+(?:be\s+)?(?:done|finish)|\b(?:need|needs|have|has|got|gotta|ought)\s+(?:to\s+)?get\s+(?:done|finished)\b|\bshould\s+(?:already\s+)?(?:be|have\s+been)\s+(?:done|finished)", RegexOptions.IgnoreCase)]
    private static partial Regex NotDoneRegex();

    // "show me kids tag only": a word after "tag" that only narrows the listing is no tag's name. A tag's name may start with any
    // letter ("tagged ágnes").
    [GeneratedRegex(@"(?:#|\b(?:tagged|tag|label(?:led|ed)?|labelled\s+as|tagged\s+as|with\s+(?:the\s+)?tag|under)\s+#?)(?!(?:on|in|of|for|to|from|them|it|the|a|an|and|or|is|are|that|this|with|at|tasks|todos|items|ones|one|thing|stuff|things|only|please|pls)\b)(?<t>\p{L}[\w-]*)|\b(?<t>\p{L}\w*)-tagged\b|\b(?!(?:the|my|all|any|show|list|see)\b)(?<t>\p{L}\w*)\s+tagged(?=\s+(?:tasks|todos|items|ones|stuff|things)\b)|\b(?:with|under|having|carrying)\s+(?:the|a|my)\s+(?!(?:same|other|new|old|right)\b)(?<t>\p{L}[\w-]*)\s+(?:tag|label|hashtag)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TagRegex();

    [GeneratedRegex(@"\b(?:priority|prio)\s+(?:is\s+)?(?<l>high|medium|low|none)\b|\b(?<l>high|medium|low)\s+(?:ones?|tasks?|items?|stuff|things?|jobs?)\b|\b(?:that|which)\s+(?:are|is)\s+(?<l>high|medium|low)\b", RegexOptions.IgnoreCase)]
    private static partial Regex BarePriorityRegex();

    [GeneratedRegex(@"\b(?:overdue|late|behind|behindhand|in\s+arrears|past\s+due|past\s+(?:its|their|the)\s+(?:due\s+date|deadline)s?|missed|miss|slipped|slipping|(?:(?:gone|went|slid|slipped)\s+past|passed|crossed|overshot|blown|blew|missed)\s+(?:(?:its|their|the)\s+)?(?:due\s+)?(?:date|deadline)s?|let\s+(?:\w+\s+)?(?:slide|slip|pass)(?:\s+past\s+(?:its|their|the)\s+(?:due\s+date|deadline)s?)?|should\s+(?:already\s+)?(?:be|have\s+been)\s+(?:done|finished)(?:\s+already|\s+by\s+now)?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OverdueRegex();

    [GeneratedRegex(@"\b(?:next|coming|following)\s+(?:(?<n>" + NumberWords.Pattern + @")\s+)?(?<u>days|weeks)\b|\b(?:within|in)\s+(?:the\s+)?(?:next\s+)?(?<n>" + NumberWords.Pattern + @")\s+(?<u>days?|weeks?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NextDaysRegex();

    [GeneratedRegex(@"\b(?:repeat(?:s|ing)?|recurr?(?:ing|ent|ence|s)?|recurs|on\s+(?:a\s+)?(?:repeat|schedule))\b", RegexOptions.IgnoreCase)]
    private static partial Regex RepeatingRegex();

    [GeneratedRegex(@"\bnext\s+week\b", RegexOptions.IgnoreCase)]
    private static partial Regex NextWeekRegex();

    [GeneratedRegex(@"\b(?:this\s+week|(?:rest|end)\s+of\s+(?:the\s+)?week|the\s+week)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ThisWeekRegex();

    [GeneratedRegex(@"\b(?:no|without\s+(?:a\s+)?)\s*(?:due\s+)?(?:date|deadline)s?\b|\bundated\b|\bunscheduled\b", RegexOptions.IgnoreCase)]
    private static partial Regex UndatedRegex();
}
