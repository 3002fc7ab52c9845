using System.Text.RegularExpressions;
using TodoFunctions.Chat.Intents;
using TodoFunctions.Chat.Text;
using TodoFunctions.Chat.Time;

namespace TodoFunctions.Chat.References;

/// <summary>
/// Resolves how the user points at tasks: positions in the last listing ("#2", "the last one"), pronouns ("it"),
/// words from the title or description ("the DHL one"), details ("the one due tomorrow", "the high priority one")
/// and plurals ("1 and 3", "both call tasks"). Ties are reported, never guessed.
/// </summary>
public sealed partial class TaskReferenceResolver(IReadOnlyList<ChatTask> tasks, ConversationMemory memory, LocalNow now)
{
    public ReferenceResult Resolve(string reference, ReferenceScope scope, IReadOnlyList<Guid>? earlierTargets = null)
    {
        var result = ResolveWhole(reference, scope, earlierTargets);
        if (result.Status != ReferenceStatus.NotFound)
        {
            return result;
        }

        // "delete the paint one we're doing wallpaper now", "the choir pickup its cancelled lol": a reason said after
        // the reference, with no comma. Only a head that names exactly one task is taken.
        var remark = RemarkTailRegex().Match(reference);
        if (remark.Success && remark.Index > 0)
        {
            var head = ResolveWhole(reference[..remark.Index], scope, earlierTargets);
            if (head.Status == ReferenceStatus.Found && head.Tasks.Count == 1)
            {
                return head;
            }
        }

        // "the regression task, the bug comes back", "the Lego one - the parcel went to the wrong house": any statement
        // (a clause with a finite verb that names no task) after a comma or dash is the reason, whatever its words.
        var joint = ClauseJointRegex().Match(reference);
        if (joint.Success && joint.Index > 0)
        {
            var tail = reference[(joint.Index + joint.Length)..];
            var head = ResolveWhole(reference[..joint.Index], scope, earlierTargets);
            if (head.Status == ReferenceStatus.Found && head.Tasks.Count == 1 && HasFiniteVerb(tail)
                && ResolveWhole(tail, ReferenceScope.All, earlierTargets).Status == ReferenceStatus.NotFound)
            {
                return head;
            }
        }

        return result;
    }

    /// <summary>A finite verb makes words a statement, not a name: "the bug comes back", "regression found", "the printer is handling them".</summary>
    /// A third person's subject first makes one too, whatever form its verb takes ("nobody pick up", "it bounce back": learners'
    /// English); never "I"/"we", whose words may still be the request ("the yoga class, I want it every tuesday").
    internal static bool HasFiniteVerb(string text) =>
        WordMatcher.Tokens(text).Any(w => FiniteVerbRegex().IsMatch(w) || WordMatcher.IsIrregularPast(w)) || SubjectThenVerbRegex().IsMatch(text);

    [GeneratedRegex(@"^\s*(?:nobody|no\s+one|somebody|someone|everybody|everyone|he|she|it|they)\s+[a-z]{2,}", RegexOptions.IgnoreCase)]
    private static partial Regex SubjectThenVerbRegex();

    [GeneratedRegex(@"^(?:is|are|was|were|am|be|been|has|have|had|will|would|can|could|should|must|shall|may|might|does|did|do|don't|didn't|doesn't|won't|can't|isn't|aren't|wasn't|weren't|hasn't|haven't|need|needs|comes|goes|came|went|got|keeps|wants|says|said|[a-z]{3,}ed)$")]
    private static partial Regex FiniteVerbRegex();

    [GeneratedRegex(@"\b(?:with\s+no|without(?:\s+a|\s+any)?|that\s+has\s+no|that\s+doesn['’]t\s+have(?:\s+a|\s+any)?)(?:\s+(?:due\s+)?(?:date|deadline)\b|\s*$)|\bundated\b", RegexOptions.IgnoreCase)]
    private static partial Regex UndatedRegex();

    [GeneratedRegex(@"\s*,\s*|\s+[-\u2013\u2014]+\s+")]
    private static partial Regex ClauseJointRegex();

    private ReferenceResult ResolveWhole(string reference, ReferenceScope scope, IReadOnlyList<Guid>? earlierTargets)
    {
        // "make a new task for friday", "put a new one on for saturday": an indefinite task that is yet to be written names
        // none that exists, even when a title holds "new" ("… about the new kitchen").
        if (BlankTaskRegex().IsMatch(reference.Trim(' ', ',', '.', '!', '?', ';', ':')))
        {
            return ReferenceResult.Fail(ReferenceStatus.NotFound, reference);
        }

        var text = Clean(NumberedPositions(reference));

        if (IsPronoun(text))
        {
            return ResolvePronoun(text, earlierTargets);
        }

        var parts = PluralSplitRegex().Split(text).Select(Clean).Where(p => p.Length > 0).ToList();
        if (parts.Count >= 2)
        {
            var found = new List<ChatTask>();
            ReferenceResult? failure = null;
            foreach (var part in parts)
            {
                var single = ResolveSingle(part, scope, earlierTargets, allowMany: false);
                if (single.Status == ReferenceStatus.Found)
                {
                    found.AddRange(single.Tasks);
                }
                else
                {
                    failure ??= single;
                }
            }

            if (failure is null)
            {
                return ReferenceResult.Found(found.DistinctBy(t => t.Id).ToList());
            }

            if (failure.Status is ReferenceStatus.NoListing or ReferenceStatus.OutOfRange)
            {
                return failure;
            }

            var whole = ResolveSingle(text, scope, earlierTargets, allowMany: false);
            return whole.Status == ReferenceStatus.Found ? whole : failure;
        }

        return ResolveSingle(text, scope, earlierTargets, allowMany: false);
    }

    private ReferenceResult ResolveSingle(string text, ReferenceScope scope, IReadOnlyList<Guid>? earlierTargets, bool allowMany)
    {
        if (IsPronoun(text))
        {
            return ResolvePronoun(text, earlierTargets);
        }

        var range = RangeRegex().Match(text);
        if (range.Success)
        {
            return ResolveRange(range);
        }

        var position = PositionRegex().Match(text);
        if (position.Success)
        {
            return ResolvePosition(position);
        }

        var many = allowMany;
        var quantifier = QuantifierRegex().Match(text);
        if (quantifier.Success)
        {
            many = true;
            text = text[quantifier.Length..];
        }

        if (PluralNounRegex().IsMatch(text))
        {
            many = true;
        }

        // "delete whatever's on saturday", "anything due tomorrow": the task named only by its day.
        text = WhateverOnRegex().Replace(text, "the one due ${d}");
        IEnumerable<ChatTask> pool = tasks;
        var filtered = false;

        // "delete the calc pset i already finished", "the essay one that's still open": the state said after the words.
        if (RelativeStateRegex().Match(text) is { Success: true } relative)
        {
            pool = pool.Where(t => t.Completed == relative.Groups["done"].Success);
            text = text[..relative.Index];
            filtered = true;
        }

        var priority = PriorityParser.Extract(text);
        if (priority is not null)
        {
            pool = pool.Where(t => t.Priority == priority.Priority);
            text = priority.Remainder;
            filtered = true;
        }

        // "remove the completed eskom one", "the pending invoice one", "the high priority done one": a state said as an adjective
    // filters by state.
        // "done" closing the words is a state only after another detail ("the high priority done one", the "one" already cut);
        // alone it is the report itself. Before "one(s)" it always is ("reopen both done ones").
        if (StateAdjectiveRegex().Match(text) is { Success: true } state
            && (filtered || !state.Groups["s"].Value.Trim().Equals("done", StringComparison.OrdinalIgnoreCase) || text[(state.Index + state.Length)..].Trim().Length > 0))
        {
            var completed = state.Groups["done"].Success;
            pool = pool.Where(t => t.Completed == completed);
            text = text.Remove(state.Groups["s"].Index, state.Groups["s"].Length);
            filtered = true;
        }

        var tagged = TagReferenceRegex().Match(text);
        if (tagged.Success)
        {
            var tag = tagged.Groups["t"].Value.TrimStart('#');
            pool = pool.Where(t => t.Tags.Any(x => x.Equals(tag, StringComparison.OrdinalIgnoreCase)));
            text = text.Remove(tagged.Index, tagged.Length).Insert(tagged.Index, " ");
            filtered = true;
        }

        // "the chores one": a tag that is also an everyday word for a task (so not matched as a title word) picks by tag.
        if (!tagged.Success && WordMatcher.Tokens(text).FirstOrDefault(w => WordMatcher.IsStopWord(w) && tasks.Any(t => HasTag(t, w))) is { } tagWord)
        {
            pool = pool.Where(t => HasTag(t, tagWord));
            filtered = true;
        }

        if (OverdueRegex().IsMatch(text))
        {
            pool = pool.Where(t => !t.Completed && t.Due is not null && IsOverdue(t.Due));
            text = OverdueRegex().Replace(text, " ");
            filtered = true;
        }

        // "the catering one with no date", "the undated one", "the one without a due date": picked by having no due.
        if (UndatedRegex().IsMatch(text))
        {
            pool = pool.Where(t => t.Due is null);
            text = UndatedRegex().Replace(text, " ");
            filtered = true;
        }

        if (YesterdayRegex().IsMatch(text))
        {
            // Due dates in the past are only ever referred to, never given, so the date parser does not read them.
            pool = pool.Where(t => t.Due?.Date == now.Today.AddDays(-1));
            text = YesterdayRegex().Replace(text, " ");
            filtered = true;
        }

        var wordsBeforeDate = text;
        DateOnly? titleOrDueDate = null;
        var remainderWithoutDate = text;
        {
            // A date picks tasks by their due day when the words say so ("the one due tomorrow") or when nothing but
            // the date is left ("the Friday one"); otherwise it may be part of a title ("the monday meeting").
            var dates = DateExpressionParser.Parse(text, now);
            var byDate = DueWordRegex().IsMatch(text) || DetailOnlyRegex().IsMatch(text) || WordMatcher.ContentStems(dates.Remainder).Count == 0;
            if (byDate && dates.Time is { } clock)
            {
                // "the one due at noon", "the 6pm one": a task named by its time (and its day, when one is said).
                pool = pool.Where(t => t.Due is { Time: { } due } && due == clock && (!dates.NamedDay || dates.Date is null || t.Due.Date == dates.Date));
                text = dates.Remainder;
                filtered = true;
            }
            else if (byDate && dates.Date is { } date)
            {
                pool = pool.Where(t => t.Due?.Date == date);
                text = dates.Remainder;
                filtered = true;
            }
            else if (dates.Date is { } maybeDue)
            {
                titleOrDueDate = maybeDue;
                remainderWithoutDate = dates.Remainder;
            }
        }

        text = DueWordRegex().Replace(text, " ");
        var words = WordMatcher.ContentStems(text);
        if (words.Count == 0 && !filtered)
        {
            // "the job" alone: the everyday word for a task is all that is left, so it names a task titled with it.
            words = WordMatcher.Tokens(text).Where(t => t is "job" or "jobs" or "chore" or "chores").Select(WordMatcher.Stem).Distinct().ToList();
        }

        var inScope = pool.Where(t => InScope(t, scope)).ToList();
        var result = Match(inScope, words, text, many, filtered);
        if (result.Status == ReferenceStatus.NotFound && filtered)
        {
            // A date or priority word may simply be part of a title ("the monday meeting").
            var plain = WordMatcher.ContentStems(wordsBeforeDate);
            var retry = Match(tasks.Where(t => InScope(t, scope)).ToList(), plain, wordsBeforeDate, many, false);
            if (retry.Status != ReferenceStatus.NotFound)
            {
                return retry;
            }
        }

        if (result.Status == ReferenceStatus.NotFound && titleOrDueDate is { } dueDay)
        {
            // Not in the title, so the date names the due day: "the saturday market job" is the market task due Saturday.
            var byDue = Match(inScope.Where(t => t.Due?.Date == dueDay).ToList(), WordMatcher.ContentStems(remainderWithoutDate), remainderWithoutDate, many, true);
            if (byDue.Status == ReferenceStatus.Found)
            {
                return byDue;
            }
        }

        if (result.Status == ReferenceStatus.NotFound && scope != ReferenceScope.All)
        {
            var outside = Match(pool.Where(t => !InScope(t, scope)).ToList(), words, text, many, filtered);
            if (outside.Status == ReferenceStatus.Found)
            {
                return ReferenceResult.Fail(ReferenceStatus.WrongState, text, outside.Tasks);
            }
        }

        return result;
    }

    private ReferenceResult Match(IReadOnlyList<ChatTask> pool, IReadOnlyList<string> words, string text, bool many, bool filtered)
    {
        if (words.Count == 0)
        {
            if (!filtered)
            {
                return ReferenceResult.Fail(ReferenceStatus.NeedsTarget, text);
            }

            return Pick(pool, text, many);
        }

        var scored = pool.Select(t => (Task: t, Score: Score(t, words))).ToList();
        var full = scored.Where(s => s.Score.All).Select(s => s.Task).ToList();
        if (full.Count == 0 && words.Count >= 3)
        {
            full = scored.Where(s => s.Score.Matched >= words.Count - 1).Select(s => s.Task).ToList();
        }

        // Generic nouns ("the plumber appointment") may describe the task rather than name it.
        var specific = words.Where(w => !GenericNouns.Contains(w) && !GenericStems.Contains(w)).ToList();
        if (full.Count == 0 && specific.Count > 0 && specific.Count < words.Count)
        {
            full = pool.Where(t => Score(t, specific).All).ToList();
        }

        if (full.Count <= 1 || many)
        {
            return Pick(full, text, many);
        }

        // A word that matches exactly beats one that only matches with a typo or as a prefix ("card" vs "car").
        var exactWords = full.Where(t => ExactScore(t, words) == words.Count).ToList();
        if (exactWords.Count == 1)
        {
            return ReferenceResult.Found(exactWords);
        }

        var normalized = Normalize(text);
        var exact = full.Where(t => Normalize(t.Title) == normalized).ToList();
        if (exact.Count == 1)
        {
            return ReferenceResult.Found(exact);
        }

        var titleOnly = full.Where(t => Score(t with { Description = null }, words).All).ToList();
        if (titleOnly.Count == 1)
        {
            return ReferenceResult.Found(titleOnly);
        }

        var covered = full.Where(t => WordMatcher.ContentStems(t.Title).All(w => words.Any(r => WordMatcher.Same(r, w)))).ToList();
        if (covered.Count == 1)
        {
            return ReferenceResult.Found(covered);
        }

        return ReferenceResult.Fail(ReferenceStatus.Ambiguous, text, full);
    }

    private static readonly HashSet<string> GenericNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "appointment", "meeting", "call", "thing", "job", "errand", "chore", "reminder", "event", "plan", "stuff", "work",
        "visit", "trip", "outing", "session", "booking", "appt",
        // Nouns of the task's own action ("the mirror repair" = "Fix left mirror", "the anthem selection" = "Choose
        // anthems", "the training drills" = "Prepare drills"): they describe what is done, the other words name it.
        "repair", "repairs", "fix", "selection", "choice", "training", "renewal", "payment", "purchase", "check", "checkup",
        "train", "cleaning", "clean", "wash", "washing", "pickup", "collection", "delivery", "prep", "preparation", "shopping",
        "sorting", "change", "replacement", "return", "order", "task", "item", "entry",
        // An errand named by its trip ("the dump run" = "Haul trash to the dump", "the school run"); a task said to be from
        // before ("the old airtime task" = "Buy airtime").
        "run", "old",
    };

    private static readonly HashSet<string> GenericStems = GenericNouns.Select(WordMatcher.Stem).ToHashSet(StringComparer.OrdinalIgnoreCase);

    private static ReferenceResult Pick(IReadOnlyList<ChatTask> matches, string text, bool many)
    {
        if (matches.Count == 0)
        {
            return ReferenceResult.Fail(ReferenceStatus.NotFound, text);
        }

        if (matches.Count == 1 || many)
        {
            return ReferenceResult.Found(matches);
        }

        return ReferenceResult.Fail(ReferenceStatus.Ambiguous, text, matches);
    }

    private static bool HasTag(ChatTask task, string tag) => task.Tags.Any(x => x.Equals(tag, StringComparison.OrdinalIgnoreCase));

    private static (bool All, int Matched) Score(ChatTask task, IReadOnlyList<string> words)
    {
        var taskWords = WordMatcher.Tokens(task.Title + " " + (task.Description ?? ""))
            .Select(WordMatcher.Stem)
            .Concat(task.Tags.Select(t => t.ToLowerInvariant()))
            .ToList();
        taskWords.AddRange(Acronyms(task.Title));
        var matched = words.Count(r => taskWords.Any(w => WordMatcher.Same(r, w)));
        return (matched == words.Count, matched);
    }

    // "the MU membership thing" = "Renew Musicians Union membership": initials of two or more capitalised words in a row.
    private static IEnumerable<string> Acronyms(string title)
    {
        var words = title.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var start = 0; start < words.Length; start++)
        {
            var initials = "";
            for (var i = start; i < words.Length && words[i].Length > 1 && char.IsUpper(words[i][0]) && char.IsLetter(words[i][1]); i++)
            {
                initials += char.ToLowerInvariant(words[i][0]);
                if (initials.Length >= 2)
                {
                    yield return initials;
                }
            }
        }
    }

    private static int ExactScore(ChatTask task, IReadOnlyList<string> words)
    {
        var taskWords = WordMatcher.Tokens(task.Title + " " + (task.Description ?? "")).Select(WordMatcher.Stem)
            .Concat(task.Tags.Select(t => t.ToLowerInvariant())).ToHashSet();
        return words.Count(taskWords.Contains);
    }

    private ReferenceResult ResolvePronoun(string text, IReadOnlyList<Guid>? earlierTargets)
    {
        var plural = PluralPronounRegex().IsMatch(text);
        var ids = earlierTargets is { Count: > 0 } ? earlierTargets : memory.ItTargets;
        var found = ids.Select(id => tasks.FirstOrDefault(t => t.Id == id)).OfType<ChatTask>().ToList();
        if (found.Count == 0)
        {
            return ReferenceResult.Fail(ReferenceStatus.NeedsTarget, text);
        }

        // "remove both" after a listing of three names two of them, not all three: it asks which.
        if (TwoRegex().IsMatch(text) && found.Count != 2)
        {
            return ReferenceResult.Fail(ReferenceStatus.Ambiguous, text, found);
        }

        if (found.Count == 1 || plural)
        {
            return ReferenceResult.Found(found);
        }

        return ReferenceResult.Fail(ReferenceStatus.Ambiguous, text, found);
    }

    [GeneratedRegex(@"\b(?:both|two)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TwoRegex();

    private ReferenceResult ResolvePosition(Match position)
    {
        if (memory.LastListing is not { } listing || listing.Count == 0)
        {
            return ReferenceResult.Fail(ReferenceStatus.NoListing, position.Value);
        }

        int index;
        if (position.Groups["w"].Success)
        {
            index = NumberWords.Parse(position.Groups["w"].Value) ?? 0;
        }
        else if (position.Groups["n"].Success)
        {
            index = int.Parse(position.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture);
        }
        else
        {
            var ordinal = Ordinals.Parse(position.Groups["o"].Value) ?? 0;
            index = ordinal == -1 ? listing.Count : ordinal;
        }

        if (index < 1 || index > listing.Count)
        {
            return ReferenceResult.Fail(ReferenceStatus.OutOfRange, index.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        var task = tasks.FirstOrDefault(t => t.Id == listing[index - 1]);
        return task is null
            ? ReferenceResult.Fail(ReferenceStatus.NotFound, position.Value)
            : ReferenceResult.Found([task]);
    }

    private ReferenceResult ResolveRange(Match range)
    {
        if (memory.LastListing is not { } listing || listing.Count == 0)
        {
            return ReferenceResult.Fail(ReferenceStatus.NoListing, range.Value);
        }

        var count = NumberWords.Parse(range.Groups["n"].Value) ?? 0;
        if (count < 1 || count > listing.Count)
        {
            return ReferenceResult.Fail(ReferenceStatus.OutOfRange, count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        var ids = range.Groups["w"].Value.ToLowerInvariant() is "last" or "bottom" ? listing.Skip(listing.Count - count) : listing.Take(count);
        var found = ids.Select(id => tasks.FirstOrDefault(t => t.Id == id)).OfType<ChatTask>().ToList();
        return found.Count == 0 ? ReferenceResult.Fail(ReferenceStatus.NotFound, range.Value) : ReferenceResult.Found(found);
    }

    private bool IsOverdue(TaskDue due) =>
        due.Date < now.Today || (due.Date == now.Today && due.Time is { } time && time < now.Time);

    private static bool InScope(ChatTask task, ReferenceScope scope) => scope switch
    {
        ReferenceScope.Pending => !task.Completed,
        ReferenceScope.Completed => task.Completed,
        _ => true,
    };

    public static bool IsPronoun(string text) => PronounRegex().IsMatch(Clean(text));

    // An indefinite task still to be written: "a new task", "another one", "something new", "a reminder".
    [GeneratedRegex(@"^(?:(?:a|an|another|one\s+more|some)\s+(?:(?:new|fresh|extra|more|empty|blank|other)\s+)?(?:task|todo|to-do|item|entry|one|reminder|thing|job)|(?:new|fresh|extra)\s+(?:task|todo|to-do|item|entry|one|reminder|job)|something(?:\s+(?:new|else|more))?)(?:\s+(?:on|in|down))?$", RegexOptions.IgnoreCase)]
    private static partial Regex BlankTaskRegex();

    private static string Normalize(string text) => string.Join(' ', WordMatcher.Tokens(text).Where(t => t is not "the" and not "a" and not "an"));

    public static string Clean(string text)
    {
        var cleaned = DateExpressionParser.Collapse(text.ToLowerInvariant()).Trim(' ', ',', '.', '!', '?', ';', ':', '"', '\'');
        cleaned = EmojiRegex().Replace(cleaned, "").Trim();
        // "the task with the note about Excel", "the one with the Limuru note": the words are in the description.
        cleaned = NoteFrameRegex().Replace(cleaned, "${w}");
        cleaned = LeadingNoiseRegex().Replace(cleaned, "");
        cleaned = TrailingNoiseRegex().Replace(cleaned, "");
        cleaned = PossessiveTailRegex().Replace(cleaned, "");
        return cleaned.Trim();
    }

    [GeneratedRegex(@"(?:\s*[,\-—]\s*|\s+)(?:(?:we|i|they|he|she|it|that|which)(?:'re|’re|'m|’m|'s|’s|'ve|’ve|\s+(?:are|am|is|was|were|have|had|got|found|decided|changed|went|did|do|don't|dont|no\s+longer|no\s+need))|(?<=,\s*)(?:(?:the|my|our|his|her|their)\s+)?[\w-]+(?:\s+[\w-]+)?\s+(?:never|didn't|didnt|did\s+not|doesn't|wasn't|isn't|hasn't|haven't|won't|can't|couldn't|[a-z]{2,}ed)|its|found|because|cause|'cause|cos|coz|cuz|since|bc|lol|haha|got\s+(?:cancelled|canceled|moved|sorted)|no\s+longer|not\s+needed|turns\s+out|after\s+all|as\s+(?:we|i|it|they))\b.*$", RegexOptions.IgnoreCase)]
    private static partial Regex RemarkTailRegex();

    /// <summary>"number one", "numbers one and three" → "#1", "#1 and #3": list positions said in words.</summary>
    private static string NumberedPositions(string reference) =>
        NumberedRegex().Replace(reference, m => string.Join(" and ", PositionWordRegex().Matches(m.Groups["list"].Value)
            .Select(w => "#" + (NumberWords.Parse(w.Value) ?? 0).ToString(System.Globalization.CultureInfo.InvariantCulture))));

    [GeneratedRegex(@"\b(?:numbers?|nos?\.?)\s+(?<list>(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\b(?:\s*(?:,|and|&)\s*(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\b)*)", RegexOptions.IgnoreCase)]
    private static partial Regex NumberedRegex();

    [GeneratedRegex(@"one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}", RegexOptions.IgnoreCase)]
    private static partial Regex PositionWordRegex();

    [GeneratedRegex(@"^(?:them|those|these|both|all)\b|\b(?:two|ones)$", RegexOptions.IgnoreCase)]
    private static partial Regex PluralPronounRegex();

    [GeneratedRegex(@"^(?:it|that|this|them|those|these|both|both of them|both of those|both of these|all of them|all of those|all of these|those two|these two|this one|that one|those ones|these ones|that task|this task|the task|that job|this job|the same one|same one|same task|that one too|it too|)$", RegexOptions.IgnoreCase)]
    private static partial Regex PronounRegex();

    [GeneratedRegex(@"\s*(?:,|\band\b|&|\+)\s*", RegexOptions.IgnoreCase)]
    private static partial Regex PluralSplitRegex();

    // "Task three is complete" reaches here as "three": a count word alone, like a digit alone, is a position.
    // "that last one", "this second one": a demonstrative before the position points at the same listing.
    // "the last one there", "the 2nd one on there": "there" is the list just shown; "trash that first one off (there)": the particle of
    // the verb said after its object.
    [GeneratedRegex(@"^(?:(?:the|that|this)\s+)?(?:(?:task|item|number|no\.?|#|nr\.?|entry)\s*#?\s*(?:(?<n>\d{1,3})|(?<w>one|two|three|four|five|six|seven|eight|nine|ten))|#(?<n>\d{1,3})|(?<n>\d{1,3})(?:st|nd|rd|th)?|(?<w>two|three|four|five|six|seven|eight|nine|ten)|(?:very\s+)?(?<o>" + Ordinals.Pattern + @"))(?:\s+(?:one|ones|task|tasks|item|items|entry|(?:on|in|from)\s+(?:the|that|this|my)\s+list))?(?:\s+off)?(?:\s+(?:on\s+|in\s+|from\s+|up\s+)?there)?$", RegexOptions.IgnoreCase)]
    private static partial Regex PositionRegex();

    [GeneratedRegex(@"^(?:the\s+)?(?<w>first|last|top|bottom)\s+(?<n>two|three|four|five|six|\d{1,2})(?:\s+(?:ones|tasks|items|on\s+the\s+list))?$|^(?:all\s+)?(?:the\s+)?(?<w>first|top)\s+(?<n>two|three|four|five|\d{1,2})$", RegexOptions.IgnoreCase)]
    private static partial Regex RangeRegex();

    [GeneratedRegex(@"^(?:both(?:\s+of)?(?:\s+the)?|all(?:\s+of)?(?:\s+the)?|every|each(?:\s+of\s+the)?)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex QuantifierRegex();

    [GeneratedRegex(@"\b(?:ones|tasks|items|todos)$", RegexOptions.IgnoreCase)]
    private static partial Regex PluralNounRegex();

    // "tagged soccer", "#soccer", "soccer-tagged", "the soccer tagged one", "the one with the family tag", "the one with family tag".
    [GeneratedRegex(@"\b(?:tagged|labell?ed|with\s+(?:the\s+)?(?:tag|label))\s+(?:as\s+)?(?<t>#?[\w-]+)|\bwith\s+(?:(?:the|a)\s+)?(?<t>[\w-]+)\s+(?:tag|label)\b|(?<t>#[\w-]+)|\b(?<t>[\w]+)-tagged\b|\b(?<t>[\w]+)\s+tagged(?=\s+(?:one|ones|task|tasks|item|items|thing|things|stuff)\b|\s*$)", RegexOptions.IgnoreCase)]
    private static partial Regex TagReferenceRegex();

    [GeneratedRegex(@"^\s*(?:whatever|what|anything|the\s+thing|the\s+stuff)(?:['’]s|\s+is|\s+i\s+have|\s+i['’]ve\s+got)\s+(?:on\s+|due\s+(?:on\s+)?|for\s+)(?<d>\S.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex WhateverOnRegex();

    [GeneratedRegex(@"\s+(?:(?:that|which)\s+)?(?:(?:i|we)(?:['’]ve|\s+have|\s+had)?\s+(?:already\s+|just\s+)?(?<done>finished|done|completed|ticked(?:\s+off)?|checked(?:\s+off)?)|(?:that|which)(?:['’]s|\s+is|\s+are)\s+(?:still\s+)?(?:pending|open|not\s+done|unfinished|outstanding))\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex RelativeStateRegex();

    [GeneratedRegex(@"^\s*(?:(?:the|that|this)\s+)?(?<s>(?:(?<done>completed|finished|ticked-off|checked-off)|pending|unfinished|outstanding)\s+(?=\S)|(?<done>done)(?:\s+(?=ones?\b)|\s*$))", RegexOptions.IgnoreCase)]
    private static partial Regex StateAdjectiveRegex();

    [GeneratedRegex(@"(?<=\w)(?:'s|’s)$", RegexOptions.IgnoreCase)]
    private static partial Regex PossessiveTailRegex();

    [GeneratedRegex(@"\b(?:(?:that\s+)?(?:was|were)\s+)?(?:due\s+)?yesterday\b", RegexOptions.IgnoreCase)]
    private static partial Regex YesterdayRegex();

    [GeneratedRegex(@"\b(?:overdue|late|past\s+due)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OverdueRegex();

    [GeneratedRegex(@"\b(?:due|scheduled|planned|set)\b(?:\s+(?:for|on|by))?", RegexOptions.IgnoreCase)]
    private static partial Regex DueWordRegex();

    [GeneratedRegex(@"^(?:the\s+)?(?:one|task|item)s?\s+(?:(?:that|which)\s+(?:was|is|were|are)\s+(?:due\s+)?)?(?:for|on)?\s*", RegexOptions.IgnoreCase)]
    private static partial Regex DetailOnlyRegex();

    [GeneratedRegex(@"[\u2600-\u27BF]|\uD83C[\uDF00-\uDFFF]|\uD83D[\uDC00-\uDEFF]|\uD83E[\uDD00-\uDFFF]|[\u2B50\u2705\uFE0F]")]
    private static partial Regex EmojiRegex();

    [GeneratedRegex(@"^(?:(?:the|my|a|an|tasks?|items?|todos?|to-dos?|entry|entries|numbers|nos?\.?|about|on|for|with|of|from|concerning|regarding|re:?|relating\s+to|related\s+to)\s+)+(?=\S)", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingNoiseRegex();

    [GeneratedRegex(@"^(?:the\s+)?(?:task|one|item|entry|todo)\s+(?:with|that\s+has)\s+(?:the|a|that)\s+(?:(?:note|description|comment)\s+(?:about|on|saying|that\s+says|mentioning|re:?)\s+(?<w>.+)|(?<w>.+?)\s+(?:note|description|comment))$", RegexOptions.IgnoreCase)]
    private static partial Regex NoteFrameRegex();

    [GeneratedRegex(@"(?:\s+(?:one|task|item|thing|todo|to-do|entry|time|date|due\s+date|due\s+time|deadline|please|pls|plz|thanks|thx|lol|lmao|haha|hehe|(?:from|off|on|in)\s+(?:my|the|that|this|your)\s+(?:todo\s+|to-do\s+|task\s+)?(?:list|listing)|too|as\s+well|now|anymore|any\s+more|after\s+all|again|for\s+me|then|yet|already|really|actually))+$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingNoiseRegex();
}
