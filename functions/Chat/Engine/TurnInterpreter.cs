using System.Text.RegularExpressions;
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

    public ChatPlan Run(string message)
    {
        var verdict = SafetyGuard.Check(message);
        if (verdict == SafetyVerdict.Ok)
        {
            verdict = SafetyGuard.Check(TypoCorrector.Correct(message));
        }

        if (verdict != SafetyVerdict.Ok)
        {
            return new ChatPlan([], ReplyWriter.Safety(verdict), null, null);
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

        var text = TypoCorrector.Correct(_protector.Protect(message.Trim()));
        if (_memory.LatestState.Redo is { } redo && BareAnswerRegex().IsMatch(text) && !ClauseSplitter.StartsWithCommand(text)
            && !ListQueryParser.LooksLikeListing(text) && Resolve(text, ReferenceScope.All).Status == ReferenceStatus.Found)
        {
            // The previous turn asked "which one?"; a bare answer completes that request.
            HandleClause(redo.Replace(EngineState.AnswerSlot.ToString(), text.Trim().TrimEnd('.', '!', '?'), StringComparison.Ordinal));
            return Finish();
        }

        text = IntentPatterns.StripFillers(text);
        if (IntentPatterns.TryStripCorrection(text, out var rest))
        {
            _correction = true;
            text = rest;
        }

        foreach (var clause in ClauseSplitter.Split(text))
        {
            HandleClause(clause);
        }

        return Finish();
    }

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

        var reply = _replies.Count > 0 ? string.Join("\n", _replies) : ReplyWriter.NotUnderstood;
        var state = new EngineState(_touched.Distinct().ToList(), _pendingDelete).Serialize();
        return new ChatPlan(_actions.ToList(), reply, _listing, state);
    }

    private void HandleClause(string rawClause)
    {
        var clause = IntentPatterns.StripFillers(rawClause).Trim().TrimEnd('.', '!', '?', ' ');
        if (clause.Length == 0)
        {
            return;
        }

        // The question mark is trimmed from the clause but still tells a listing ("finished errands?") from a report.
        var asked = rawClause.TrimEnd().EndsWith('?');
        bool FilterOnly(string c) => ListQueryParser.IsFilterOnly(asked ? c + "?" : c, KnownTags());

        clause = ListQueryParser.LooksLikeListing(clause) || FilterOnly(clause) ? clause : ActionLexicon.Canonicalize(clause, x => Resolve(x, ReferenceScope.All).Status is ReferenceStatus.Found or ReferenceStatus.Ambiguous);
        _clause = clause;

        if (IntentPatterns.IsMassDelete(clause, out _))
        {
            AskMassDelete(clause);
            return;
        }

        if ((ListQueryParser.LooksLikeListing(clause) || FilterOnly(clause)) && !ReferenceToTask(clause))
        {
            if (QuestionLeadRegex().IsMatch(clause) && !TaskWordRegex().IsMatch(clause))
            {
                _replies.Add("I can only help with your tasks. Try \"what's due today?\" or say \"help\".");
                return;
            }

            List(clause);
            return;
        }

        var specific = UpdateParser.ParseSpecific(clause, _protector.Restore, _protector.Description);
        if (specific is not null)
        {
            Update(specific);
            return;
        }

        if (UpdateParser.ParseMissingValue(clause) is { } missing)
        {
            AskForValue(missing.Reference, missing.What);
            return;
        }

        // An explicit add wins over words inside the new title ("add get the car done", "remind me to cancel netflix").
        if (ExplicitAddRegex().IsMatch(clause) && AddParser.TryStripCommand(clause, out var explicitBody))
        {
            Add(explicitBody);
            return;
        }

        var reopen = IntentPatterns.MatchReopen(clause);
        if (reopen is not null)
        {
            ChangeStatus(reopen, ReferenceScope.Completed);
            return;
        }

        var delete = IntentPatterns.MatchDelete(clause);
        if (delete is not null)
        {
            Delete(delete);
            return;
        }

        var complete = IntentPatterns.MatchComplete(clause);
        if (complete is not null)
        {
            ChangeStatus(complete, ReferenceScope.Pending);
            return;
        }

        var general = UpdateParser.ParseGeneral(clause, _now, force: false);
        // "make dinner tonight" is a new task, "make groceries urgent" an edit: "make" only edits a task that exists.
        if (general is not null && (!MakeWithoutTargetRegex().IsMatch(clause) || Resolve(general.Reference, ReferenceScope.All).Status == ReferenceStatus.Found))
        {
            Update(general);
            return;
        }

        var rename = UpdateParser.ParseLooseRename(clause, _protector.Restore);
        if (rename is not null && Resolve(rename.Reference, ReferenceScope.All).Status == ReferenceStatus.Found)
        {
            Update(rename);
            return;
        }

        if (AddParser.TryStripCommand(clause, out var body))
        {
            Add(body);
            return;
        }

        var negated = IntentPatterns.MatchNegatedPast(clause);
        if (negated is not null)
        {
            var result = Resolve(negated, ReferenceScope.Completed);
            if (result.Status == ReferenceStatus.Found)
            {
                ChangeStatus(negated, ReferenceScope.Completed);
                return;
            }
        }

        var notDone = IntentPatterns.MatchNegatedPassive(clause);
        if (notDone is not null)
        {
            foreach (var reference in new[] { notDone.Verb + " " + notDone.Object, notDone.Object })
            {
                if (WordMatcher.ContentStems(reference).Count > 0 && Resolve(reference, ReferenceScope.Completed).Status == ReferenceStatus.Found)
                {
                    ChangeStatus(reference, ReferenceScope.Completed);
                    return;
                }
            }
        }

        var past = IntentPatterns.MatchPastTense(clause);
        if (past is not null && (TryCompletePastTense(past.Verb + " " + past.Object) || TryCompletePastTense(past.Object, needsWords: true)))
        {
            return;
        }

        if (AddParser.StartsWithImperative(clause))
        {
            Add(clause);
            return;
        }

        if (_correction || _lastTargets is not null)
        {
            var forced = UpdateParser.ParseGeneral(clause, _now, force: true);
            if (forced is not null && forced.HasChange && TaskReferenceResolver.IsPronoun(forced.Reference))
            {
                Update(forced);
                return;
            }
        }

        if (BareVerbRegex().Match(clause) is { Success: true } bare)
        {
            // "the receipts aren't uploaded yet, reopen": a bare verb acts on the task the clause before it named.
            if (_lastTargets is { Count: > 0 } && !clause.Contains(' ', StringComparison.Ordinal))
            {
                HandleClause(bare.Groups["v"].Value + " it");
                return;
            }

            _problems.Add($"Which task do you want me to {bare.Groups["v"].Value.ToLowerInvariant()}?");
            return;
        }

        if (UpdateParser.StartsWithChangeVerb(clause))
        {
            _problems.Add("What would you like to change, and on which task?");
            return;
        }

        // A statement we can't act on may still name the task a following "…, tick it off" means.
        if (StatementSubjectRegex().Match(clause) is { Success: true } subject
            && Resolve(subject.Groups["s"].Value, ReferenceScope.All) is { Status: ReferenceStatus.Found } named)
        {
            _lastTargets = named.Tasks.Select(t => t.Id).ToList();
        }

        _replies.Add(ReplyWriter.NotUnderstood);
    }

    // "delete it" right after "the blog post isn't needed anymore" (already deleted this turn) has nothing left to do.
    private bool AlreadyActedOn(string reference, Func<ChatAction, bool> sameAction)
    {
        return TaskReferenceResolver.IsPronoun(reference) && _lastTargets is { Count: > 0 } targets
            && targets.All(id => _actions.Any(a => IdOf(a) == id && sameAction(a)));
    }

    private static Guid? IdOf(ChatAction action) => action switch
    {
        CompleteTask c => c.Id,
        ReopenTask r => r.Id,
        DeleteTask d => d.Id,
        UpdateTask u => u.Id,
        AddTask a => a.Id,
        _ => null,
    };

    // "show" followed by a reference is still a listing; but "is the second one done?" style questions are rare enough to list.
    private static bool ReferenceToTask(string clause) => false;

    private HashSet<string> KnownTags() => _tasks.SelectMany(t => t.Tags).Select(t => t.ToLowerInvariant()).ToHashSet();

    private TaskReferenceResolver ReferenceTaskResolver() => new(_tasks, _memory, _now);

    private ReferenceResult Resolve(string reference, ReferenceScope scope)
    {
        // A quoted reference ("remove 'Research standing desks'") names the task by its exact words.
        return ReferenceTaskResolver().Resolve(_protector.Restore(reference), scope, _lastTargets);
    }

    private void Problem(ReferenceResult result, string verb, string? rawReference = null)
    {
        _problems.Add(ReplyWriter.Reference(result, verb, _now, _memory.LastListing));
        if (result.Status == ReferenceStatus.Ambiguous)
        {
            _problemListing = result.Candidates.Select(t => t.Id).ToList();
            var at = rawReference is { Length: > 0 } ? _clause.IndexOf(rawReference, StringComparison.Ordinal) : -1;
            if (at >= 0 && !_clause.Contains("TOKEN", StringComparison.Ordinal))
            {
                _redo = _clause[..at] + EngineState.AnswerSlot + _clause[(at + rawReference!.Length)..];
            }
        }
    }

    // A required value is missing ("set the priority of the dentist"): ask for it and change nothing.
    private void AskForValue(string reference, string what)
    {
        var result = Resolve(reference, ReferenceScope.All);
        if (what is "tag" or "label" && result.Status == ReferenceStatus.NotFound && LastWordRegex().Match(reference.Trim()) is { Success: true } split
            && Resolve(split.Groups["ref"].Value, ReferenceScope.All).Status == ReferenceStatus.Found)
        {
            // "tag the bench DIY": the task is named by all but the last word, which is the tag.
            Update(new UpdateRequest(split.Groups["ref"].Value) { AddTags = TagParser.SplitTags(split.Groups["tag"].Value) });
            return;
        }

        if (result.Status != ReferenceStatus.Found)
        {
            Problem(result, "change", reference);
            return;
        }

        _problems.Add($"What should the {what} of {TaskFormatter.QuoteAll(result.Tasks)} be?");
        _problemListing = result.Tasks.Select(t => t.Id).ToList();
    }

    private void Add(string body)
    {
        var drafts = AddParser.ParseItems(body, _now, _protector.Restore, _protector.Description);
        if (drafts.Count == 0)
        {
            _problems.Add(ReferenceDueHint(body) + "What should the task say?");
            return;
        }

        var created = new List<Guid>();
        foreach (var draft in drafts)
        {
            var id = Guid.CreateVersion7(_context.Now);
            var action = new AddTask(id, draft.Title, draft.Description, draft.Due, draft.Priority, draft.Tags);
            _actions.Add(action);
            var task = new ChatTask(id, draft.Title, draft.Description, draft.Due, draft.Priority, draft.Tags, false);
            _tasks.Add(task);
            created.Add(id);
            _replies.Add(ReplyWriter.Added(task, _now) + (draft.Repeats is { } repeats ? " " + ReplyWriter.RepeatNotSupported(repeats) : ""));
        }

        _touched.AddRange(created);
        _lastTargets = created;
    }

    private string ReferenceDueHint(string body)
    {
        var due = DateExpressionParser.Parse(body, _now).ToNewDue(_now);
        return due is null ? "Sure — " : $"Sure, for {TaskFormatter.Due(due, _now)}. ";
    }

    private void ChangeStatus(string reference, ReferenceScope scope)
    {
        var verb = scope == ReferenceScope.Pending ? "mark as done" : "reopen";
        if (AlreadyActedOn(reference, a => scope == ReferenceScope.Pending ? a is CompleteTask : a is ReopenTask))
        {
            return;
        }

        var result = Resolve(reference, scope);
        if (result.Status != ReferenceStatus.Found)
        {
            Problem(result, verb, reference);
            return;
        }

        foreach (var task in result.Tasks)
        {
            _actions.Add(scope == ReferenceScope.Pending ? new CompleteTask(task.Id) : new ReopenTask(task.Id));
            Replace(task with { Completed = scope == ReferenceScope.Pending });
        }

        _replies.Add(scope == ReferenceScope.Pending
            ? $"Marked {TaskFormatter.QuoteAll(result.Tasks)} as done. ✓"
            : $"Reopened {TaskFormatter.QuoteAll(result.Tasks)}.");
        Touch(result.Tasks);
    }

    // A report names the task by its verb and object ("rang grandma") or by the object alone ("went to the dentist").
    private bool TryCompletePastTense(string reference, bool needsWords = false)
    {
        if (needsWords && WordMatcher.ContentStems(reference).Count == 0)
        {
            return false;
        }

        var result = Resolve(reference, ReferenceScope.Pending);
        if (result.Status == ReferenceStatus.Found)
        {
            foreach (var task in result.Tasks)
            {
                _actions.Add(new CompleteTask(task.Id));
                Replace(task with { Completed = true });
            }

            _replies.Add($"Nice! Marked {TaskFormatter.QuoteAll(result.Tasks)} as done. ✓");
            Touch(result.Tasks);
            return true;
        }

        if (result.Status is ReferenceStatus.Ambiguous or ReferenceStatus.WrongState)
        {
            Problem(result, "mark as done");
            return true;
        }

        return false;
    }

    private void Delete(string reference)
    {
        if (AlreadyActedOn(reference, a => a is DeleteTask))
        {
            return;
        }

        var result = Resolve(reference, ReferenceScope.All);
        if (result.Status != ReferenceStatus.Found)
        {
            Problem(result, "delete", reference);
            return;
        }

        foreach (var task in result.Tasks)
        {
            _actions.Add(new DeleteTask(task.Id));
            _tasks.RemoveAll(t => t.Id == task.Id);
        }

        _replies.Add($"Deleted {TaskFormatter.QuoteAll(result.Tasks)}.");
        Touch(result.Tasks);
    }

    private void Update(UpdateRequest request)
    {
        var result = Resolve(request.Reference, ReferenceScope.All);
        if (result.Status != ReferenceStatus.Found)
        {
            Problem(result, request.NeedsNewTitle ? "rename" : "change", request.Reference);
            return;
        }

        if (request.NeedsNewTitle)
        {
            _problems.Add($"What should I rename {TaskFormatter.QuoteAll(result.Tasks)} to?");
            _problemListing = result.Tasks.Select(t => t.Id).ToList();
            return;
        }

        if (!request.HasChange)
        {
            _problems.Add($"What would you like to change about {TaskFormatter.QuoteAll(result.Tasks)}?");
            return;
        }

        var changes = new List<string>();
        foreach (var task in result.Tasks)
        {
            var update = BuildUpdate(task, request);
            _actions.Add(update);
            var updated = ChatActionApplier.ApplyUpdate(task, update);
            Replace(updated);
            if (changes.Count == 0)
            {
                changes.AddRange(Describe(task, updated, request));
            }
        }

        _replies.Add($"Updated {TaskFormatter.QuoteAll(result.Tasks)}: {string.Join(", ", changes)}.");
        Touch(result.Tasks);
    }

    private UpdateTask BuildUpdate(ChatTask task, UpdateRequest request)
    {
        DueChange? due = request.DueEdit switch
        {
            DueEdit.Set => new DueChange(request.NewDue!.Reschedule(task.Due, _now)),
            DueEdit.Shift => new DueChange(new TaskDue((task.Due?.Date ?? _now.Today).AddDays(request.ShiftDays), task.Due?.Time)),
            DueEdit.Remove => new DueChange(null),
            DueEdit.RemoveTime => task.Due is null ? null : new DueChange(task.Due with { Time = null }),
            _ => null,
        };

        string? description = null;
        if (request.Description is not null)
        {
            description = string.IsNullOrWhiteSpace(task.Description) || DescriptionReplaceRegex().IsMatch(request.Description)
                ? request.Description
                : task.Description + "\n" + request.Description;
        }

        return new UpdateTask(
            task.Id,
            Title: request.Title,
            Description: description,
            Due: due,
            Priority: request.Priority,
            AddTags: request.AddTags.Count > 0 ? request.AddTags : null,
            RemoveTags: request.RemoveTags.Count > 0 ? request.RemoveTags : null,
            ClearTags: request.ClearTags);
    }

    private IEnumerable<string> Describe(ChatTask before, ChatTask after, UpdateRequest request)
    {
        if (request.Title is not null)
        {
            yield return $"renamed to \"{after.Title}\"";
        }

        if (request.DueEdit != DueEdit.None)
        {
            yield return after.Due is null ? "no due date" : "due " + TaskFormatter.Due(after.Due, _now);
        }

        if (request.Priority is { } priority)
        {
            yield return TaskFormatter.Priority(priority) + " priority";
        }

        if (request.ClearTags)
        {
            yield return "all tags removed";
        }

        if (request.RemoveTags.Count > 0)
        {
            yield return "removed " + string.Join(' ', request.RemoveTags.Select(t => "#" + t));
        }

        if (request.AddTags.Count > 0)
        {
            yield return "tags now " + string.Join(' ', after.Tags.Select(t => "#" + t));
        }

        if (request.Description is not null)
        {
            yield return before.Description is null ? "note added" : "note updated";
        }
    }

    private void List(string clause)
    {
        var knownTags = _tasks.SelectMany(t => t.Tags).Select(t => t.ToLowerInvariant()).ToHashSet();
        // Quoted text in a listing request is a search phrase.
        var quoted = QuoteTokenRegex().Matches(clause).Select(m => _protector.Restore(m.Value)).ToList();
        var query = ListQueryParser.Parse(QuoteTokenRegex().Replace(clause, " "), _now, knownTags);
        if (quoted.Count > 0)
        {
            query = query with { Words = query.Words.Concat(quoted.SelectMany(WordMatcher.ContentStems)).Distinct().ToList() };
        }

        var matches = _tasks
            .Select((task, index) => (task, index))
            .Where(x => TaskFilter.Matches(x.task, query, _now))
            .OrderBy(x => x.task.Due is null ? 1 : 0)
            .ThenBy(x => x.task.Due?.Date)
            .ThenBy(x => x.task.Due?.Time ?? TimeOnly.MaxValue)
            .ThenBy(x => x.index)
            .Select(x => x.task)
            .ToList();
        var label = TaskFilter.Describe(query);
        _listing = matches.Select(t => t.Id).ToList();
        if (matches.Count == 0)
        {
            _replies.Add($"You have no {label}.");
            return;
        }

        var header = matches.Count == 1 ? $"You have 1 {TaskFilter.Singular(label)}:" : $"Here are your {matches.Count} {label}:";
        _replies.Add(header + "\n" + TaskFormatter.Numbered(matches, _now, query.Status == StatusFilter.All));
    }

    private void AskMassDelete(string rest)
    {
        var knownTags = _tasks.SelectMany(t => t.Tags).Select(t => t.ToLowerInvariant()).ToHashSet();
        var query = ListQueryParser.Parse(rest, _now, knownTags);
        var status = CompletedWordRegex().IsMatch(rest) ? StatusFilter.Completed
            : PendingWordRegex().IsMatch(rest) ? StatusFilter.Pending
            : StatusFilter.All;
        query = query with { Status = status };
        var ids = _tasks.Where(t => TaskFilter.Matches(t, query, _now)).Select(t => t.Id).ToList();
        if (ids.Count == 0)
        {
            _replies.Add("There's nothing to delete — no tasks match that.");
            return;
        }

        _pendingDelete = ids;
        _replies.Add($"That would permanently delete {ids.Count} task{(ids.Count == 1 ? "" : "s")}. Are you sure? Reply \"yes\" to confirm or \"no\" to keep them.");
    }

    private ChatPlan? HandlePendingConfirmation(string message)
    {
        var pending = _memory.LatestState.PendingDelete;
        if (pending.Count == 0 && _depth == 0 && IntentPatterns.IsYes(message))
        {
            pending = PendingFromReplayedHistory();
        }

        if (pending.Count == 0)
        {
            return null;
        }

        if (IntentPatterns.IsYes(message))
        {
            var doomed = _tasks.Where(t => pending.Contains(t.Id)).ToList();
            if (doomed.Count == 0)
            {
                return new ChatPlan([], "Those tasks are already gone, so there was nothing to delete.", null, null);
            }

            var actions = doomed.Select(t => (ChatAction)new DeleteTask(t.Id)).ToList();
            return new ChatPlan(actions, $"Done — deleted {doomed.Count} task{(doomed.Count == 1 ? "" : "s")}.", null, null);
        }

        if (IntentPatterns.IsNo(message))
        {
            return new ChatPlan([], "Okay, I didn't delete anything.", null, null);
        }

        return null;
    }

    // Without host state (for example a replayed conversation), a "yes" right after a mass-delete request still confirms it.
    private IReadOnlyList<Guid> PendingFromReplayedHistory()
    {
        var history = _context.History;
        if (history.Count == 0)
        {
            return [];
        }

        var lastUser = -1;
        for (var i = history.Count - 1; i >= 0; i--)
        {
            if (history[i].Role.Equals("user", StringComparison.OrdinalIgnoreCase))
            {
                lastUser = i;
                break;
            }

            if (history[i].State is not null)
            {
                return [];
            }
        }

        if (lastUser < 0)
        {
            return [];
        }

        var replay = Replay(lastUser);
        return replay is null ? [] : EngineState.Parse(replay.State).PendingDelete;
    }

    private IReadOnlyList<Guid> TouchedByPreviousUserTurn()
    {
        var history = _context.History;
        for (var i = history.Count - 1; i >= 0; i--)
        {
            if (!history[i].Role.Equals("user", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var plan = Replay(i);
            if (plan is null)
            {
                return [];
            }

            var ids = new List<Guid>();
            foreach (var action in plan.Actions)
            {
                switch (action)
                {
                    case AddTask add:
                        var match = _context.Tasks.LastOrDefault(t => t.Title.Equals(add.Title, StringComparison.OrdinalIgnoreCase));
                        if (match is not null)
                        {
                            ids.Add(match.Id);
                        }

                        break;
                    case CompleteTask c:
                        ids.Add(c.Id);
                        break;
                    case ReopenTask r:
                        ids.Add(r.Id);
                        break;
                    case UpdateTask u:
                        ids.Add(u.Id);
                        break;
                }
            }

            return ids.Distinct().ToList();
        }

        return [];
    }

    private ChatPlan? Replay(int userTurnIndex)
    {
        if (_depth >= _maxDepth)
        {
            return null;
        }

        var earlier = _context with { History = _context.History.Take(userTurnIndex).ToList() };
        return _engine.Interpret(_context.History[userTurnIndex].Text, earlier, _depth + 1);
    }

    private void Replace(ChatTask task)
    {
        var index = _tasks.FindIndex(t => t.Id == task.Id);
        if (index >= 0)
        {
            _tasks[index] = task;
        }
    }

    private void Touch(IReadOnlyList<ChatTask> tasks)
    {
        var ids = tasks.Select(t => t.Id).ToList();
        _touched.AddRange(ids);
        _lastTargets = ids;
    }

    [GeneratedRegex(@"^(?:add|create|new\s+(?:task|todo|to-do|reminder)|(?:todo|to-do|task)\s*:|remind\s+me)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ExplicitAddRegex();

    [GeneratedRegex(@"^\s*(?:(?:the|that|this)\s+)?[\w#'\- ]{1,40}?[.!?]?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex BareAnswerRegex();

    [GeneratedRegex(@"^(?<v>delete|remove|complete|finish|reopen|uncheck|reschedule|rename|postpone|tick\s+off|check\s+off|cancel|drop|scratch|trash|erase)(?:\s+(?:a\s+task|one|something|the\s+task|a\s+todo))?$", RegexOptions.IgnoreCase)]
    private static partial Regex BareVerbRegex();

    [GeneratedRegex(@"^(?<s>.+?)(?:'s|’s|\s+(?:is|are|was|were|isn't|aren't|wasn't|weren't|got|has|have|looks?|seems?)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex StatementSubjectRegex();

    [GeneratedRegex(@"^(?<ref>.+\S)\s+#?(?<tag>[\w-]+)$")]
    private static partial Regex LastWordRegex();

    [GeneratedRegex(@"QTOKEN\d+")]
    private static partial Regex QuoteTokenRegex();

    [GeneratedRegex(@"^(?:what|what's|which|how)\b", RegexOptions.IgnoreCase)]
    private static partial Regex QuestionLeadRegex();

    [GeneratedRegex(@"\b(?:tasks?|todos?|to-dos?|due|pending|done|finish\w*|complet\w*|overdue|left|have|got|list|plate|agenda|schedule|today|tonight|tomorrow|week|priority|tags?|tagged|urgent|open|remaining|behind|late|mention\w*|about|search|find|show|any\w*|plan\w*|coming\s+up|on\s+for|next|ones?|outstanding|to\s*-?\s*do|need\s+to\s+do|needs?\s+doing|miss(?:ed)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|#", RegexOptions.IgnoreCase)]
    private static partial Regex TaskWordRegex();

    [GeneratedRegex(@"^\s*make\s+(?!(?:it|that|this|them|those|both|the|my|task|item|number|#|\d)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex MakeWithoutTargetRegex();

    [GeneratedRegex(@"\b(?:completed|done|finished|closed)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CompletedWordRegex();

    [GeneratedRegex(@"\b(?:pending|open|unfinished|remaining|active)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PendingWordRegex();

    [GeneratedRegex(@"^\s*$")]
    private static partial Regex DescriptionReplaceRegex();
}
