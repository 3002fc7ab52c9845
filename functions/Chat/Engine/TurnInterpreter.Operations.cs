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

/// <summary>What the rules can do to the turn: add, complete/reopen, delete, edit, list, ask. Each checks its reference first and asks instead of guessing.</summary>
internal sealed partial class TurnInterpreter
{
    /// <summary>Asks which task a reference that named no task meant ("second one" before any listing), changing nothing.</summary>
    internal void AskWhich(ReferenceResult result, string verb) => Problem(result, verb);

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

    private static bool NamesWord(ChatTask task, string word) =>
        WordsOf(task).Any(w => Text.WordMatcher.Same(w, Text.WordMatcher.Stem(word)));

    // A required value is missing ("set the priority of the dentist"): ask for it and change nothing.
    internal void AskForValue(string reference, string what)
    {
        var result = Resolve(reference, ReferenceScope.All);
        if (what is "tag" or "label" && LastWordRegex().Match(reference.Trim()) is { Success: true } split
            && Resolve(split.Groups["ref"].Value, ReferenceScope.All) is { Status: ReferenceStatus.Found } head
            && (result.Status == ReferenceStatus.NotFound
                || (Text.WordMatcher.ContentStems(split.Groups["tag"].Value).Count > 0 && !head.Tasks.Any(t => NamesWord(t, split.Groups["tag"].Value)))))
        {
            // "tag the bench DIY", "tag the overtime form payroll": the task is named by all but the last word, which is
            // the tag — also when the whole phrase found the task only because one word in three may miss.
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

    /// <param name="remindAtDue">"remind me to …": a task with a due time also gets a reminder at that time.</param>
    internal void Add(string body, bool remindAtDue = false)
    {
        var drafts = AddParser.ParseItems(body, _now, text => _protector.Restore(Text.DialectTitleWords.Keep(text, _message)), _protector.Description);
        if (drafts.Count == 0)
        {
            _problems.Add(ReferenceDueHint(body) + "What should the task say?");
            return;
        }

        var created = new List<Guid>();
        foreach (var draft in drafts)
        {
            var id = Guid.CreateVersion7(_context.Now);
            IReadOnlyList<TaskReminder>? reminders = remindAtDue && draft.Due?.Time is not null ? [new TaskReminder(Before: TimeSpan.Zero)] : null;
            var action = new AddTask(id, draft.Title, draft.Description, draft.Due, draft.Priority, draft.Tags, draft.RepeatRule, reminders);
            _actions.Add(action);
            var task = new ChatTask(id, draft.Title, draft.Description, draft.Due, draft.Priority, draft.Tags, false, draft.RepeatRule, reminders);
            _tasks.Add(task);
            created.Add(id);
            _replies.Add(ReplyWriter.Added(task, _now) + (draft.Repeats is { } repeats
                ? " " + (draft.RepeatRule is null ? ReplyWriter.RepeatNotSupported(repeats) : ReplyWriter.Repeats(repeats))
                : ""));
        }

        _touched.AddRange(created);
        _lastTargets = created;
    }

    private string ReferenceDueHint(string body)
    {
        var due = DateExpressionParser.Parse(body, _now).ToNewDue(_now);
        return due is null ? "Sure — " : $"Sure, for {TaskFormatter.Due(due, _now)}. ";
    }

    internal void ChangeStatus(string reference, ReferenceScope scope)
    {
        var verb = scope == ReferenceScope.Pending ? "mark as done" : "reopen";
        if (AlreadyActedOn(reference, a => scope == ReferenceScope.Pending ? a is CompleteTask : a is ReopenTask))
        {
            return;
        }

        var result = Resolve(reference, scope);
        if (result.Status != ReferenceStatus.Found)
        {
            if (!DoneThisTurn(reference, scope))
            {
                Problem(result, verb, reference);
            }

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
    internal bool TryCompletePastTense(string reference, bool needsWords = false)
    {
        if (needsWords && WordMatcher.ContentStems(reference).Count == 0)
        {
            return false;
        }

        var result = Resolve(reference, ReferenceScope.Pending);
        // "the kabanosy one - not done, shop was closed", "X is not important, put low priority": a report on a task an
        // earlier clause of this message just changed is the reason for that change, not a completion; so is "tick off the QC log
        // one, updated already", where the report finds the task the first clause has just ticked off.
        if ((result.Status == ReferenceStatus.Found && result.Tasks.All(t => _touched.Contains(t.Id)))
            || (result.Status == ReferenceStatus.WrongState && result.Candidates.Count > 0 && result.Candidates.All(t => _touched.Contains(t.Id))))
        {
            return true;
        }

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

    internal void Delete(string reference)
    {
        if (AlreadyActedOn(reference, a => a is DeleteTask))
        {
            return;
        }

        var result = Resolve(reference, ReferenceScope.All);
        if (result.Status != ReferenceStatus.Found)
        {
            // "Calgary trip cancelled, remove the tiffin task": the report has deleted it already; the request says it again.
            if (result.Status != ReferenceStatus.NotFound || !DeletedThisTurn(reference))
            {
                Problem(result, "delete", reference);
            }

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

    /// <summary>"Review Kevn UC essay" + "Kevin" → "Review Kevin UC essay": the title word nearest the correction is replaced.</summary>
    private static string FixSpelling(string title, string word)
    {
        var words = title.Split(' ');
        var best = Enumerable.Range(0, words.Length)
            .Select(i => (i, d: Text.EditDistance.Damerau(words[i].ToLowerInvariant(), word.ToLowerInvariant())))
            .Where(x => x.d is > 0 and <= 2).OrderBy(x => x.d).ToList();
        if (best.Count == 0)
        {
            return title;
        }

        words[best[0].i] = word;
        return string.Join(' ', words);
    }

    internal void Update(UpdateRequest request)
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

        if (request.Reminders is { Clear: true, Add.Count: 0 } && result.Tasks.All(t => t.Reminders is not { Count: > 0 }))
        {
            // "delete the reminder about the housing survey", "erase the reminder about X": when X has no reminder of
            // its own, the "reminder" is the task itself ("cancel the reminder" still only speaks of reminders).
            if (DeleteVerbRegex().IsMatch(_clause))
            {
                Delete(request.Reference);
                return;
            }

            _replies.Add($"{TaskFormatter.QuoteAll(result.Tasks)} has no reminder, so nothing changed.");
            Touch(result.Tasks);
            return;
        }

        if (request.Reminders is { } added && added.Add.Any(r => r.Before is not null) && result.Tasks.FirstOrDefault(t => t.Due is null) is { } undated)
        {
            _problems.Add($"{TaskFormatter.QuoteAll([undated])} has no due date, so there is nothing to remind you before. When is it due?");
            _problemListing = [undated.Id];
            return;
        }

        if (request.Repeat is { NewRule: null } && result.Tasks.All(t => t.Recurrence is null) && !request.HasOtherChange)
        {
            _replies.Add($"{TaskFormatter.QuoteAll(result.Tasks)} doesn't repeat, so nothing changed.");
            Touch(result.Tasks);
            return;
        }

        var changes = new List<string>();
        var asked = request;
        foreach (var task in result.Tasks)
        {
            request = asked.SpellingFix ? asked with { Title = FixSpelling(task.Title, asked.Title!) } : asked;
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
            ClearTags: request.ClearTags,
            Repeat: request.Repeat,
            Reminders: request.Reminders);
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

        if (request.Reminders is { } reminders)
        {
            yield return reminders.Add.Count > 0 ? string.Join(", ", reminders.Add.Select(r => ReminderParser.Describe(r, _now))) : "reminders cancelled";
        }

        if (request.Repeat is { } repeat)
        {
            yield return repeat.NewRule is { } rule ? "now repeats " + RepeatSummary.Describe(rule) : "no longer repeats (this one stays)";
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

    internal void List(string clause)
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

    [GeneratedRegex(@"^\W*(?:delete|erase|remove|bin|scrap|trash|ditch|get\s+rid\s+of)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DeleteVerbRegex();

    internal void AskMassDelete(string rest)
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

    /// <summary>"Calgary trip cancelled, remove the tiffin task": a report earlier in the message already deleted the task named. The
    /// deleted tasks are the turn's own tasks with a delete among its actions, so a clause rolled back takes its delete with it.</summary>
    private bool DeletedThisTurn(string reference)
    {
        var deleted = _context.Tasks.Where(t => _actions.Any(a => a is DeleteTask && IdOf(a) == t.Id)).ToList();
        return deleted.Count > 0
            && new TaskReferenceResolver(deleted, _memory, _now).Resolve(_protector.Restore(reference), ReferenceScope.All, null).Status == ReferenceStatus.Found;
    }

    // "delete it" right after "the blog post isn't needed anymore" (already deleted this turn) has nothing left to do.
    /// <summary>"I have been to the dentist …; you may mark that appointment done": a report earlier in the message already did it.</summary>
    private bool DoneThisTurn(string reference, ReferenceScope scope) =>
        Resolve(reference, ReferenceScope.All) is { Status: ReferenceStatus.Found } any
        && any.Tasks.All(t => _actions.Any(a => IdOf(a) == t.Id && (scope == ReferenceScope.Pending ? a is CompleteTask : a is ReopenTask)));

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
}
