using System.Text.RegularExpressions;
using TodoFunctions.Chat.Text;
using TodoFunctions.Chat.Time;

namespace TodoFunctions.Chat.Intents;

/// <summary>
/// Recognises edits of existing tasks: rename, description, tags, due date (set, postpone, remove), priority.
/// Only what the user names is changed.
/// </summary>
public static partial class UpdateParser
{
    /// <summary>"set the priority of X", "change X's due date": an edit that names what to change but not the new value.</summary>
    public static (string Reference, string What)? ParseMissingValue(string clause)
    {
        // "postpone the shifts one": put off, but neither by how much nor to when — ask, never guess a day.
        var bare = BarePostponeRegex().Match(clause);
        if (bare.Success && !ShiftRegex().IsMatch(clause) && !DateExpressionParser.ContainsDateOrTime(bare.Groups["ref"].Value)
            && !VagueSpanRegex().IsMatch(bare.Groups["ref"].Value))
        {
            return (bare.Groups["ref"].Value, "due date");
        }

        var m = MissingValueRegex().Match(AlsoTailRegex().Replace(clause, ""));
        return m.Success ? (m.Groups["ref"].Value, m.Groups["re"].Success ? "priority" : m.Groups["what"].Value.ToLowerInvariant()) : null;
    }

    [GeneratedRegex(@"^(?:please\s+)?(?:move|reschedule|re-schedule|push|shift|bump|postpone|change|put)\s+(?<ref>.+?)\s+(?:to|until|till|onto)\s+(?<when>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex MoveToRegex();

    [GeneratedRegex(@"\s+(?:as\s+well|too|also)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex AlsoTailRegex();

    // "I need to book the vet, it's urgent" is a new task with its priority, not a statement about a task "I need to …".
    // "the permit thing is urgent now", "taxes are p1", "the gym is no longer urgent": a statement of a task's priority.
    [GeneratedRegex(@"^(?!\s*(?:(?:i|we)(?:['’]ve)?\s+(?:really\s+|still\s+|also\s+)*(?:need|needs|have|has|must|got|gotta|should|want)\b|remind\s+me\b))(?<ref>.+?)(?:\s+(?:is|are|became|has\s+become|have\s+become|should\s+be|ought\s+to\s+be|oughta\s+be|can\s+be|could\s+be|may\s+be|needs\s+to\s+be|is\s+getting|(?<neg>isn't|aren't|is\s+not|are\s+not|isn’t|aren’t))|'s|’s)\s+(?:(?:now|actually|really|kind\s+of|pretty|more|getting|still)\s+)*(?:(?<nolonger>no\s+longer\s+(?:urgent|important|a\s+priority))|(?<p>(?:super\s+|very\s+|really\s+)?(?:urgent|important|critical|high\s+priority|top\s+priority|low\s+priority|medium\s+priority|p[1-4]|not\s+urgent|not\s+important|not\s+a\s+priority|a\s+high\s+priority|a\s+low\s+priority)))(?:\s+(?:now|after\s+all|again|too))?[\s!.]*$", RegexOptions.IgnoreCase)]
    private static partial Regex PriorityStatementRegex();

    // "set a date for X", "put a date on Stoyan gift", "add a due date to X": a field of a task named without its value (ask for it).
    [GeneratedRegex(@"^(?:please\s+)?(?:set|change|update|adjust|edit|fix|alter|modify|add|give|put)\s+(?:the\s+|a\s+|an\s+)?(?:new\s+)?(?<what>priority|prio|due\s+date|due\s+time|deadline|date|time|title|name|tags?|labels?)\s+(?:of|for|on|to)\s+(?<ref>(?:(?!\b(?:to|as|at|into|by)\b).)+?)$|^(?:please\s+)?(?:add|put|attach|write|jot|stick|leave|pop)\s+(?:the\s+|a\s+|an\s+)?(?:new\s+|quick\s+)?(?<what>note|description|comment)\s+(?:to|on|for)\s+(?<ref>(?:(?!\b(?:to|as|at|into|by)\b).)+?)$|^(?:please\s+)?(?:set|change|update|adjust|edit|fix|alter|modify)\s+(?<ref>(?:(?!\b(?:to|as|at|into|by|no)\b).)+?)(?:'s)?\s+(?<what>priority|prio|due\s+date|due\s+time|deadline|date|time|title|name|tags?|labels?)$|^(?:please\s+)?(?<re>re-?prioriti[sz]e)\s+(?<ref>.+)$|^(?:please\s+)?(?<what>tag|label)\s+(?<ref>(?!(?:it|that|this|them)\b)[^#]+?)$", RegexOptions.IgnoreCase)]
    private static partial Regex MissingValueRegex();

    /// <summary>Edits whose wording would otherwise read as add or delete ("add a note to…", "remove the due date from…").</summary>
    public static UpdateRequest? ParseSpecific(string clause, Func<string, string> restore, Func<string, string?> description)
    {
        clause = AlsoTailRegex().Replace(clause, "");
        if (ParseRepeatEdit(clause) is { } repeat)
        {
            return repeat;
        }

        if (ReminderParser.ParseEdit(clause) is { } reminder)
        {
            return reminder;
        }

        var m = SpellingFixRegex().Match(clause);
        if (m.Success)
        {
            return new UpdateRequest(m.Groups["ref"].Value) { Title = restore(m.Groups["new"].Value), SpellingFix = true };
        }

        m = RenameRegex().Match(clause);
        if (m.Success)
        {
            return new UpdateRequest(m.Groups["ref"].Value) { Title = AddParser.CleanTitle(restore(m.Groups["new"].Value)) };
        }

        m = RenameNoTargetRegex().Match(clause);
        if (m.Success)
        {
            return new UpdateRequest(m.Groups["ref"].Value) { NeedsNewTitle = true };
        }

        m = DescriptionRegex().Match(clause);
        if (m.Success)
        {
            var text = m.Groups["d"].Value.Trim();
            var desc = text.StartsWith("DTOKEN", StringComparison.Ordinal) ? description(text) : restore(text);
            return new UpdateRequest(m.Groups["ref"].Value) { Description = desc?.Trim().Trim('"') };
        }

        m = DescriptionTokenTargetRegex().Match(clause);
        if (m.Success)
        {
            return new UpdateRequest(m.Groups["ref"].Value) { Description = description(m.Groups["tok"].Value) };
        }

        m = ClearTagsRegex().Match(clause);
        if (m.Success)
        {
            return new UpdateRequest(m.Groups["ref"].Value) { ClearTags = true };
        }

        m = RemoveTagRegex().Match(clause);
        if (m.Success)
        {
            return new UpdateRequest(m.Groups["ref"].Value) { RemoveTags = TagParser.SplitTags(m.Groups["tags"].Value) };
        }

        m = AddTagRegex().Match(clause);
        if (m.Success)
        {
            return new UpdateRequest(m.Groups["ref"].Value) { AddTags = TagParser.SplitTags(m.Groups["tags"].Value) };
        }

        m = TagWithRegex().Match(clause);
        if (m.Success)
        {
            return new UpdateRequest(m.Groups["ref"].Value) { AddTags = TagParser.SplitTags(m.Groups["tags"].Value) };
        }

        m = RemoveDueRegex().Match(clause);
        if (m.Success)
        {
            var timeOnly = m.Groups["what"].Value.Contains("time", StringComparison.OrdinalIgnoreCase);
            return new UpdateRequest(m.Groups["ref"].Value) { DueEdit = timeOnly ? DueEdit.RemoveTime : DueEdit.Remove };
        }

        m = UndatedRegex().Match(clause);
        if (m.Success)
        {
            return new UpdateRequest(m.Groups["ref"].Value) { DueEdit = DueEdit.Remove };
        }

        m = PriorityToRegex().Match(clause);
        if (m.Success && PriorityParser.FromLevelWord(m.Groups["lvl"].Value) is { } level)
        {
            return new UpdateRequest(m.Groups["ref"].Value) { Priority = level };
        }

        m = ClearPriorityRegex().Match(clause);
        if (m.Success)
        {
            return new UpdateRequest(m.Groups["ref"].Value) { Priority = TaskPriority.None };
        }

        return null;
    }

    /// <summary>"stop repeating the rent task", "make the gym one every Monday and Thursday": a change of an existing task's rule.</summary>
    public static UpdateRequest? ParseRepeatEdit(string clause)
    {
        var stop = StopRepeatingRegex().Match(clause);
        if (stop.Success)
        {
            return new UpdateRequest(stop.Groups["ref"].Value) { Repeat = new RecurrenceChange(null) };
        }

        clause = RepeatTailNoiseRegex().Replace(clause, "");
        var change = ChangeRuleFromToRegex().Match(clause);
        if (change.Success)
        {
            // "change the standup from every weekday to just mon, wed and fri": the rule after "to" replaces the one before it.
            var target = change.Groups["to"].Value;
            var rule = Recurrence.Extract(target).Rule ?? Recurrence.Extract("every " + target).Rule;
            return rule is null ? null : new UpdateRequest(change.Groups["ref"].Value) { Repeat = new RecurrenceChange(rule), RepeatPhrase = target };
        }

        var stated = StatedRuleRegex().Match(clause);
        if (stated.Success)
        {
            // "X should repeat every 2 weeks", "X: make it daily", "the yoga class, I want it every tuesday and thursday".
            var rule = Recurrence.Extract(stated.Groups["rest"].Value);
            return rule.Rule is null || !ClosesClause(stated.Groups["rest"].Value, rule.Phrase!) ? null
                : new UpdateRequest(stated.Groups["ref"].Value) { Repeat = new RecurrenceChange(rule.Rule), RepeatPhrase = rule.Phrase };
        }

        var set = SetRepeatLeadRegex().Match(clause);
        if (!set.Success)
        {
            return null;
        }

        var rest = set.Groups["rest"].Value;
        var found = Recurrence.Extract(rest);
        if (found.Rule is null || found.Phrase is null)
        {
            return null;
        }

        // The rule must close the clause ("make X weekly"), so "change X to every-day-ish wording later" is not misread.
        var at = rest.LastIndexOf(found.Phrase, StringComparison.OrdinalIgnoreCase);
        if (at <= 0 || rest[(at + found.Phrase.Length)..].Trim().TrimEnd('.', '!', '?').Trim().Length > 0)
        {
            return null;
        }

        var reference = RepeatReferenceTailRegex().Replace(rest[..at], "").Trim();
        return reference.Length == 0 ? null : new UpdateRequest(reference) { Repeat = new RecurrenceChange(found.Rule), RepeatPhrase = found.Phrase };
    }

    private static bool ClosesClause(string text, string phrase)
    {
        var at = text.LastIndexOf(phrase, StringComparison.OrdinalIgnoreCase);
        return at >= 0 && text[(at + phrase.Length)..].Trim().TrimEnd('.', '!', '?').Trim().Length == 0;
    }

    // Words after the rule that change nothing: "… now", "… instead of weekly", "… please", an emoji.
    [GeneratedRegex(@"(?:\s+(?:now|from\s+now\s+on|instead(?:\s+of\s+[\w\s-]+?)?|please|pls|plz|thanks|thx|going\s+forward)|\s*[^\p{L}\p{N}\s]+)+\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex RepeatTailNoiseRegex();

    [GeneratedRegex(@"^(?:please\s+)?(?:(?:can|could)\s+you\s+)?(?:change|switch|move|update)\s+(?<ref>.+?)\s+from\s+.+?\s+to\s+(?:just\s+|only\s+)?(?<to>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex ChangeRuleFromToRegex();

    [GeneratedRegex(@"^(?<ref>.+?)\s+(?:should|must|needs?\s+to|has\s+to|will|is\s+going\s+to|ought\s+to)\s+(?:repeat|recur|happen|be(?:\s+done)?)\s+(?<rest>.+)$|^(?<ref>[^:,]+?)\s*[:,]\s*(?:please\s+)?(?:make|change|set|switch|turn|have)\s+(?:it|that|this)\s+(?:to\s+|into\s+)?(?:repeat\s+|recur\s+)?(?<rest>.+)$|^(?<ref>[^:,]+?)\s*[:,]\s*(?:i\s+want|i'd\s+like|i\s+need|let's\s+(?:make|have|do))\s+(?:it|that|this)\s+(?:to\s+(?:repeat|be)\s+)?(?<rest>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex StatedRuleRegex();

    [GeneratedRegex(@"^(?:please\s+)?(?:can\s+you\s+|could\s+you\s+)?(?:stop|quit|cease|end|cancel|turn\s+off|remove|disable|drop|kill)\s+(?:the\s+)?(?:repeating|recurring|repetition|recurrence|repeat|schedule)\s+(?:(?:of|for|on|from|with)\s+)?(?<ref>.+?)(?:\s+(?:anymore|any\s+more|from\s+now\s+on))?[\s.!]*$|^(?:please\s+)?(?:stop|cancel)\s+(?<ref>.+?)\s+(?:from\s+)?(?:repeating|recurring)(?:\s+(?:anymore|any\s+more))?[\s.!]*$|^(?<ref>.+?)\s+(?:should\s+|can\s+|shall\s+)?(?:no\s+longer|shouldn't|should\s+not|doesn't\s+(?:need|have)\s+to|does\s+not\s+(?:need|have)\s+to|won't|will\s+not|don't\s+need\s+to|needn't)\s+(?:repeat|recur)(?:\s+(?:anymore|any\s+more))?[\s.!]*$|^(?<ref>.+?)\s+(?:is|'s|’s)\s+(?:no\s+longer|not)\s+(?:repeating|recurring|a\s+(?:recurring|repeating)\s+(?:task|thing|one))(?:\s+(?:anymore|any\s+more))?[\s.!]*$|^(?:please\s+)?(?:make|set|turn|change)\s+(?<ref>.+?)\s+(?:to\s+|into\s+)?(?:a\s+)?(?:one-?off|one[\s-]time(?:\s+(?:task|thing))?|non-?recurring|non-?repeating|not\s+(?:repeat|recurr?)(?:ing)?)(?:\s+(?:task|thing|one))?[\s.!]*$|^(?:please\s+)?(?:don't|do\s+not|dont)\s+(?:repeat|recur)\s+(?<ref>.+?)(?:\s+(?:anymore|any\s+more))?[\s.!]*$", RegexOptions.IgnoreCase)]
    private static partial Regex StopRepeatingRegex();

    [GeneratedRegex(@"^(?:please\s+)?(?:can\s+you\s+|could\s+you\s+)?(?:make|set|change|switch|have|turn|let|repeat|schedule)\s+(?<rest>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex SetRepeatLeadRegex();

    [GeneratedRegex(@"(?:\s+(?:to|so\s+(?:that\s+)?it|so\s+(?:that\s+)?they))?(?:\s+(?:repeat|recur|happen|occur|go|come\s+up)s?)?(?:\s+be)?(?:\s+only)?(?:\s+on)?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex RepeatReferenceTailRegex();

    /// <summary>"change call grandma to call grandpa": only meaningful when the target exists, so the caller checks.</summary>
    public static UpdateRequest? ParseLooseRename(string clause, Func<string, string> restore)
    {
        var m = LooseRenameRegex().Match(clause);
        // "change the mart to 11": a bare hour is a clock time, never a new title (renaming a task to "11" loses its name).
        if (m.Success && BareHourRegex().IsMatch(m.Groups["new"].Value))
        {
            return null;
        }

        return m.Success ? new UpdateRequest(m.Groups["ref"].Value) { Title = AddParser.CleanTitle(restore(m.Groups["new"].Value)) } : null;
    }

    public static bool StartsWithChangeVerb(string clause) => ChangeVerbRegex().IsMatch(clause);

    /// <summary>General edits led by a change verb or "X is due …": postpone, reschedule, priority.</summary>
    public static UpdateRequest? ParseGeneral(string clause, LocalNow now, bool force)
    {
        // "push the urgent one to next week", "change the #barista one to 5:30am", "make the one due tomorrow a p1": a task
        // named by its details is the reference; its priority, tag or date words are not the new values.
        if (DetailReferenceRegex().Match(clause) is { Success: true } detail)
        {
            var held = clause.Remove(detail.Index, detail.Length).Insert(detail.Index, " RTOKEN ");
            return ParseGeneralWords(held, now, force) is { } request ? request with { Reference = detail.Value.Trim() } : null;
        }

        return ParseGeneralWords(clause, now, force);
    }

    [GeneratedRegex(@"(?<=^\s*(?:please\s+)?(?:move|push|shift|bump|change|make|set|put|postpone|delay|reschedule)\s+)(?:the\s+(?:(?:high|medium|low|top|no)[\s-]+(?:priority|prio)|urgent|important|p[1-4]|#[\w-]+)\s+(?:one|task|item|thing)|the\s+(?:one|task|item)\s+(?:that['’]?s\s+|that\s+is\s+)?(?:due|tagged\s+#?[\w-]+)(?:\s+(?:today|tonight|tomorrow|on\s+\w+|this\s+\w+|next\s+\w+|(?:mon|tues|wednes|thurs|fri|satur|sun)day))?)(?=\s)", RegexOptions.IgnoreCase)]
    private static partial Regex DetailReferenceRegex();

    private static UpdateRequest? ParseGeneralWords(string clause, LocalNow now, bool force)
    {
        var moveTo = MoveToRegex().Match(clause);
        if (moveTo.Success)
        {
            var target = DateExpressionParser.Parse(moveTo.Groups["when"].Value, now);
            var named = DateExpressionParser.Parse(moveTo.Groups["ref"].Value, now);
            if (!target.IsEmpty && WordMatcher.ContentStems(target.Remainder).Count == 0 && !named.IsEmpty)
            {
                return new UpdateRequest(moveTo.Groups["ref"].Value) { DueEdit = DueEdit.Set, NewDue = target };
            }
        }

        var statement = PriorityStatementRegex().Match(clause);
        if (statement.Success)
        {
            var level = statement.Groups["nolonger"].Success || statement.Groups["neg"].Success ? TaskPriority.Low : PriorityParser.Extract(statement.Groups["p"].Value)?.Priority;
            if (level is { } stated)
            {
                return new UpdateRequest(statement.Groups["ref"].Value) { Priority = stated };
            }
        }

        var m = ShiftRegex().Match(clause);
        if (m.Success)
        {
            var n = NumberWords.Parse(m.Groups["n"].Success ? m.Groups["n"].Value : "1") ?? 1;
            var unit = m.Groups["u"].Value;
            var days = unit.StartsWith("week", StringComparison.OrdinalIgnoreCase) ? 7 * n : unit.StartsWith("fortnight", StringComparison.OrdinalIgnoreCase) ? 14 * n : n;
            if (m.Groups["dir"].Value.Contains("forward", StringComparison.OrdinalIgnoreCase) || m.Groups["dir"].Value.Contains("earlier", StringComparison.OrdinalIgnoreCase)
                || m.Groups["verb"].Value.StartsWith("bring", StringComparison.OrdinalIgnoreCase))
            {
                days = -days;
            }

            return new UpdateRequest(m.Groups["ref"].Value) { DueEdit = DueEdit.Shift, ShiftDays = days };
        }

        // "postpone the bike service to friday": a postpone that says to when is a move (read below), never a day's shift — the
        // whole "bike service to friday" had named the task and it went to tomorrow.
        m = BarePostponeRegex().Match(clause);
        if (m.Success && !DateExpressionParser.ContainsDateOrTime(m.Groups["ref"].Value))
        {
            return new UpdateRequest(m.Groups["ref"].Value) { DueEdit = DueEdit.Shift, ShiftDays = 1 };
        }

        var isDueStatement = DueStatementRegex().IsMatch(clause);
        if (!force && !ChangeVerbRegex().IsMatch(clause) && !isDueStatement)
        {
            return null;
        }

        var text = clause;
        TaskPriority? priority = null;
        var priorityResult = PriorityParser.Extract(text);
        if (priorityResult is not null)
        {
            priority = priorityResult.Priority;
            text = priorityResult.Remainder;
        }
        else if (DeprioritizeRegex().IsMatch(text))
        {
            priority = TaskPriority.Low;
            text = DeprioritizeRegex().Replace(text, " ");
        }
        else if (PrioritizeRegex().IsMatch(text))
        {
            priority = TaskPriority.High;
            text = PrioritizeRegex().Replace(text, " ");
        }

        var tagResult = TagParser.Extract(text);
        text = tagResult.Remainder;

        var dates = DateExpressionParser.Parse(text, now);
        text = dates.Remainder;
        var reference = ChangeVerbRegex().Replace(text, " ");
        reference = DueStatementRegex().Replace(reference, " ");
        reference = FieldWordsRegex().Replace(reference, " ");
        reference = DateExpressionParser.Collapse(reference);
        reference = TrailingRegex().Replace(reference, "");
        var request = new UpdateRequest(reference.Trim())
        {
            Priority = priority,
            DueEdit = dates.IsEmpty ? DueEdit.None : DueEdit.Set,
            NewDue = dates.IsEmpty ? null : dates,
            AddTags = tagResult.Tags,
        };
        return request.HasChange || force ? request : null;
    }

    [GeneratedRegex(@"^(?:please\s+)?(?:rename|retitle|re-title|re-name)\s+(?<ref>.+?)\s+(?:to|as|into)\s*:?\s+(?<new>.+)$|^(?:please\s+)?(?:rename|retitle|re-title|re-name)\s+(?<ref>.+?)\s*:?\s+(?<new>QTOKEN\d+)$|^(?:please\s+)?(?:change|update|set|edit)\s+(?:the\s+)?(?:title|name|wording)\s+(?:of|for|on)\s+(?<ref>.+?)\s+to\s*:?\s+(?<new>.+)$|^(?:please\s+)?(?:change|update|set|edit)\s+(?<ref>.+?)(?:'s)?\s+(?:title|name)\s+to\s*:?\s+(?<new>.+)$|^(?:please\s+)?(?:call|name)\s+(?<ref>.+?)\s+(?:instead|from\s+now\s+on)?\s*:\s*(?<new>.+)$|^(?:please\s+)?(?:call|name|title)\s+(?<ref>it|that|this|them|the\s+.+?)\s+(?<new>QTOKEN\d+)(?:\s+(?:instead|from\s+now\s+on))?$", RegexOptions.IgnoreCase)]
    private static partial Regex RenameRegex();

    // "fix the spelling of the Kevn one to Kevin": one misspelt word of the title corrected.
    [GeneratedRegex(@"^(?:please\s+)?(?:fix|correct)\s+the\s+spelling\s+(?:of|in)\s+(?<ref>.+?)\s+to\s+(?<new>[\p{L}'’-]+)$", RegexOptions.IgnoreCase)]
    private static partial Regex SpellingFixRegex();

    [GeneratedRegex(@"^(?:please\s+)?(?:change|update|edit|correct|switch)\s+(?<ref>.+?)\s+(?:to|into)\s+(?<new>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex LooseRenameRegex();

    [GeneratedRegex(@"^\s*(?:[01]?\d|2[0-3])\s*[.!]*\s*$")]
    private static partial Regex BareHourRegex();

    [GeneratedRegex(@"^(?:please\s+)?(?:rename|retitle|re-title|re-name)\s+(?<ref>.+?)\s*$|^(?:please\s+)?(?:change|edit)\s+(?:the\s+)?(?:title|name)\s+(?:of|for|on)\s+(?<ref>.+?)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex RenameNoTargetRegex();

    [GeneratedRegex(@"^(?:please\s+)?(?:add|attach|put|append|write|leave|set|include|stick|jot|pop|slap|bung|chuck|drop|scribble)\s+(?:down\s+)?(?:a\s+|the\s+|this\s+)?(?:quick\s+)?(?:note|description|comment|details?|notes)\s+(?:to|on|for|in)\s+(?<ref>.+?)\s*(?::|saying|that\s+says|-|—)\s*(?<d>.+)$|^(?:a\s+|the\s+|new\s+)?(?:note|notes|comment|description|details)\s+(?:to|on|for|about)\s+(?<ref>.+?)\s*(?::|-|—|–)?\s*(?<d>DTOKEN\d+)$|^(?:please\s+)?(?:set|change|update|make)\s+(?:the\s+)?(?:description|note|notes|details|comment)\s+(?:of|for|on)\s+(?<ref>.+?)\s+(?:to|:)\s*:?\s*(?<d>.+)$|^(?:please\s+)?describe\s+(?<ref>.+?)\s+as\s+(?<d>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex DescriptionRegex();

    [GeneratedRegex(@"^(?:please\s+)?(?:add|attach|put|append|update|set)\s+(?<tok>DTOKEN\d+)\s+(?:to|on|for)\s+(?<ref>.+)$|^(?:please\s+)?(?:add\s+to|update|for)\s+(?<ref>.+?)\s*,?\s*(?<tok>DTOKEN\d+)$", RegexOptions.IgnoreCase)]
    private static partial Regex DescriptionTokenTargetRegex();

    // "remove every tag from X", "strip each label off X": every tag is all of them, not a tag named "every".
    [GeneratedRegex(@"^(?:please\s+)?(?:remove|delete|clear|drop|strip|take\s+off|get\s+rid\s+of)\s+(?:(?:all\s+)?(?:of\s+)?(?:the\s+)?(?:tags|labels)|(?:every|each|any)\s+(?:single\s+)?(?:tag|label))\s+(?:from|on|off|of|for)\s+(?<ref>.+)$|^(?:please\s+)?(?:remove|delete|clear|drop|strip)\s+(?:the\s+)?(?:tag|label)\s+(?:from|on|off|of)\s+(?<ref>.+)$|^(?:please\s+)?untag\s+(?<ref>.+)$|^(?:please\s+)?(?:clear|remove|strip)\s+(?<ref>.+?)(?:'s)?\s+(?:tags|labels)$", RegexOptions.IgnoreCase)]
    private static partial Regex ClearTagsRegex();

    [GeneratedRegex(@"^(?:please\s+)?(?:remove|delete|drop|take\s+off|strip|clear|take)\s+(?:the\s+)?(?:tags?|labels?)\s+(?<tags>#?[\w-]+(?:\s*(?:,|and|&)\s*#?[\w-]+)*)\s+(?:from|on|off|of)\s+(?<ref>.+)$|^(?:please\s+)?(?:remove|delete|drop|take\s+off|strip|take)\s+(?:the\s+)?(?<tags>#?[\w-]+)\s+(?:tag|label)\s+(?:from|on|off|of)\s+(?<ref>.+)$|^(?:please\s+)?(?:remove|delete|drop|take\s+off|strip|take)\s+(?<tags>#[\w-]+(?:\s*(?:,|and|&)\s*#[\w-]+)*)\s+(?:from|off|on)\s+(?<ref>.+)$|^(?:please\s+)?untag\s+(?<ref>.+?)\s+(?:from\s+|as\s+)?(?<tags>#[\w-]+)$", RegexOptions.IgnoreCase)]
    private static partial Regex RemoveTagRegex();

    [GeneratedRegex(@"^(?:please\s+)?(?:add|put|attach|apply|stick|give|set)\s+(?:the\s+|a\s+)?(?:tags?|labels?)\s+(?<tags>#?[\w-]+(?:\s*(?:,|and|&)\s*#?[\w-]+)*)\s+(?:to|on|onto|for)\s+(?<ref>.+)$|^(?:please\s+)?(?:add|put|attach|apply|stick|give|set)\s+(?:the\s+|a\s+)?(?<tags>#?[\w-]+(?:\s*(?:,|and|&)\s*#?[\w-]+)*)\s+(?:tags?|labels?)\s+(?:to|on|onto|for)\s+(?<ref>.+)$|^(?:please\s+)?(?:add|put|attach|apply|stick)\s+(?<tags>#[\w-]+(?:\s*(?:,|and|&)?\s*#[\w-]+)*)\s+(?:to|on|onto)\s+(?<ref>.+)$|^(?:please\s+)?give\s+(?<ref>.+?)\s+(?:the\s+|a\s+)?(?:tags?|labels?)\s+(?<tags>#?[\w-]+)$", RegexOptions.IgnoreCase)]
    private static partial Regex AddTagRegex();

    [GeneratedRegex(@"^(?:please\s+)?(?:tag|label)\s+(?<ref>.+?)\s+(?:with|as|under)\s+(?:the\s+)?(?:tags?\s+|labels?\s+|words?\s+)?(?<tags>#?[\w-]+(?:\s*(?:,|and|&)\s*#?[\w-]+)*)$|^(?:please\s+)?(?:tag|label)\s+(?<ref>it|that|this|them|those|both)\s+(?<tags>#?[\w-]+(?:\s*(?:,|and|&)\s*#?[\w-]+)*)$|^(?:please\s+)?(?:tag|label)\s+(?<ref>.+?)\s+(?<tags>#[\w-]+(?:\s*(?:,|and|&)?\s*#[\w-]+)*)$", RegexOptions.IgnoreCase)]
    private static partial Regex TagWithRegex();

    [GeneratedRegex(@"^(?:please\s+)?(?:remove|delete|clear|drop|take\s+off|unset|get\s+rid\s+of|take\s+away|cancel)\s+(?:the\s+)?(?<what>due\s+date|deadline|due\s+time|due|date|time|reminder|schedule)\s+(?:from|on|of|for|off)\s+(?<ref>.+)$|^(?:please\s+)?(?:remove|delete|clear|drop|take\s+off|unset)\s+(?<ref>[^,;]+?)(?:'s)?\s+(?<!\b(?:this|that|next|last|every|each|any|some|one|the|at|first|second|no|without|a)\s+)(?<what>due\s+date|deadline|due\s+time|date|time)$", RegexOptions.IgnoreCase)]
    // "delete X, Dani pays it this time": "this time" (on this occasion) after a comma is a remark, never the task's time.
    private static partial Regex RemoveDueRegex();

    [GeneratedRegex(@"^(?:please\s+)?(?:make|set|mark|leave)\s+(?<ref>.+?)\s+(?:as\s+)?(?:undated|unscheduled|without\s+(?:a\s+)?(?:due\s+)?(?:date|deadline)|with\s+no\s+(?:due\s+)?(?:date|deadline)|no\s+(?:due\s+)?date)$|^(?:please\s+)?unschedule\s+(?<ref>.+)$|^(?<ref>.+?)\s+(?:has|needs|should\s+have|doesn't\s+have)\s+(?:no|a)\s+(?:due\s+)?(?:date|deadline)(?:\s+anymore)?$|^no\s+(?:due\s+)?(?:date|deadline)\s+(?:for|on)\s+(?<ref>.+)$|^(?<ref>.+?)\s+(?:isn't|is\s+not|doesn't\s+need\s+to\s+be)\s+due\s+(?:anymore|any\s+more)$", RegexOptions.IgnoreCase)]
    private static partial Regex UndatedRegex();

    [GeneratedRegex(@"^(?:please\s+)?(?:change|set|update|make|lower|raise|bump|drop|downgrade|upgrade|switch|move|put)\s+(?:the\s+)?(?:priority|prio)\s+(?:of|for|on)\s+(?<ref>.+?)\s+(?:to|as|at)\s+(?<lvl>high|medium|med|normal|low|none|no|urgent|p[1-4])(?:\s+priority)?(?:\s*,\s*(?!(?:and|also|then|tomorrow|today|tonight|due|on|by|at)\b)[^;]*)?$|^(?:please\s+)?(?:change|set|update|make|lower|raise|bump|drop|downgrade|upgrade|switch|move|put)\s+(?<ref>.+?)(?:'s)?\s+(?:priority\s+)?(?:to|as|at)\s+(?<lvl>high|medium|med|normal|low|none|no|p[1-4])(?:\s+priority)?$|^(?:please\s+)?(?:give|assign)\s+(?<ref>.+?)\s+(?:a\s+)?(?:(?<lvl>high|medium|low|normal)\s+priority|(?<lvl>p[1-4]))$", RegexOptions.IgnoreCase)]
    // (The first form names the field, so what follows the level after a comma is a remark: "change the priority of the demo to
    // low, client has other things" had renamed the task "Low, client has other things".)
    private static partial Regex PriorityToRegex();

    [GeneratedRegex(@"^(?:please\s+)?(?:remove|clear|drop|reset|unset|take\s+off)\s+(?:the\s+)?(?:priority|prio)\s+(?:from|on|of|for)\s+(?<ref>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex ClearPriorityRegex();

    // "push X back 3 days" moves the due by 3 days; "move X to in 10 days" is a date, ten days from today, never a shift.
    [GeneratedRegex(@"^(?:please\s+)?(?<verb>postpone|delay|push(?:\s+back)?|defer|bump|move|shift|put\s+off|reschedule|snooze|bring(?:\s+forward)?|push\s+out)\s+(?<ref>.+?)(?<!\b(?:in|within))\s+(?<dir>back\s+|forward\s+|out\s+|ahead\s+|earlier\s+|later\s+)?(?:by\s+|for\s+)?(?<n>" + NumberWords.Pattern + @")\s+(?<u>days?|weeks?|fortnights?)(?:\s+(?:later|earlier|forward|back))?$|^(?:please\s+)?(?<verb>postpone|delay|push|defer|bump|move|shift|snooze)\s+(?<dir>back|forward|out)\s+(?<ref>.+?)\s+(?:by\s+)?(?<n>" + NumberWords.Pattern + @")\s+(?<u>days?|weeks?|fortnights?)$", RegexOptions.IgnoreCase)]
    private static partial Regex ShiftRegex();

    [GeneratedRegex(@"^(?:please\s+)?(?:postpone|delay|defer|snooze|put\s+off|push\s+back)\s+(?<ref>.+?)$", RegexOptions.IgnoreCase)]
    private static partial Regex BarePostponeRegex();

    // "postpone X a bit", "put off X for a while": a span the person leaves to the engine (a day), not a value missing.
    [GeneratedRegex(@"\b(?:a\s+(?:bit|little|while|day)|for\s+(?:now|a\s+(?:bit|while|day))|later|indefinitely|until\s+further\s+notice)\b", RegexOptions.IgnoreCase)]
    private static partial Regex VagueSpanRegex();

    // "set up a follow-up call on Monday", "set up an appointment for friday": "set up" a new thing makes it (an add), no edit.
    [GeneratedRegex(@"^\s*(?:please\s+)?(?:move|reschedule|re-schedule|push|shift|change|set(?!\s+up\s+(?:a|an|another|one)\b)|postpone|delay|defer|bump|put\s+off|make|switch|update|lower|raise|downgrade|upgrade|mark|prioriti[sz]e|deprioriti[sz]e|edit|adjust)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ChangeVerbRegex();

    [GeneratedRegex(@"\b(?:should|must|needs\s+to|has\s+to)\s+be\s+(?:done|finished|completed|ready)\b|\b(?:is|are|should\s+be|ought\s+to\s+be|oughta\s+be|needs\s+to\s+be|has\s+to\s+be|was)\s+(?:actually\s+|now\s+|really\s+|instead\s+)?(?:due|scheduled|happening|planned|moved)\b|\b(?:is|are|should\s+be|ought\s+to\s+be|oughta\s+be|needs\s+to\s+be|has\s+to\s+be|must\s+be|'s)\s+(?:actually\s+|now\s+|really\s+|instead\s+)?(?:on|for|at|by)\b(?=\s+\S)|\b(?:is|are|'s)\s+(?:actually\s+|now\s+)+in\b(?=\s+(?:\d|a\b|an\b|one|two|three|four|five|six|seven|eight|nine|ten))|\b(?:should|has\s+to|needs\s+to|will|can)\s+(?:now\s+|actually\s+)?(?:move|be\s+moved|shift|be\s+shifted)\s+(?:to|till|until)\b|\bwill\s+(?:now|actually|instead)\s+(?:come|be|happen|take\s+place|start|be\s+held)\b(?:\s+(?:on|at|in)\b)?", RegexOptions.IgnoreCase)]
    private static partial Regex DueStatementRegex();

    [GeneratedRegex(@"\bdeprioriti[sz]e\b", RegexOptions.IgnoreCase)]
    private static partial Regex DeprioritizeRegex();

    [GeneratedRegex(@"\bprioriti[sz]e\b", RegexOptions.IgnoreCase)]
    private static partial Regex PrioritizeRegex();

    [GeneratedRegex(@"\b(?:the\s+)?(?:due\s+date|deadline|due\s+time|date|time|priority|prio|schedule)\s+(?:of|for|on)\b|\b(?:its|the)\s+(?:due\s+date|deadline|date|time|priority)\b|\b(?:due\s+date|deadline|due\s+time)\b|\b(?:date|time|priority|prio)\s*$|\binstead\b|\bactually\b", RegexOptions.IgnoreCase)]
    private static partial Regex FieldWordsRegex();

    [GeneratedRegex(@"(?:\s+\b(?:to|for|on|at|by|until|till|due|as|the|and|from|into|back|out|later|over|be|should|must|needs|has|is|are)\b)+\s*[.!?]*$|[.!?,;]+$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingRegex();
}
