using System.Text.RegularExpressions;
using TodoFunctions.Chat.Engine.Rules;
using TodoFunctions.Chat.Intents;
using TodoFunctions.Chat.References;
using TodoFunctions.Chat.Replies;
using TodoFunctions.Chat.Safety;
using TodoFunctions.Chat.State;
using TodoFunctions.Chat.Text;
using TodoFunctions.Chat.Time;

namespace TodoFunctions.Chat.Engine;

/// <summary>
/// Interprets one message: safety, pending confirmations, small talk, then each clause in turn.
/// Clauses see the effect of earlier clauses; if any clause needs clarification, nothing is changed.
/// </summary>
internal sealed partial class TurnInterpreter
{
    private readonly OfflineLanguageEngine _engine;
    private readonly ChatContext _context;
    private readonly int _depth;
    private readonly int _maxDepth;
    private readonly LocalNow _now;
    private readonly ConversationMemory _memory;
    private readonly TextProtector _protector = new();
    private readonly List<ChatTask> _tasks;
    private readonly List<ChatAction> _actions = [];
    private readonly List<string> _replies = [];
    private readonly List<string> _problems = [];
    private readonly List<Guid> _touched = [];
    private IReadOnlyList<Guid>? _listing;
    private IReadOnlyList<Guid>? _problemListing;
    private IReadOnlyList<Guid> _pendingDelete = [];
    private IReadOnlyList<Guid>? _lastTargets;
    private bool _correction;
    private string _clause = "";
    private string? _redo;
    private SmallTalkKind _smallTalk;

    public TurnInterpreter(OfflineLanguageEngine engine, ChatContext context, int depth, int maxDepth)
    {
        _engine = engine;
        _context = context;
        _depth = depth;
        _maxDepth = maxDepth;
        _now = LocalNow.From(context.Now, context.TimeZone);
        _tasks = context.Tasks.ToList();
        _memory = new ConversationMemory(context.History, TouchedByPreviousUserTurn);
    }

    internal LocalNow Now => _now;

    /// <summary>An earlier clause of this message changed something (or stood as its context).</summary>
    internal bool ActedEarlier { get; private set; }

    internal IReadOnlyList<ChatTask> AllTasks => _tasks;

    /// <summary>The stems of the words a task is known by: its title, description and tags.</summary>
    internal static IReadOnlyList<string> WordsOf(ChatTask task) =>
        Text.WordMatcher.ContentStems(task.Title + " " + task.Description + " " + string.Join(' ', task.Tags));

    internal bool IsCorrection => _correction;

    /// <summary>The most recent listing of the conversation showed exactly one task.</summary>
    internal bool HasListingOfOne => _memory.LastListing is { Count: 1 };

    /// <summary>Tasks acted on (or named) by earlier clauses of this message: what "it" means next.</summary>
    internal IReadOnlyList<Guid>? LastTargets
    {
        get => _lastTargets;
        set => _lastTargets = value;
    }

    internal string Restore(string text) => _protector.Restore(text);

    internal string? Description(string token) => _protector.Description(token);

    internal void Say(string reply) => _replies.Add(reply);

    internal void Ask(string question) => _problems.Add(question);

    /// <summary>The message as typed: a new title keeps its dialect words (<see cref="Text.DialectTitleWords"/>).</summary>
    private string _message = "";

    private HashSet<string>? _ownWords;

    // A word of the person's own tasks (titles, notes, tags; gathered on the first question), or its start ("physio" of
    // "Physiotherapy"), or a slip of one ("sulgni").
    internal bool IsOwnWord(string word)
    {
        var folded = Fold(word);
        return OwnWordSet.Contains(folded) || OwnWordSet.Any(own =>
            (folded.Length >= 4 && (own.StartsWith(folded, StringComparison.Ordinal) || folded.StartsWith(own, StringComparison.Ordinal) && own.Length >= 4))
            || (folded.Length >= 5 && EditDistance.Damerau(own, folded) <= 1));
    }

    // A word written exactly as in one of the person's own tasks: "Marek" of "Interview new baker Marek".
    private bool IsOwnName(string word) => OwnWordSet.Contains(Fold(word));

    private static string Fold(string word) => WordMatcher.Tokens(word).FirstOrDefault() ?? word;

    private HashSet<string> OwnWordSet => _ownWords ??= OwnWords();

    private HashSet<string> OwnWords() =>
        _tasks.SelectMany(t => WordMatcher.Tokens($"{t.Title} {t.Description} {string.Join(' ', t.Tags)}")).ToHashSet();

    // A word that looks mashed may be a word of the person's own tasks ("churchkhela ordered"); their words are gathered only then.
    private SafetyVerdict CheckSafety(string text) => SafetyGuard.Check(text) is var verdict && verdict == SafetyVerdict.Gibberish
        ? SafetyGuard.Check(text, _ownWords ??= OwnWords())
        : verdict;

    public ChatPlan Run(string message)
    {
        _message = message;
        var verdict = CheckSafety(message);
        if (verdict == SafetyVerdict.Ok)
        {
            verdict = CheckSafety(TypoCorrector.Correct(message));
        }

        if (verdict != SafetyVerdict.Ok)
        {
            return new ChatPlan([], ReplyWriter.Safety(verdict), null, null);
        }

        // Every rule reads a whole clause, so a run-on sentence far longer than any request costs each of them its full
        // length (a 2,000-character one took a second); it is asked about before any of them runs. Quoted titles and
        // notes do not count: they are never parsed.
        if (ClauseSplitter.LongestSentence(new TextProtector().Protect(message)) > ClauseSplitter.MaxSentenceLength)
        {
            return new ChatPlan([], ReplyWriter.RunOnSentence, null, null);
        }

        var confirmation = HandlePendingConfirmation(message);
        if (confirmation is not null)
        {
            return confirmation;
        }

        var smallTalk = SmallTalk.Classify(message);
        if (smallTalk != SmallTalkKind.None)
        {
            return new ChatPlan([], ReplyWriter.SmallTalk(smallTalk), null, null);
        }

        var text = TypoCorrector.Correct(_protector.Protect(message.Trim()), IsOwnName);
        // "#2 done causa", "gamarjoba, add …": a tone word of a voice the tables do not know yet; the rest is read again without it.
        if (UnknownWords.StripTone(text, IsOwnWord) is var toneless && toneless != text)
        {
            text = TypoCorrector.Correct(toneless, IsOwnName);
        }
        if (_memory.LatestState.Redo is { } redo && BareAnswerRegex().IsMatch(text) && !ClauseSplitter.StartsWithCommand(text)
            && !ListQueryParser.LooksLikeListing(text) && Resolve(text, ReferenceScope.All).Status == ReferenceStatus.Found)
        {
            // The previous turn asked "which one?"; a bare answer completes that request.
            HandleClause(redo.Replace(EngineState.AnswerSlot.ToString(), text.Trim().TrimEnd('.', '!', '?'), StringComparison.Ordinal));
            return Finish();
        }

        text = AddWrappers.Unwrap(IntentPatterns.ListLabelToAdd(IntentPatterns.StripFillers(text)));
        if (IntentPatterns.TryStripCorrection(text, out var rest))
        {
            _correction = true;
            text = rest;
        }

        text = RemarkBeforeListing(text);
        var acted = false;
        var clauses = IntentionThenRequest.Merge(ClauseSplitter.Split(DeniedThenReportedTime(TwoReports(text))));
        var valueSources = new HashSet<int>();
        clauses = RequestFocus.CarryStoryValue(EventThenRequest.Merge(clauses), _now, valueSources);
        var (problemsBefore, repliesBefore) = (_problems.Count, _replies.Count);
        var namedAlone = false;
        string? ambiguousName = null;
        var storyProblems = new List<string>();
        var storyMode = RequestFocus.HasRequest(clauses);
        for (var i = 0; i < clauses.Count; i++)
        {
            var clause = !namedAlone ? clauses[i]
                : ambiguousName is not null && OnItRegex().IsMatch(WithIt(ThemAsIt(clauses[i]))) ? OnItRegex().Replace(WithIt(ThemAsIt(clauses[i])), ambiguousName, 1)
                : WithIt(ThemAsIt(clauses[i]));
            ambiguousName = null;
            namedAlone = false;
            ActedEarlier = acted || _pendingDelete.Count > 0;
            // "what is overdue? pls show": once a question of this message has listed, a bare "show" only asks to see that listing
            // (read alone, it listed every pending task after the overdue ones). After a question that lists nothing ("what I
            // still must do? show please"), it is the listing.
            if (_listing is not null && BareShowRegex().IsMatch(clause))
            {
                continue;
            }

            // "don't need the propane tanks anymore so ditch that": the request after a statement that already acted
            // names the same task; doing it twice would fail the turn.
            // "the ride happened, 92 km 💪 check it off": a remark naming no task before that request changes nothing.
            // "tick off the heating bill, I paid it this morning": a report on "it" after that request says the same thing again (read
            // alone, it completed the other pending "Pay …" task).
            if (acted && (PronounRequestRegex().IsMatch(clause) || BareDoneRegex().IsMatch(clause) || PronounReportRegex().IsMatch(clause)
                || (TrailingRequest(clause) is (var aside, not null) && WordMatcher.ContentStems(aside).Count > 0 && IsAside(aside))))
            {
                continue;
            }

            // "pew needs another coat, mark it not done", "bike tyre went flat again, uncheck it": when nothing has acted yet,
            // the statement before a request on "it" (or on nothing) names the task; what it said alone was only context.
            // "gas bill due date kindly remove" is an idiom of its own (the due date goes), not a statement and a bare "remove".
            if (!acted && _lastTargets is not { Count: > 0 } && TrailingRequest(clause) is var (own, request) && request is not null
                && !ActionLexicon.IsFieldRemoval(clause)
                && ContextTarget(clauses.Take(i).Append(own), RequestScope(request)) is { } target)
            {
                _problems.RemoveRange(problemsBefore, _problems.Count - problemsBefore);
                _replies.RemoveRange(repliesBefore, _replies.Count - repliesBefore);
                _redo = null;
                _lastTargets = target;
                var beforeRequest = _actions.Count;
                // "#3 not done": a bare state phrase is a request on the task just named.
                // "kill the low priority one, not needed": a bare "not needed" deletes it.
                var onTarget = ClauseSplitter.IsBareNotDone(request) ? "reopen it" : BareNotNeededRegex().IsMatch(request) ? "delete it" : request;
                // "1 and 3 delete", "both call tasks delete, not needed": a plural named before the bare verb acts on all it names.
                HandleClause(target.Count > 1 ? PluralOnTarget(onTarget) : onTarget);
                acted = _actions.Count > beforeRequest;
                continue;
            }

            // "the lawnmower one, make it tomorrow", "the GP call - do it at 10 instead": a task named on its own, then a request on "it".
            if (!acted && NamedThenRequest(clause, clauses.ElementAtOrDefault(i + 1)) is var (named, onIt, askAs) && named is not null)
            {
                if (named.Count > 0)
                {
                    _lastTargets = named;
                }

                if (onIt is null)
                {
                    namedAlone = true;
                    ambiguousName = askAs;
                    continue;
                }

                clause = onIt;
            }

            // "add milk, make high priority", "X doesn't need a date. Please remove due date": after a clause that acted on a task,
            // an edit said without its task is on that task.
            if (acted && _lastTargets is { Count: > 0 } && WithIt(clause) is var onLast && onLast != clause && OnItRegex().IsMatch(onLast))
            {
                clause = onLast;
            }

            var before = _actions.Count;
            var (asksBefore, saidBefore, redoBefore) = (_problems.Count, _replies.Count, _redo);
            var snapshot = TakeSnapshot();
            var listingBefore = _listing;
            HandleClause(clause);
            if (listingBefore is not null && !acted && ReferenceEquals(_listing, listingBefore)
                && _actions.Skip(before).All(a => a is AddTask) && IsListingRemark(clause))
            {
                // "anything overdue? post-nights brain, can't remember", "what's due? flat out today so keep it short": after
                // a listing, a clause that is no request (no command, idiom or imperative) only remarks on the user's day.
                RollBack(snapshot);
                continue;
            }

            var isStory = storyMode && (valueSources.Contains(i) || RequestFocus.IsStory(clause));
            if (isStory && AddedOnly(snapshot))
            {
                // "My ride has fallen through, so …": the story around a request is context, never a new task.
                RollBack(snapshot);
                NameFromStory(clause);
                continue;
            }

            if (isStory && _actions.Count == before && _problems.Count == asksBefore)
            {
                NameFromStory(clause);
            }

            if (acted && _actions.Count == before && _problems.Count > asksBefore && IsAside(clause))
            {
                // "untick bubble wrap, supplier never delivered": after a request that acted, a statement naming no task
                // is the reason for it, not a request whose task could not be found.
                _problems.RemoveRange(asksBefore, _problems.Count - asksBefore);
                _replies.RemoveRange(saidBefore, _replies.Count - saidBefore);
                _redo = redoBefore;
                continue;
            }

            // "Oh my goodness I almost forgot, I'm halfway thru the book!! pls add …": a story naming no task before the
            // request is context; its "which task?" goes if a later clause acts.
            if (!acted && _actions.Count == before && _problems.Count > asksBefore && IsAside(clause))
            {
                storyProblems.AddRange(_problems.Skip(asksBefore));
            }

            // "the ride happened, 92 km 💪 check it off": a remark that neither acted nor asked leaves the earlier act standing.
            acted = _actions.Count > before || (acted && _problems.Count == asksBefore);
        }

        if (_actions.Count > 0)
        {
            storyProblems.ForEach(p => _problems.Remove(p));
        }

        return Finish();
    }

    /// <summary>
    /// "early start today, any urgent ones for today?", "long day today. what's due?": a remark on the day (no command, no
    /// task's name, more than a date or a filter) before a listing question is no task; only the question is answered.
    /// </summary>
    private string RemarkBeforeListing(string text)
    {
        if (RemarkThenQuestionRegex().Match(text) is not { Success: true } m)
        {
            return text;
        }

        var (remark, question) = (m.Groups["remark"].Value.Trim(), m.Groups["q"].Value.Trim());
        // "de football tag, wha in it?": a question pointing back at what was said first makes that its filter.
        var remarkWords = WordMatcher.Tokens(remark.ToLowerInvariant()).ToHashSet();
        return !BackPointerRegex().IsMatch(question) && !remark.Contains('#') && !_tasks.Any(t => t.Tags.Any(remarkWords.Contains))
            && ListQueryParser.LooksLikeListing(question) && !ListQueryParser.LooksLikeListing(remark)
            && !AddParser.TryStripCommand(remark, out _) && !AddParser.StartsWithImperative(remark) && !ActionLexicon.IsIdiom(remark)
            && !AddParser.IsModifierOnly(remark, _now)
            && WordMatcher.ContentStems(PeriodWordsRegex().Replace(DateExpressionParser.Parse(remark, _now).Remainder, " ")).Count > 0 && !remark.Contains("QTOKEN", StringComparison.Ordinal) && IsAside(remark)
            ? question
            : text;
    }

    [GeneratedRegex(@"^(?<remark>[^,.;:?!]+)[,.;:!]\s+(?<q>[^,.;:?!]+\?)\s*$")]
    private static partial Regex RemarkThenQuestionRegex();

    [GeneratedRegex(@"\b(?:it|them|that|those|these|there|tag|tagged)\b|\bthis\b(?!\s+(?:week|weekend|month|morning|afternoon|evening|year)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex BackPointerRegex();

    // "This week, what is remaining for me?": a period said first is the listing's filter, not a remark.
    [GeneratedRegex(@"\b(?:this|next|last|coming|the|week|weekend|month|year|fortnight)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PeriodWordsRegex();

    /// <summary>After a listing: a clause that asks for nothing ("post-nights brain", "I think I forgot something").</summary>
    private static bool IsListingRemark(string clause)
    {
        var text = IntentPatterns.StripFillers(clause).Trim().TrimEnd('.', '!', '?', ' ');
        return text.Length > 0 && !RequestFocus.IsRequest(clause)
            && !AddParser.TryStripCommand(text, out _) && !ActionLexicon.IsIdiom(text) && !ListQueryParser.LooksLikeListing(text);
    }

    /// <summary>
    /// "the spice rack can wait; lower it to low priority": the story names the task the request's "it" means, unless "it"
    /// already means something (a task just acted on, or the only one in the last listing).
    /// </summary>
    private void NameFromStory(string story)
    {
        if (_lastTargets is not { Count: > 0 } && Resolve("it", ReferenceScope.All).Status != ReferenceStatus.Found)
        {
            _lastTargets = ContextTarget([story], ReferenceScope.All);
        }
    }

    private static string PluralOnTarget(string request) =>
        OnItRegex().IsMatch(request) ? OnItRegex().Replace(request, "them", 1) : BareVerbHeadRegex().Replace(request, "${v} them", 1);

    [GeneratedRegex(@"^\s*(?:(?:please|pls|plz|just)\s+)*(?<v>delete|remove|ditch|drop|bin|scrap|nuke|trash|untick|uncheck|unmark|reopen|undo)\b", RegexOptions.IgnoreCase)]
    private static partial Regex BareVerbHeadRegex();

    /// <summary>"newsletter - not done, reopen pls" → ("newsletter - not done", "reopen pls"); a clause that is all request gives ("", it).</summary>
    private static (string Statement, string? Request) TrailingRequest(string clause)
    {
        var words = clause.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var k = 0; k < words.Length; k++)
        {
            var suffix = string.Join(' ', words[k..]);
            // "the first one is not done yet": "not done" after "is" is the clause's own predicate, not a request on a task
            // the words before it name (they named "Buy Diamox for first aid kit" by its word "first", not position 1). After
            // "it is" it still is one ("I ticked the logbook by mistake, it is not finished": "it" is the task named before).
            if (PronounRequestRegex().IsMatch(suffix)
                && !(k > 1 && CopulaRegex().IsMatch(words[k - 1]) && !SubjectPronounRegex().IsMatch(words[k - 2]) && NotStateRegex().IsMatch(suffix)))
            {
                return (string.Join(' ', words[..k]).Trim(' ', ',', ';', ':', '-', '\u2013', '\u2014'), suffix);
            }

            // "library books — scratch": a delete verb of its own, said bare after the task's name and a break ("nobbut a scratch"
            // is a remark).
            // "#3 — this one I already finished", "1 and 3 — both I already did": the object fronted before a report that it is done.
            if ((k == 0 || BreakBeforeRegex().IsMatch(words[k - 1])) && (ScratchRequestRegex().IsMatch(suffix) || FrontedDoneRegex().IsMatch(suffix)))
            {
                return (string.Join(' ', words[..k]).Trim(' ', ',', ';', ':', '-', '\u2013', '\u2014'),
                    ScratchRequestRegex().IsMatch(suffix) ? "delete it" : "mark it done");
            }

            // "Clipper card autoload is important, please make high priority", "… does not need a date. Please remove due date": an
            // edit said without its task, after a break, is on the task the statement before it names. A bare name before it
            // ("NEA licence renewal, push back 3 days") is NamedThenRequest's, which asks when the name fits two tasks.
            if ((k == 0 || (BreakBeforeRegex().IsMatch(words[k - 1]) && References.TaskReferenceResolver.HasFiniteVerb(string.Join(' ', words[..k]))))
                && WithIt(suffix) is var onIt && onIt != suffix && OnItRegex().IsMatch(onIt))
            {
                return (string.Join(' ', words[..k]).Trim(' ', ',', ';', ':', '.', '-', '\u2013', '\u2014'), onIt);
            }
        }

        return ("", null);
    }

    /// <summary>The one task a statement names somewhere in it ("Galway trip didn't happen after all" → the Galway trip), longest words first.</summary>
    private IReadOnlyList<Guid>? ContextTarget(IEnumerable<string> context, ReferenceScope scope)
    {
        foreach (var statement in context.Reverse())
        {
            if (statement.Length == 0 || ClauseSplitter.StartsWithCommand(statement))
            {
                continue;
            }

            var words = TrailingCourtesyRegex().Replace(IntentPatterns.StripFillers(statement), "").Trim().TrimEnd('.', '!', '?', ' ')
                .Split(' ', StringSplitOptions.RemoveEmptyEntries).TakeLast(10).ToArray();
            for (var length = words.Length; length >= 1; length--)
            {
                for (var start = 0; start + length <= words.Length; start++)
                {
                    var span = string.Join(' ', words[start..(start + length)]);
                    if (WordMatcher.ContentStems(span).Count > 0 && Resolve(span, scope) is { Status: ReferenceStatus.Found } found)
                    {
                        return found.Tasks.Select(t => t.Id).ToList();
                    }
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The one task a bare noun phrase names when a request on "it" follows, in the same clause after a comma or dash
    /// (then that request is returned too) or as the next clause. A name that fits several tasks names none; when the request
    /// is in the next clause, <c>AskAs</c> is the name its "it" stands for, so that request asks which task is meant.
    /// </summary>
    private (IReadOnlyList<Guid>? Named, string? Request, string? AskAs) NamedThenRequest(string clause, string? next)
    {
        var head = clause;
        string? request = null;
        if (LeadingNameRegex().Match(clause) is { Success: true } m)
        {
            (head, request) = (m.Groups["name"].Value, m.Groups["request"].Value);
        }
        else if (LeadingNameNoBreakRegex().Match(clause) is { Success: true } n && !ClauseSplitter.StartsWithCommand(clause)
            && !ActionLexicon.IsIdiom(clause))
        {
            // "FAFSA one set high priority", "the one due tomorrow make medium": the task named first, then the edit, no comma.
            (head, request) = (n.Groups["name"].Value, n.Groups["request"].Value);
        }
        else if (next is null || !OnItRegex().IsMatch(WithIt(ThemAsIt(next))))
        {
            return (null, null, null);
        }

        if (request is not null && !OnItRegex().IsMatch(request = WithIt(ThemAsIt(request))))
        {
            return (null, null, null);
        }

        // "Renew bus pass, put it off by 3 days": an imperative head is a task's name only when it says that task's whole title,
        // or points at one with "one" ("pay one - make it high priority": the one about paying). "bump the gazebo quotes to p1 and
        // tag it events": a head the lexicon reads as a request with a value of its own is a request, not a name ("bin charge:
        // push it back a week" stays a name).
        if (ClauseSplitter.StartsWithCommand(head) || (AddParser.StartsWithImperative(head) && !IsWholeTitle(head) && !OneReferenceRegex().IsMatch(head))
            || VerbRegex().IsMatch(head) || (ActionLexicon.IsRequest(head) && (PriorityParser.Extract(head) is not null || !DateExpressionParser.Parse(head, _now).IsEmpty))
            || ListQueryParser.LooksLikeListing(head) || WordMatcher.ContentStems(head).Count == 0)
        {
            return (null, null, null);
        }

        var resolved = Resolve(head, ReferenceScope.All);
        if (resolved.Status == ReferenceStatus.Ambiguous && request is not null)
        {
            // "landlord call, change to friday" with two landlord tasks: the request on the name asks which one. A name
            // without a determiner gets "the", so "make Werkstatt call urgent" stays an edit and is never read as a new task.
            return ([], OnItRegex().Replace(request, AsName(head), 1), null);
        }

        if (resolved.Status == ReferenceStatus.Ambiguous && request is null && next is not null)
        {
            // "the match, put it on high prio" split in two clauses, with two match tasks: the name is never a new task, and
            // "it" in the next clause is that name, which asks which of them is meant ("pay one - lower it to low").
            return ([], null, AsName(head));
        }

        return resolved is { Status: ReferenceStatus.Found, Tasks.Count: 1 } found
            ? (found.Tasks.Select(t => t.Id).ToList(), request, null)
            : (null, null, null);
    }

    private static string AsName(string head) => DeterminerRegex().IsMatch(head.Trim()) ? head.Trim() : "the " + head.Trim();

    [GeneratedRegex(@"^(?<name>[^,;:]+?)\s*(?:,|\s[-\u2013\u2014]|:|->|\u2192)\s+(?<request>(?:(?:please|pls|just|can\s+you|could\s+you)\s+)*(?:make|move|set|change|do|push|put|shift|bump|mark|tick|delete|remove|drop|rename|tag|give|lower|raise|take|clear|strip|wipe|postpone|delay|reschedule|knock|bring)\s+.+|(?:(?:better|rather|instead)\s+)?(?:for|on)\s+(?:tomorrow|today|tonight|next\s+\w+|(?:this\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingNameRegex();

    [GeneratedRegex(@"^(?:[^,;:]*[,;:]\s*)?(?<name>[^\s,;:][^,;:]*?)\s+(?<request>(?:(?:please|pls|plz|just)\s+)*(?:make|move|set|change|push|put|shift|bump|fix|correct|rename|postpone|delay|reschedule)\s+.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingNameNoBreakRegex();

    [GeneratedRegex(@"\b(?:it|that|this)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OnItRegex();

    // "the Majorna drawings - move them to friday": a plural noun's "them", right after an edit verb, is the one task it names
    // ("set them a deadline of …" is a lexicon idiom of its own, so "set" and "give" are not among the verbs).
    [GeneratedRegex(@"^\s*(?:(?:please|pls|just)\s+)*(?:make|move|change|push|put|shift|bump|mark|tick|delete|remove|drop|rename|tag|lower|raise)\s+them\b", RegexOptions.IgnoreCase)]
    private static partial Regex ThemRequestRegex();

    private static string ThemAsIt(string request) => ThemRequestRegex().IsMatch(request) ? ThemWordRegex().Replace(request, "it", 1) : request;

    [GeneratedRegex(@"\bthem\b", RegexOptions.IgnoreCase)]
    private static partial Regex ThemWordRegex();

    [GeneratedRegex(@"^(?:the|my|our|this|that|these|those|both|all)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DeterminerRegex();

    [GeneratedRegex(@"^\s*(?:the\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?\s+one\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex OneReferenceRegex();

    private bool IsWholeTitle(string words)
    {
        var said = WordMatcher.ContentStems(words).ToHashSet();
        if (said.Count > 0 && _tasks.Count(t => said.SetEquals(WordMatcher.ContentStems(t.Title))) == 1)
        {
            return true;
        }

        // "phone contract, make it due sunday" for "Sort out phone contract": two or more words that only one task's title
        // holds all of name that task, even when the first of them could be a verb ("phone", "pay", "book").
        return said.Count >= 2 && _tasks.Count(t => said.IsSubsetOf(WordMatcher.ContentStems(t.Title))) == 1;
    }

    /// <summary>"accountant - move to march 2": a move said without its object is a move of the task just named;
    /// "Declan snag list - change description to: …": so is a new description said without its task.</summary>
    private static string WithIt(string request)
    {
        // "remove date, no hurry", "change time to 17:45 pls 🙏": a courtesy after the edit goes, but only when an edit is found.
        // "movers quotes - remove the date, no deadline": a closing "no deadline" only repeats a due-date removal.
        var bare = TrailingCourtesyRegex().Replace(NoDeadlineRemarkRegex().Replace(request, ""), "");
        var onIt = WithItBare(bare);
        return onIt == bare ? request : onIt;
    }

    private static string WithItBare(string request)
    {
        var text = ObjectlessMoveRegex().Replace(request, "${verb} it ");
        text = BareNewDayRegex().Replace(text, "move it to ${w}");
        text = ObjectlessNoteRegex().Replace(text, "set the description of it ");
        text = ObjectlessSpellingRegex().Replace(text, "fix the spelling of it ");
        text = ObjectlessRenameRegex().Replace(text, "rename it ");
        text = ObjectlessValueRegex().Replace(text, "${verb} it ");
        text = ObjectlessDateRegex().Replace(text, "${verb} it to ");
        text = ObjectlessTimeRegex().Replace(text, "${verb} it to ");
        text = ObjectlessDoneRegex().Replace(text, "${verb} it ${state}");
        text = ObjectlessRemoveRegex().Replace(text, "${verb} it ");
        text = ObjectlessDueRemovalRegex().Replace(text, "remove the due date from it");
        text = ObjectlessLevelChangeRegex().Replace(text, "${verb} it ");
        return ObjectlessBackRegex().Replace(text, "${verb} it back ");
    }

    [GeneratedRegex(@"(?<=\b(?:date|deadline|due)(?:\s+off)?)\s*,\s*(?:there['’]?s\s+|there\s+is\s+)?no\s+(?:deadline|due\s+date)(?:\s+(?:anymore|any\s+more|for\s+(?:it|now)|needed))?[\s.!]*$", RegexOptions.IgnoreCase)]
    private static partial Regex NoDeadlineRemarkRegex();

    // "make medium", "set high priority", "change to the day after tomorrow", "push back 3 days": an edit verb straight
    // before its value acts on the task just named. A number before a level or a state is a position ("delete 1, make 3 high
    // priority").
    [GeneratedRegex(@"^(?<verb>(?:(?:please|pls|plz|just)\s+)*(?:make|set|change|put|postpone|delay|reschedule))\s+(?!\d{1,2}(?:\s*(?:,|and|&)\s*\d{1,2})*\s+(?:(?:high|medium|low|top|no)\b|urgent|important|p[1-4]\b|done|finished|complete))(?=(?:to|till|until|for|at|by|on|low|medium|high|urgent|important|p[1-4]|no|back|later|earlier|tomorrow|today|tonight|next|this|\d)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex ObjectlessValueRegex();

    // "lo bak go, set date dec 20", "the rates - change the deadline to friday": a new date said with its field but not its task.
    [GeneratedRegex(@"^(?<verb>(?:(?:please|pls|plz|just)\s+)*(?:set|change|make|put|move))\s+(?:the\s+|its\s+)?(?:date|due\s+date|due|deadline|day)\s+(?:to\s+|for\s+|as\s+|at\s+)?(?=\S)", RegexOptions.IgnoreCase)]
    private static partial Regex ObjectlessDateRegex();

    // "Liis parents call — change time to 17:45", "the vet, set the hour at 9": a new clock time said with its field but not
    // its task (only before a clock value, so "make time for yoga" stays a new task).
    [GeneratedRegex(@"^(?<verb>(?:(?:please|pls|plz|just)\s+)*(?:set|change|move|put|shift))\s+(?:the\s+|its\s+)?(?:time|hour)\s+(?:to\s+|for\s+|as\s+|at\s+)?(?=\d|noon\b|midday\b|half\b|quarter\b)", RegexOptions.IgnoreCase)]
    private static partial Regex ObjectlessTimeRegex();

    // "Emily piano, mark done", "the rates one - tick off please": a completion said without its task.
    [GeneratedRegex(@"^(?<verb>(?:(?:please|pls|plz|just|ok|okay)\s+)*(?:mark|tick|check|cross))\s+(?<state>(?:as\s+)?(?:done|off|complete|completed|finished))\b(?=(?:\s+(?:please|pls|plz|ok|okay|lah|la|ah|now|already))*\W*$)", RegexOptions.IgnoreCase)]
    private static partial Regex ObjectlessDoneRegex();

    // "The harambee pledge cards - remove from my list please", "X, remove from list" (no article): a removal said without its task.
    [GeneratedRegex(@"^(?<verb>(?:(?:please|pls|plz|just|kindly)\s+)*(?:remove|delete|take|strike|cross|scratch))\s+(?=(?:off|from|out\s+of)\s+(?:(?:my|the|our)\s+)?(?:to-?do\s+|to\s+do\s+|task\s+)?list\b)", RegexOptions.IgnoreCase)]
    private static partial Regex ObjectlessRemoveRegex();

    // "push back 3 days", "move back by a week": a postponement said without its task.
    [GeneratedRegex(@"^(?<verb>(?:(?:please|pls|plz|just)\s+)*(?:push|move|put|bump|set))\s+back\s+(?=(?:by\s+)?(?:a|an|one|two|three|four|five|six|seven|\d+)\s)", RegexOptions.IgnoreCase)]
    private static partial Regex ObjectlessBackRegex();

    // "the Kevn one fix spelling to Kevin", "correct the title to …": a new title said without its task.
    [GeneratedRegex(@"^(?:(?:please|pls|plz|just)\s+)*(?:(?:fix|correct|change)\s+(?:the\s+|its\s+)?(?:title|name|wording)|rename)\s+(?=(?:to|as)\s)", RegexOptions.IgnoreCase)]
    private static partial Regex ObjectlessRenameRegex();

    // "cron job migration, drop the due date", "the airing cupboard - take the date off": the date removed from the task just named.
    [GeneratedRegex(@"^(?:(?:please|pls|plz|just)\s+)*(?:drop|remove|clear|delete|lose|ditch|scrap|take\s+off|get\s+rid\s+of)\s+(?:the\s+|its\s+)?(?:due\s+)?(?:date|deadline)(?:\s+off)?(?=\s*(?:please|pls|plz)?[\s.!]*$)", RegexOptions.IgnoreCase)]
    private static partial Regex ObjectlessDueRemovalRegex();

    // "X, please lower to medium priority", "X - bump up to high": a change of level said without its task.
    [GeneratedRegex(@"^(?<verb>(?:(?:please|pls|plz|just)\s+)*(?:lower|raise|drop|bump|lift|reduce|increase|downgrade|upgrade)(?:\s+(?:up|down))?)\s+(?=(?:the\s+priority\s+)?to\s+(?:low|medium|high|urgent|p[1-4]|top|normal)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex ObjectlessLevelChangeRegex();

    [GeneratedRegex(@"^(?:(?:please|pls|plz|just)\s+)*(?:fix|correct)\s+(?:the\s+|its\s+)?(?:spelling|typo)\s+(?=(?:to|as)\s)", RegexOptions.IgnoreCase)]
    private static partial Regex ObjectlessSpellingRegex();

    [GeneratedRegex(@"^(?:(?:please|pls|plz|just)\s+)*(?:change|set|update|edit|make|put)\s+(?:the\s+|its\s+)?(?:description|note|notes|details)\s+(?=(?:to|as)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex ObjectlessNoteRegex();

    // "the third one, for tomorrow better", "the dentist, better on friday" (Catalan "millor per demà"): only the new day, said after the
    // task named, moves it.
    [GeneratedRegex(@"^(?:(?:better|rather|instead)\s+(?:(?:for|on|to)\s+)?|(?:for|on|to)\s+)(?<w>tomorrow|today|tonight|day\s+after\s+tomorrow|next\s+(?:week|(?:mon|tues|wednes|thurs|fri|satur|sun)day)|(?:this\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day)(?:\s+(?:better|instead|rather|please|pls))?[\s.!]*$", RegexOptions.IgnoreCase)]
    private static partial Regex BareNewDayRegex();

    [GeneratedRegex(@"^(?<verb>(?:(?:please|pls|plz|just)\s+)*(?:move|push|shift|bump)(?:\s+(?:back|forward))?)\s+(?=(?:to|till|until)\s|(?:tomorrow|today|tonight|next\s+\w+|monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s+(?:please|pls|plz))?[\s.!]*$)", RegexOptions.IgnoreCase)]
    private static partial Regex ObjectlessMoveRegex();

    // Any verb form makes the words a statement or request, not a bare name.
    [GeneratedRegex(@"\b(?:is|are|was|were|be|been|isn't|aren't|wasn't|weren't|has|have|had|will|would|should|could|can|must|did|didn't|don't|doesn't|got|need|needs|[a-z]{2,}ed)\b", RegexOptions.IgnoreCase)]
    private static partial Regex VerbRegex();

    private bool IsAside(string clause) =>
        !ClauseSplitter.StartsWithCommand(clause) && !ActionLexicon.IsIdiom(clause)
        && Resolve(clause, ReferenceScope.All).Status == ReferenceStatus.NotFound;

    private static ReferenceScope RequestScope(string request) =>
        ReopenRequestRegex().IsMatch(request) ? ReferenceScope.Completed
        : CompleteRequestRegex().IsMatch(request) ? ReferenceScope.Pending
        : ReferenceScope.All;

    [GeneratedRegex(@"\b(?:untick|uncheck|unmark|reopen|re-open|undo|undone|back|again|not\s+(?:done|finished|complete|completed))\b", RegexOptions.IgnoreCase)]
    private static partial Regex ReopenRequestRegex();

    // "number 3 I do already, done", "… buy already. done ah": a bare "done" after the clause that acted only confirms it.
    [GeneratedRegex(@"^\W*(?:(?:ok|okay|so|yes|please|pls|mark|tick)\s+)*(?:done|finished|complete|completed)(?:\s+(?:ah|lah|la|already|please|pls|ok|okay|now))*\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex BareDoneRegex();

    [GeneratedRegex(@"^\W*(?:i|we)\s+(?:(?:have|had|just|already|finally|also)\s+|['’]ve\s+)*(?:\p{L}+ed|paid|done|did|sent|bought|made|got|took|wrote|sold|brought)\s+(?:it|that|this|them)(?:\s+(?:already|today|yesterday|just\s+now|last\s+night|this\s+(?:morning|afternoon|evening)|earlier(?:\s+today)?|online|finally|too))*\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex PronounReportRegex();

    [GeneratedRegex(@"^\W*(?:(?:please|pls|plz|just|ok|okay|so)\s+)*(?:show|list)(?:\s+(?:me|us|them|it|all))?(?:\s+(?:please|pls|plz))?\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex BareShowRegex();

    [GeneratedRegex(@"(?:[,.;:!]|^[-\u2013\u2014])$")]
    private static partial Regex BreakBeforeRegex();

    [GeneratedRegex(@"^\s*(?:(?:please|pls|plz|just)\s+)*(?:scratch|erase|axe|strike)(?:\s+(?:it|that|this|them|that\s+one|this\s+one))?(?:\s+(?:please|pls|plz|too|then))*[\s.!]*$", RegexOptions.IgnoreCase)]
    private static partial Regex ScratchRequestRegex();

    // "this one I already finished", "both we did already", "that one I've paid": a pronoun object, then "I/we" and a done verb.
    [GeneratedRegex(@"^\s*(?:this|that|these|those|both|all)(?:\s+(?:one|ones|task|tasks|two|three|of\s+them))?\s+(?:i|we)(?:['’]ve|\s+have)?\s+(?:(?:already|just|also|finally|even)\s+)*(?:did|done|finished|completed|paid|sent|bought|made|sorted|handled|fixed|called|rang|booked|ordered|returned|posted|cleaned|signed|submitted|picked\s+up|dealt\s+with)(?:\s+(?:already|too|as\s+well|both|all|now))*\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex FrontedDoneRegex();

    [GeneratedRegex(@"^(?:(?:not|no\s+longer)\s+(?:needed|necessary|required|wanted)|(?:don'?t|do\s+not)\s+need\s+it)(?:\s+any\s*more)?\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex BareNotNeededRegex();

    [GeneratedRegex(@"\b(?:tick|check|done|complete|completed|finished)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CompleteRequestRegex();

    private ChatPlan Finish()
    {
        if (_actions.Count > 0)
        {
            // A clause that was only context ("Jonas can't make it, remove the coffee") needs no "not sure" reply.
            _replies.RemoveAll(r => r == ReplyWriter.NotUnderstood);
        }

        if (_problems.Count > 0)
        {
            var askState = new EngineState([], [], _problems.Count == 1 ? _redo : null).Serialize();
            return new ChatPlan([], string.Join("\n", _problems), _problemListing, askState);
        }

        if (_actions.Count == 0 && _smallTalk != SmallTalkKind.None && _replies.All(r => r == ReplyWriter.NotUnderstood))
        {
            // "Good morning. I am Leo's grandmother. How does one use this?": only chat around it, so answer the chat.
            return new ChatPlan([], ReplyWriter.SmallTalk(_smallTalk), null, null);
        }

        var reply = _replies.Count > 0 ? string.Join("\n", _replies) : ReplyWriter.NotUnderstood;
        var state = new EngineState(_touched.Distinct().ToList(), _pendingDelete).Serialize();
        return new ChatPlan(_actions.ToList(), reply, _listing, state);
    }

    /// <summary>Reads one clause: fillers off, idioms to canonical commands, then the first rule in <see cref="ClauseRules.InOrder"/> that handles it.</summary>
    internal void HandleClause(string rawClause)
    {
        // "laundry ✔️", "✅ gas bill": a check mark beside a task says it is done, before emoji are dropped as decoration.
        // (Only a clause with a mark is matched: the pattern backtracks across the whole clause when there is none.)
        if (rawClause.AsSpan().IndexOfAny('\u2714', '\u2705', '\u2611') >= 0 && CheckMarkRegex().Match(rawClause) is { Success: true } ticked && !CompletedWordRegex().IsMatch(ticked.Groups["x"].Value)
            && !MarkedCompleteRequestRegex().IsMatch(ticked.Groups["x"].Value))
        {
            rawClause = ticked.Groups["x"].Value + " done";
        }

        var text = TrailingCourtesyRegex().Replace(IntentPatterns.StripFillers(rawClause), "").Trim().TrimEnd('.', '!', '?', ' ');
        if (!ListWordsRegex().IsMatch(text))
        {
            text = ReportAlsoRegex().Replace(text, "").Trim();
        }

        if (text.Length == 0)
        {
            return;
        }

        // "Good afternoon. Please add …", "… Thank you kindly.", "night night, bye for now x": a greeting or thanks
        // around a request is not a task; alone, it gets the small-talk answer (help wins over a greeting).
        var smallTalk = SmallTalk.Classify(text);
        if (smallTalk != SmallTalkKind.None)
        {
            if (_smallTalk == SmallTalkKind.None || smallTalk == SmallTalkKind.Help)
            {
                _smallTalk = smallTalk;
            }

            return;
        }

        text = DateFirst(text);

        // The question mark is trimmed from the clause but still tells a listing ("finished errands?") from a report.
        var asked = rawClause.TrimEnd().EndsWith('?');
        bool IsListing(string c) => ListQueryParser.LooksLikeListing(c) || ListQueryParser.IsFilterOnly(asked ? c + "?" : c, KnownTags());

        if (!IsListing(text) && !DoneReportRule.ReportsTaskByItsOwnVerb(text, this))
        {
            text = ActionLexicon.CanonicalizeBeforeRemark(text, NamesATask);
        }

        var snapshot = TakeSnapshot();
        RunRules(text, IsListing(text));
        if (!IsListing(text) && FailedOrStoryAdd(snapshot, text) && RunOnReasonHead(text) is { } head)
        {
            // "postpone the ESB by 3 days I'm short till the cheque comes", "uncheck the calves only did half of them": a
            // reason run on after the request without a comma. Only a head that acts (not an add) on tasks it names
            // without asking is taken; otherwise the whole clause's answer stands.
            RollBack(snapshot);
            var trial = TakeSnapshot();
            // The head is read like a clause of its own: "take the pecan pie off the list | Maggie's making a cobbler" is an idiom.
            RunRules(ActionLexicon.CanonicalizeBeforeRemark(head, NamesATask), false);
            if (_problems.Count == trial.Problems && _actions.Count > trial.Actions
                && _actions.Skip(trial.Actions).All(a => a is not AddTask))
            {
                _replies.RemoveAll(r => r == ReplyWriter.NotUnderstood);
                return;
            }

            RollBack(trial);
            RunRules(text, false);
        }
    }

    private void RunRules(string text, bool isListing)
    {
        _clause = text;
        var clause = new Clause(text, isListing);
        foreach (var rule in ClauseRules.InOrder)
        {
            if (rule.TryHandle(clause, this))
            {
                return;
            }
        }
    }

    /// <summary>The clause asked, was not understood, or (not led by "add") only added a task.</summary>
    private bool FailedOrStoryAdd(Snapshot s, string text) =>
        _problems.Count > s.Problems
        || (_actions.Count == s.Actions && _replies.Skip(s.Replies).Any(r => r == ReplyWriter.NotUnderstood))
        || (AddedOnly(s) && !AddLedRegex().IsMatch(text));

    /// <summary>The words before a statement run on after the request ("…the cattle keep getting out", "… I'm short"), or null.</summary>
    private static string? RunOnReasonHead(string text)
    {
        // "uncheck the rent payment bounced": the first reason found ("the rent payment bounced") may leave too short a head;
        // a later one ("payment bounced") leaves "uncheck the rent".
        for (var m = RunOnReasonRegex().Match(text); m.Success; m = m.NextMatch())
        {
            var head = text[..m.Index].TrimEnd();
            if (m.Index >= 4 && head.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 2)
            {
                return head;
            }
        }

        return null;
    }

    // A subject and a finite verb ("I'm short", "we went"), a determiner's noun and a finite verb ("the cattle keep",
    // "the pitch is waterlogged", "the tractor is gone"), a name and "'s" with a verb ("Maggie's making a cobbler"), a subjectless past ("only did half", "finally took me all morning"),
    // "mom said it doesn't count", "I fell asleep halfway": someone's word, or an irregular past of one's own; "cancel the physio
    // feeling heaps better", "drop the CV task not applying this round", "… old news", "uncheck council rates payment bounced",
    // "reopen the last one mirror fell off the wall": a state, a plan dropped or a thing gone wrong; "done the leeks before my shift": when;
    // or a person and a past verb on "it" ("… Earl fixed it for me", "… I sold it already": the task is taken care of some other way).
    // Voice dictation drops the apostrophes and the comma: "cancel the Kowalski home visit hes gone into hospital", "reopen the
    // cricket fees theres a second instalment", "make the vet one urgent Biscuit's been limping", "delete the first one the ward
    // sent it through", "reopen number 2 the CPD log still needs my reflections", "delete that Bronwyn cancelled on me".
    [GeneratedRegex(@"(?<=\S)\s+(?=(?:hes|shes|theyre|theres|there['’]s|ive|weve|im(?=\s+not\b)|were(?=\s+not\b))\b|\p{Lu}\p{Ll}+\s+(?:cancell?ed|rang|called|texted|emailed|rescheduled|said|asked|wants|moved)\b|(?:the|my|our|his|her|their)\s+[\w'’-]+(?:\s+[\w'’-]+)?\s+(?:sent|gave|took|made|rang|called|still\s+needs?|needs\s+(?:more|another|my|his|her))\b|(?:i|we|they|he|she)(?:['’](?:m|re|ve|ll|d)\b|\s+(?:am|are|is|was|were|have|had|got|did|do|don't|didn't|can't|won't|will|went|need|keep|only|just|already|never|still)\b)|(?:the|my|our|his|her|their|these|those)\s+[\w'’-]+(?:\s+[\w'’-]+)?\s+(?:is|are|was|were|isn't|aren't|wasn't|keep|keeps|kept|has|have|had|won't|can't|didn't|doesn't|don't|got|went|came|[a-z]{3,}ed)\b|(?:only|finally|just|already)\s+(?:did|took|got|went|had|made)\b|(?:took|did)\s+(?:me|us|half|ages|all)\b|(?:i|we|they|he|she)\s+(?:fell|forgot|left|lost|ran|slept|overslept|woke|missed|broke)\b|(?:(?:pls|please)\s+)?(?:not|no)\s+(?:happening|applying|needed|going|time|longer|point|need|use|more)\b|old\s+news|feeling\s+\p{L}+|(?:don['’]t|do\s+not|no\s+longer)\s+(?:need|want)\s+(?:it|that|them|this)\b|(?:before|after)\s+(?:my|work|school|lunch|dinner|breakfast|tea|brekkie)\b|(?!(?:one|it|them|that|this|the|a|an|my)\b)[\w'’-]+\s+(?:bounced|rejected|fell|broke|failed|died|leaked|leaks|cracked)\b|[\w'’-]+\s+(?:said|says|told\s+(?:me|us))\b|got\s+(?:em|'em|them)\b|(?:(?:mrs|mr|ms|dr|miss)\.?\s+)?\p{Lu}\p{Ll}+['’]s\s+(?:[a-z]+ing|got|gone|done|already|not|been|had)\b|(?:i|we|they|he|she|\p{Lu}\p{Ll}+)\s+(?:already\s+|finally\s+|just\s+)?(?:[a-z]{3,}ed|fixed|took|did|got|went|sold|sent|paid|found|made)\s+(?:it|that|them|this|those|one)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex RunOnReasonRegex();

    [GeneratedRegex(@"^\s*(?:please\s+)?(?:add|new\s+task|put|pencil|jot|remind|create|note)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AddLedRegex();

    private HashSet<string> KnownTags() => _tasks.SelectMany(t => t.Tags).Select(t => t.ToLowerInvariant()).ToHashSet();

    private TaskReferenceResolver ReferenceTaskResolver() => new(_tasks, _memory, _now);

    internal ReferenceResult Resolve(string reference, ReferenceScope scope)
    {
        // A quoted reference ("remove 'Research standing desks'") names the task by its exact words.
        return ReferenceTaskResolver().Resolve(_protector.Restore(reference), scope, _lastTargets);
    }

    [GeneratedRegex(@"^\s*(?:(?:the|that|this)\s+)?[\w#'\- ]{1,40}?[.!?]?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex BareAnswerRegex();

    [GeneratedRegex(@"^(?<ref>.+\S)\s+#?(?<tag>[\w-]+)$")]
    private static partial Regex LastWordRegex();

    [GeneratedRegex(@"QTOKEN\d+")]
    private static partial Regex QuoteTokenRegex();

    // "last one, complete pls ✔️", "tick off 1 and 3 ✅": the mark only repeats a request to complete.
    [GeneratedRegex(@"(?:^|[,;:]|\s)\s*(?:(?:please|pls|plz)\s+)?(?:complete|tick\s+off|check\s+off|cross\s+off|mark\s+(?:\S+\s+){0,5}?(?:as\s+)?(?:done|complete|finished))\b", RegexOptions.IgnoreCase)]
    private static partial Regex MarkedCompleteRequestRegex();

    [GeneratedRegex(@"\b(?:completed|done|finished|closed)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CompletedWordRegex();

    [GeneratedRegex(@"\b(?:pending|open|unfinished|remaining|active)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PendingWordRegex();

    [GeneratedRegex(@"^\s*(?:(?:\u2714|\u2705|\u2611)\uFE0F?\s*)+(?<x>[^\u2714\u2705\u2611]*\w[^\u2714\u2705\u2611]*?)\s*$|^\s*(?<x>[^\u2714\u2705\u2611]*\w[^\u2714\u2705\u2611]*?)\s*(?:(?:\u2714|\u2705|\u2611)\uFE0F?\s*)+$")]
    private static partial Regex CheckMarkRegex();

    [GeneratedRegex(@"^\s*$")]
    private static partial Regex DescriptionReplaceRegex();

    [GeneratedRegex(@"^(?:is|are|was|were|am|be|been|still)$", RegexOptions.IgnoreCase)]
    private static partial Regex CopulaRegex();

    [GeneratedRegex(@"^(?:it|that|this|they|these|those|both|all|[,;:\-\u2013\u2014].*|.*[,;:])$", RegexOptions.IgnoreCase)]
    private static partial Regex SubjectPronounRegex();

    [GeneratedRegex(@"^(?:still\s+)?not\s", RegexOptions.IgnoreCase)]
    private static partial Regex NotStateRegex();

    // The lexicon's "?" shapes act only on a task the words name. A position ("number 2", "the 3rd") names one by its form even
    // with no listing or past its end: "number 2 tick pannu" with nothing listed asks which list, like "tick off number 2".
    private bool NamesATask(string reference) =>
        Resolve(reference, ReferenceScope.All).Status is ReferenceStatus.Found or ReferenceStatus.Ambiguous or ReferenceStatus.NoListing or ReferenceStatus.OutOfRange;

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(?:(?:please|pls|plz|just)\s+)*(?:delete|remove|ditch|drop|bin|scrap|nuke|trash|untick|uncheck|unmark|reopen|undo|tick\s+off|check\s+off|put\s+(?:it|that|them)\s+back|open\s+(?:it\s+|that\s+)?again|(?:still\s+)?not\s+(?:done|finished|complete|completed|needed)(?:\s+yet)?|put\s+(?:that|this)\s+(?:one|task)\s+back|mark\s+(?:it|that|this|them|(?:that|this)\s+(?:one|task))(?:\s+(?:as\s+)?(?:done|undone|not\s+done|complete|completed|finished))?|(?:tick|check|cross)\s+(?:it|that|this|them|(?:that|this)\s+(?:one|task))\s+off|(?:check|tick)(?=\s+(?:it|that|this|them)\b))(?:\s+(?:it|that|this|them|that\s+(?:one|task)|this\s+(?:one|task)))?(?:\s+(?:(?:from|off)\s+(?:my|the)|(?:on|onto)(?:\s+(?:my|the))?)\s+(?:to-?do\s+|task\s+)?list|(?<=\bback)\s+(?:on|onto))?(?:\s+(?:please|pls|plz|too|then))*[\s.!]*$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex PronounRequestRegex();

    // "list all tasks, finished too": in a listing, "too" adds the finished ones.
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:list|show|see|what|which|all|everything|ones)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex ListWordsRegex();

    // "datadog audit done too", "the scarf's finished as well": "too" after a report only joins it to the one before.
    [System.Text.RegularExpressions.GeneratedRegex(@"(?<=\b(?:done|finished|sorted|complete|completed|handled|dealt\s+with|paid|sent|booked|fixed|bought|picked\s+up|knitted|baked|learnt|learned|written|cleaned))[\s,]+(?:too|as\s+well|also)(?=[\s.!]*$)", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex ReportAlsoRegex();

    // "pls", "thanks", an emoji or two at the end of a clause say nothing about the request; nor do "ugh", "istg", "real quick", a closing "then" ("make it p1 then"), a tag
    // question "hey", a vocative "boet"/"bru"/"bruv" or "sharp" (South African "OK"; after a clock time it only means exactly then), "innit" after
    // a report ("rent's paid innit"; after anything else it hands a remark back to the bot), "for us" after the object ("tick off 4 for us").
    [System.Text.RegularExpressions.GeneratedRegex(@"(?:[\s,]+(?:please|pls|plz|thanks|thank\s+you|(?:would|will|could|can)\s+(?:you|ye)|if\s+you\s+(?:would|could|can|don't\s+mind)|thx|ty|cheers|chur|merci|danke|lol|lmao|rofl|haha\w*|hehe\w*|fr|frfr|ngl|tbh|ugh+|smh|istg|fml|oof|(?:real|super|really)\s+quick|quickly|(?<!\b(?:by|until|till|since|from|before|after|and|or|back|only|even|just)[\s,]+)then|bestie|fam|bro|boet|bru|bruv|hey|sharp|(?<=\b(?:done|finished|sorted|paid|sent|booked|fixed|bought|handled|gone|in|over|\p{L}+ed)[\s,]+)innit|(?<=\b(?:done|complete|completed|finished|sorted|paid|it|that|them|please|pls)[\s,]+)(?:bhai|dai|didi)|(?<=\b(?:\d+|it|that|them|this|one|em|there|task|item|reminder|friday|monday|tuesday|wednesday|thursday|saturday|sunday|today|tomorrow)[\s,]+)for\s+(?:us|me)|asante(?:\s+sana)?(?:\s+mungu)?|thank\s+god|praise\s+god|alhamdulillah|actually|finally|at\s+(?:long\s+)?last|ta|yay+|woo+(?:hoo+)?|phew|same\s+(?:day|date|time)|no\s+(?:rush|hurry)(?:\s+on\s+(?:it|that))?|no\s+(?:problems?|issues?|worries|dramas?)|(?:(?:went|passed)\s+)?(?:without|with\s+no)\s+(?:any\s+)?(?:problems?|issues?|hitch(?:es)?|trouble)|all\s+(?:good|fine|grand)|(?<!\b(?:my|the|a|an|your|his|her|our|their|of|for|with|to)[\s,]+)(?:love|dear|darling|hun|sweetie|sweetheart))|\s*(?:[\u2600-\u27BF\u2B50\u2705\uFE0F]|\uD83C[\uDF00-\uDFFF]|\uD83D[\uDC00-\uDEFF]|\uD83E[\uDD00-\uDFFF]))+[\s.!?]*$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex TrailingCourtesyRegex();

    /// <summary>
    /// "Food bank shift done, Welsh cakes baked", "helm bump done, flea meds picked up": two reports of finished tasks joined
    /// by a comma. Split at the comma the second reads as a remark on the first; when its words name a pending task of their
    /// own, they are two reports, each read as a sentence of its own ("A done. B baked").
    /// </summary>
    private string TwoReports(string text)
    {
        if (ManyReports(text) is { } many)
        {
            return many;
        }

        var m = TwoReportsRegex().Match(text);
        // "the plumber one is done, tap is fixed": a second report about the same task is a remark on the first, and
        // "both finished", "all sorted" only repeat it.
        return m.Success && !References.TaskReferenceResolver.IsPronoun(m.Groups["subject"].Value)
            && !QuantifierRegex().IsMatch(m.Groups["subject"].Value)
            && Resolve(m.Groups["subject"].Value, ReferenceScope.Pending) is { Status: ReferenceStatus.Found, Tasks: [var second] }
            && Resolve(m.Groups["firstSubject"].Value, ReferenceScope.Pending) is { Status: ReferenceStatus.Found, Tasks: [var first] }
            && first.Id != second.Id
                ? $"{m.Groups["first"].Value}. {m.Groups["second"].Value}"
                : text;
    }

    [GeneratedRegex(@"^(?:both|all|everything|each|the\s+rest|the\s+lot|the\s+two|them\s+all|all\s+of\s+them)$", RegexOptions.IgnoreCase)]
    private static partial Regex QuantifierRegex();

    /// <summary>
    /// "flowers for examiner bought, car picked up, parcel to Narva sent": three or more reports (or two with a particle
    /// after the first participle) joined by commas, each naming a different pending task, are read as sentences of their own.
    /// </summary>
    private string? ManyReports(string text)
    {
        var parts = text.Split(',');
        if (parts.Length < 2 || parts.Length > 6)
        {
            return null;
        }

        var seen = new HashSet<Guid>();
        foreach (var part in parts)
        {
            if (ReportPartRegex().Match(part) is not { Success: true } m || References.TaskReferenceResolver.IsPronoun(m.Groups["subject"].Value)
                || QuantifierRegex().IsMatch(m.Groups["subject"].Value.Trim())
                || Resolve(m.Groups["subject"].Value, ReferenceScope.Pending) is not { Status: ReferenceStatus.Found, Tasks: [var task] }
                || !seen.Add(task.Id))
            {
                return null;
            }
        }

        // "…, pointe shoes ordered also": "also" only joins the report to the one before.
        return string.Join(". ", parts.Select(p => ReportJoinerRegex().Replace(p, "").Trim()));
    }

    [GeneratedRegex(@"^\s*(?<subject>[^,;.!?]{2,80}?)(?:\s+(?:is|are|was|were|has\s+been|have\s+been|got|['’]s))?\s+(?:(?:already|finally|just|now|all)\s+)*(?:done|finished|sorted|complete|completed|handled|dealt\s+with|ticked\s+off|paid|sent|bought|made|written|learnt|built|taken|given|seen|\p{L}{3,}ed)(?:\s+(?:up|off|out|in|back|away))?(?:\s+(?:already|too|as\s+well|also|now|today|yesterday))*[\s.!]*$", RegexOptions.IgnoreCase)]
    private static partial Regex ReportPartRegex();

    [GeneratedRegex(@"\s+(?:too|as\s+well|also)(?=[\s.!]*$)", RegexOptions.IgnoreCase)]
    private static partial Regex ReportJoinerRegex();

    [GeneratedRegex(@"^\s*(?<first>(?<firstSubject>[^,;.!?]{2,80}?)(?:\s+(?:is|are|was|were|has\s+been|have\s+been|got|['’]s))?\s(?:done|finished|sorted|complete|completed|handled|dealt\s+with|ticked\s+off|paid|sent|\p{L}{3,}ed|bought))\s*,\s*(?<second>(?<subject>[^,;.!?]{2,60}?)(?:\s+(?:is|are|was|were|has\s+been|have\s+been|got|['’]s))?\s+(?:done|finished|sorted|\p{L}{3,}ed|learnt|sent|made|bought|written|paid|built|knitted|taken|given|got|seen|run)(?:\s+(?:up|off|out|in|back))?)(?:\s+(?:too|as\s+well|also))?[\s.!]*$", RegexOptions.IgnoreCase)]
    private static partial Regex TwoReportsRegex();

    /// <summary>
    /// "taxi pickup is not 17:00, they say 18:30", "physio isn't at 9, she told me 10:15", "X isn't 3pm anymore, they're
    /// saying 4", "X is not at 9:30, I'll do it at 8:15", "X isn't 8:30, the driver's coming at 7:45": a time denied, then the right one
    /// reported or planned, is one correction ("X is at 18:30 not 17:00"). Split, the report is dropped as a remark and the denial
    /// alone set the old time again.
    /// </summary>
    private static string DeniedThenReportedTime(string text) =>
        DeniedThenReportedTimeOtherWordsRegex().Replace(DeniedThenReportedTimeRegex().Replace(text, "${x} is at ${y} not ${z}"), "${x} is at ${y} not ${z}");

    [GeneratedRegex(@"^\s*(?<x>[^,;.!?]{1,80}?)\s+(?:(?:is|are|was)\s+not|isn['’]t|aren['’]t|wasn['’]t|['’]s\s+not)\s+(?:at\s+)?(?<z>\d{1,2}(?:[:.]\d{2})?(?:\s*(?:am|pm))?)(?:\s+(?:anymore|any\s+more))?\s*[,;]?\s+(?:(?:and|but|so)\s+)?(?:(?:they|he|she|we|someone)(?:['’]re|\s+are|['’]s|\s+is)?\s+(?:say|says|said|saying|told\s+me|tell\s+me|telling\s+me|gave\s+me|give\s+me)|(?:i|we)(?:['’]ll|\s+will|\s+am\s+going\s+to|['’]m\s+going\s+to|\s+can|['’]d|\s+would)\s+(?:do|start|finish|go|get\s+to)(?:\s+(?:it|that|them))?|(?:(?:the|a|our|my|his|her|their)\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,2}?(?:(?:['’]s|\s+is|\s+are|['’]re|\s+will\s+be|['’]ll\s+be)\s+(?:coming|arriving|here|there|coming\s+by|showing\s+up)|\s+(?:comes|arrives|will\s+come|will\s+arrive|shows\s+up)))\s+(?:(?:it['’]s|it\s+is|it\s+was|now)\s+)?(?:at\s+)?(?<y>\d{1,2}(?:[:.]\d{2})?(?:\s*(?:am|pm))?)(?:\s+(?:now|instead))?[\s.!]*$", RegexOptions.IgnoreCase)]
    private static partial Regex DeniedThenReportedTimeRegex();

    // The shapes of the chat70 round: "salt delivery not at 13:00 anymore, they say 15:30 now", "deal team moved it to 8:45",
    // "the garage opens at 7:45 only".
    [GeneratedRegex(@"^\s*(?<x>[^,;.!?]{1,80}?)\s+(?:(?:is|are|was)\s+not|isn['’]t|aren['’]t|wasn['’]t|['’]s\s+not|not)\s+(?:at\s+)?(?<z>\d{1,2}(?:[:.]\d{2})?(?:\s*(?:am|pm))?)(?:\s+(?:any\s*more|no\s+more))?\s*[,;]?\s+(?:(?:and|but|so)\s+)?(?:(?:they|he|she|we|someone|(?:the\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?)\s+(?:say|says|said|told\s+me|tell\s+me|gave\s+me|give\s+me|moved\s+it(?:\s+to)?|pushed\s+it(?:\s+to)?|changed\s+it(?:\s+to)?|put\s+it(?:\s+at)?|opens?|starts?|can\s+(?:only\s+)?do)|it['’]s|it\s+is)\s+(?:(?:it['’]s|it\s+is|it\s+was|now)\s+)?(?:at\s+)?(?<y>\d{1,2}(?:[:.]\d{2})?(?:\s*(?:am|pm))?)(?:\s+(?:now|only|instead))*[\s.!]*$", RegexOptions.IgnoreCase)]
    private static partial Regex DeniedThenReportedTimeOtherWordsRegex();

    /// <summary>
    /// "tonight at 9 charge the e-bike battery", "in three days remind me to …", "sunday evening: iron the uniforms":
    /// a date said first moves behind the request, where every rule reads dates.
    /// </summary>
    private string DateFirst(string text)
    {
        if (ListQueryParser.LooksLikeListing(text))
        {
            return text; // "what next week look like?": a day inside a listing is its filter
        }

        // A head that is wholly a date first: "tomorrow I will phone X" moves "tomorrow", not "tomorrow I will" (whose
        // leftover words are stop words, so the looser pass below would take them along into the title).
        return DateFirst(text, wholeDate: true) ?? DateFirst(text, wholeDate: false) ?? text;
    }

    private string? DateFirst(string text, bool wholeDate)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var n = Math.Min(5, words.Length - 1); n >= 1; n--)
        {
            var head = string.Join(' ', words.Take(n)).TrimEnd(':', ',', '-');
            if (PositionNounRegex().IsMatch(head))
            {
                continue; // "the 3rd one change it …": a position in the listing, not the 3rd of the month
            }

            var rest = string.Join(' ', words.Skip(n)).TrimStart(':', ',', '-', ' ');
            var date = Time.DateExpressionParser.Parse(head, _now);
            if (!date.IsEmpty && Time.DateExpressionParser.Parse(string.Join(' ', words.Take(n + 1)), _now).IsEmpty)
            {
                continue; // "night shift hours …": with the next word the date is a noun's modifier, not a day or time
            }

            var dateOnly = wholeDate ? !date.Remainder.Any(char.IsLetterOrDigit) : Text.WordMatcher.ContentStems(date.Remainder).Count == 0;
            if (!date.IsEmpty && dateOnly && rest.Length > 0
                && (Intents.AddParser.StartsWithImperative(rest) || Intents.ClauseSplitter.StartsWithCommand(rest) || CommandLeadRegex().IsMatch(rest)))
            {
                return rest + " " + head;
            }
        }

        return null;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:one|ones|task|item|entry)$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex PositionNounRegex();

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:i|we)\s+(?:gotta|got\s+to|have\s+to|need\s+to|must|should|want\s+to)\b|^(?:i|we)(?:['’]ll|\s+will|\s+shall)\s|^remind\s+me\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex CommandLeadRegex();
}
