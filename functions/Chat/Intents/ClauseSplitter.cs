using System.Text.RegularExpressions;

namespace TodoFunctions.Chat.Intents;

/// <summary>
/// Splits a message into clauses that each carry one request. Always splits on ";", "also" and sentence ends;
/// splits on "and"/"," only where a new command verb starts and the left side already is a command,
/// so "mark buy milk and walk the dog as done" stays one clause.
/// </summary>
public static partial class ClauseSplitter
{
    /// <summary>
    /// The longest sentence the engine reads, in characters. No request is near it (the longest in every case file is 259
    /// characters, a whole message of three sentences); a title at its limit is 200.
    /// </summary>
    public const int MaxSentenceLength = 500;

    /// <summary>
    /// The length of the message's longest sentence, split as <see cref="Split"/> splits first: the items of a
    /// semicolon add list are one sentence there, so they are one here.
    /// </summary>
    public static int LongestSentence(string message) =>
        HardSplitRegex().Split(JoinSemicolonAddList(message)).Max(s => s.Trim().Length);

    public static IReadOnlyList<string> Split(string message)
    {
        var clauses = new List<string>();
        string? previous = null;
        foreach (var segment in HardSplitRegex().Split(JoinSemicolonAddList(message)))
        {
            var trimmed = segment.Trim();
            if (trimmed.Length == 0 || (previous is not null && IsRemarkSentence(previous, trimmed)))
            {
                continue;
            }

            clauses.AddRange(SplitOnCommands(trimmed));
            previous = trimmed;
        }

        return clauses;
    }

    // "add buy bibs #netball; new cones #netball; spare stopwatch #netball": ";" only sets apart the items of one add, so
    // they are joined with commas and read as its list, up to the first part that is a request of its own.
    private static string JoinSemicolonAddList(string message)
    {
        if (!message.Contains(';', StringComparison.Ordinal) || !AddListLeadRegex().IsMatch(message))
        {
            return message;
        }

        var parts = message.Split(';');
        var joined = new System.Text.StringBuilder(parts[0]);
        var inList = true;
        foreach (var part in parts.Skip(1))
        {
            inList &= IsAddItem(part);
            joined.Append(inList ? ',' : ';').Append(part);
        }

        return joined.ToString();
    }

    private static bool IsAddItem(string part) =>
        part.Trim().Length > 0 && !part.Contains('?', StringComparison.Ordinal)
        && (NewItemRegex().IsMatch(part) || (!StartsWithCommand(part.Trim()) && !ActionLexicon.IsIdiom(part.Trim()) && !StatementRegex().IsMatch(part.Trim())));

    // "add …; …", and a label of new tasks ("new tasks: buy red pens; staple the report cards; …").
    [GeneratedRegex(@"^\s*(?:please\s+)?(?:add\b(?!\s+(?:a\s+)?(?:note|description|tags?|labels?)\b)|(?:(?:some|a\s+few|two|three|four|five)\s+)?new\s+(?:tasks|todos|to-dos|items)\s*:)", RegexOptions.IgnoreCase)]
    private static partial Regex AddListLeadRegex();

    // "new cones": "new" before an item names the thing, not a new command.
    [GeneratedRegex(@"^\s*new\s+(?!tasks?\b|todos?\b|items?\b)\p{L}", RegexOptions.IgnoreCase)]
    private static partial Regex NewItemRegex();

    // "Strike the trustees meeting from my list. It has been postponed indefinitely.", "I marked X done by mistake. The
    // truck never showed, …": a sentence of news after a request explains it; like a remark after a comma it is dropped
    // (a report of one's own, "We sent the invoice.", still counts).
    private static bool IsRemarkSentence(string previous, string sentence) =>
        (LeftIsCommand(previous) || ActionLexicon.IsRequest(previous) || previous.EndsWith('?')) && (RemarkRegex().IsMatch(sentence) || ((BareSituationRegex().IsMatch(sentence) || WhyAfterRequestRegex().IsMatch(sentence)) && !RequestWordRegex().IsMatch(sentence)))
        && !sentence.Contains('?', StringComparison.Ordinal) && !StartsWithCommand(sentence) && !ActionLexicon.IsIdiom(sentence)
        && !IntentPatterns.MentionsAction(sentence)
        && !(FirstPersonRegex().IsMatch(sentence) && IntentPatterns.MatchPastTense(sentence) is not null);

    private static IEnumerable<string> SplitOnCommands(string segment)
    {
        var start = 0;
        foreach (Match joint in SoftJointRegex().Matches(segment))
        {
            if (joint.Index <= start)
            {
                continue;
            }

            var left = segment[start..joint.Index];
            var right = segment[(joint.Index + joint.Length)..];
            // "everything tagged family, done or not", "the admin ones, including the ones I've done": a scope of the listing.
            if (ListQueryParser.IsStatusScope(right))
            {
                continue;
            }

            // "tick off 1, 2, 3", "delete 1, 2 and 3": more positions after a position are the same request's objects.
            if (PositionEndRegex().IsMatch(left) && PositionListRegex().IsMatch(right))
            {
                continue;
            }

            // A command on "it"/"that task" never belongs to a title, so it ends whatever statement came before it.
            // After a comma, a statement ("Jonas can't make it, remove the coffee") is context for the command that follows.
            // "invoiced mrs carter and add …": after a report, "and" also starts a new request.
            var afterStatement = (joint.Value.Contains(',', StringComparison.Ordinal) || DashOrEmojiRegex().IsMatch(joint.Value)
                || (joint.Value.Trim().Equals("and", StringComparison.OrdinalIgnoreCase) && ExplicitCommandRegex().IsMatch(right))) && StatementRegex().IsMatch(left);
            // "BHP documents - mark as not done, one signature missing", "invoices - done, a day before the deadline": the task named
            // first and the action last (this part may hold the action alone: the dash split the task off before it), then after a
            // comma a clause that asks nothing is the reason for it.
            if (joint.Value.Contains(',', StringComparison.Ordinal) && VerbLastRequestRegex().IsMatch(left) && ReasonClauseRegex().IsMatch(right)
                && (!ReportedDoneRegex().IsMatch(right) || PartlyRegex().IsMatch(right))
                && !right.Contains('?', StringComparison.Ordinal) && !StartsWithCommand(right.Trim()) && !ActionLexicon.IsIdiom(right.Trim()))
            {
                yield return left.Trim();
                yield break;
            }

            // "untick #1, I only did half the room": a remark after a command is context; it is dropped, not read as a request.
            var remark = RemarkRegex().IsMatch(right) || (joint.Value.Contains(',', StringComparison.Ordinal) && (NegatedDeedRegex().IsMatch(right) || CalledOffByRegex().IsMatch(right) || (SomeoneDidItRegex().IsMatch(right) && !StartsWithCommand(right))))
                || (joint.Value.Contains(',', StringComparison.Ordinal) && (SituationRegex().IsMatch(right) || BareSituationRegex().IsMatch(right) || WhyAfterRequestRegex().IsMatch(right) || StoryStatementRegex().IsMatch(right)) && !RequestWordRegex().IsMatch(right) && !ActionLexicon.IsIdiom(right.Trim()) && !StartsWithCommand(right));
            // "add ring the marae p1, and I changed the smoke alarm batteries": a deed of one's own joined by "and" is news, not a remark.
            remark &= !(AndRegex().IsMatch(joint.Value) && FirstPersonRegex().IsMatch(right) && IntentPatterns.MatchPastTense(right.Trim()) is not null);
            // "reopen the prepagada, and the sunscreen is bought": nor is a report, joined by "and", that another task is done.
            remark &= !(AndRegex().IsMatch(joint.Value) && DoneReportRegex().IsMatch(right));
            // "I must write the check, it is important, please put it on list": a remark that is only a detail of the item stays with it.
            if (remark && !AddParser.IsModifierOnly(right, AddParser.ShapeClock) && !AddParser.IsModifierOnly(right.Split(',')[0], AddParser.ShapeClock) && (LeftIsCommand(left) || ActionLexicon.IsRequest(left.Trim()) || StatementRegex().IsMatch(left)) && !RemarkRegex().IsMatch(left))
            {
                yield return left.Trim();
                yield break;
            }

            // "move the chiropodist to tomorrow and the optician to next monday": the verb is said once for both moves.
            if (GappedMoveLeftRegex().Match(left) is { Success: true } move && GappedMoveRightRegex().IsMatch(right) && !StartsWithCommand(right))
            {
                yield return left.Trim();
                foreach (var clause in SplitOnCommands(move.Groups["verb"].Value + " " + right.Trim()))
                {
                    yield return clause;
                }

                yield break;
            }

            // "rent to p3 and guest lecture slides to friday", "move the dentist to tomorrow and optician to p1": two tasks, each with a
            // value of its own; read as one clause, both values went to both tasks.
            if (ValuePairLeftRegex().Match(left) is { Success: true } pair && ValuePairRightRegex().IsMatch(right) && !StartsWithCommand(right)
                && (pair.Groups["verb"].Success || (!StartsWithCommand(left) && !LeftIsCommand(left))))
            {
                yield return left.Trim();
                var verb = pair.Groups["verb"].Success ? pair.Groups["verb"].Value + " " : "";
                foreach (var clause in SplitOnCommands(verb + right.Trim()))
                {
                    yield return clause;
                }

                yield break;
            }

            // "woops ticked the wrong one, the grout isn't done": an idiom after a statement is a request of its own.
            var idiomAfterStatement = afterStatement && ActionLexicon.IsIdiom(right);
            // "the physio moved to thursday, and I've already paid the rates": a report of one's own joined by "and" is news of its own
            // (after a bare comma it is more often the reason: "the bookclub one is finished, I read the last chapter").
            var reportAfterStatement = (afterStatement || StatementRegex().IsMatch(left)) && AndRegex().IsMatch(joint.Value) && FirstPersonRegex().IsMatch(right) && IntentPatterns.MatchPastTense(right.Trim()) is not null;
            // "glasses no longer needed, got contacts", "the email didn't go out, can u reopen": a statement that is
            // already a request ends at the comma; what follows is a remark or a request of its own.
            // "brood frames not done yet, supplier let me down": a change of status said as a fact ends at the comma too.
            var requestThenMore = joint.Value.Contains(',', StringComparison.Ordinal)
                && ((StatementRegex().IsMatch(left) && (ActionLexicon.IsIdiom(left.Trim()) || IntentPatterns.MatchNegatedPassive(left.Trim()) is not null))
                    || ActionLexicon.IsStatusIdiom(left.Trim()));
            // "add: submit timesheet every Friday 4pm, tag work, p2", "need to buy ice trays, tag stall": details of the new task, not
            // commands.
            if ((AddLeadRegex().IsMatch(segment[..joint.Index]) || IntentionLeadRegex().IsMatch(segment[..joint.Index]))
                && AddParser.IsModifierOnly(right.Split(',')[0], AddParser.ShapeClock))
            {
                continue;
            }

            // "oops, ticked off the wrong thing — the cards aren't written yet": the remark before the request is dropped.
            // "Hiya, can you add …", "so many mtgs today 😩 anyway add …", "hospital rang, shift …", "I soon come back to this, but
            // add …": a greeting, a situation, or anything before "but/anyway <command>" that is no request itself is dropped too.
            // "I have now rung the chiropodist, and please add …": a deed of the writer's, then "and" a request — two requests, the
            // report no preface to be dropped.
            var reportAndRequest = AndRegex().IsMatch(joint.Value) && FirstPersonRegex().IsMatch(left) && IntentPatterns.MatchPastTense(left.Trim()) is not null
                && PleaseRequestRegex().IsMatch(right);
            var preface = !reportAndRequest && (RemarkRegex().IsMatch(left) || SmallTalk.Classify(left.Trim()) != SmallTalkKind.None)
                || (BareSituationRegex().IsMatch(left) && !RequestWordRegex().IsMatch(left))
                || (!reportAndRequest && ContrastLeadRegex().IsMatch(right) && !LeftIsCommand(left) && !ActionLexicon.IsRequest(left.Trim()) && !RequestWordRegex().IsMatch(left));
            // "timesheet got rejected in SAP, reopen", "the visa form got refused, delete": a situation before a request with
            // no object of its own is what names the task, so the two stay one clause (read alone, a "got …ed" statement can
            // complete the task before the request is seen) instead of the situation being dropped.
            if (preface && BareSituationRegex().IsMatch(left) && !RemarkRegex().IsMatch(left) && SmallTalk.Classify(left.Trim()) == SmallTalkKind.None
                && (PronounCommandRegex().IsMatch(right) || ObjectlessRequestRegex().IsMatch(right)))
            {
                continue;
            }

            // "i didn't pay the phone bill yet, reopen it", "the instructors didn't get paid, still not done": a deed denied before a
            // request on "it" (or on nothing) names the task the request is about; dropped as a remark, the request had no task.
            if (preface && DeniedDeedRegex().IsMatch(left)
                && (PronounCommandRegex().IsMatch(right) || ObjectlessRequestRegex().IsMatch(right) || BareNotDoneRegex().IsMatch(right)))
            {
                continue;
            }

            // "water filter - reopen", "the Lisbon trip – remove the tags", "gas bill please remove": a task's name, a dash or a
            // "please", then a request with no object of its own (and maybe its reason: "pay cottage electricity - uncheck, payment
            // failed"); the name is its object, so the two stay one clause (split, the name alone was added as a task).
            // "yoga trial, forget about it", "last one, complete pls", "western blot, postpone a week" (Korean topic first): after a
            // comma too, when the name is no statement of its own.
            // A request on "that"/"it" after a comma stays a clause of its own ("Lord, just delete that one": the word before is no name).
            var commaAfterName = joint.Value.Contains(',', StringComparison.Ordinal) && !StatementRegex().IsMatch(left) && !ActionLexicon.IsRequest(left.Trim())
                && !VerbOnPronounRegex().IsMatch(right);
            if ((joint.Value.AsSpan().IndexOfAny("-–—") >= 0 || PleaseJointRegex().IsMatch(joint.Value) || commaAfterName) && !LeftIsCommand(left) && !StartsWithCommand(left) && ShortNameRegex().IsMatch(left)
                && (ObjectlessRequestRegex().IsMatch(WithoutReason(right)) || BareNotDoneRegex().IsMatch(WithoutReason(right)) || ObjectlessTagsClearRegex().IsMatch(right) || FieldChangeRegex().IsMatch(right) || ObjectlessSpanMoveRegex().IsMatch(right)))
            {
                continue;
            }

            // "…, daft beggar, any road I need to ring the surgery": after a story, "anyway" turns to what the user needs to do.
            if (preface && !ActionLexicon.IsIdiom(left.Trim()) && (StartsWithCommand(right) || ActionLexicon.IsIdiom(right.Trim()) || IntentPatterns.MatchNegatedPassive(right.Trim()) is not null
                || AnywayIntentionRegex().IsMatch(right)))
            {
                start = joint.Index + joint.Length + ContrastLeadRegex().Match(right).Length;
                continue;
            }

            // "Earl has offered to help on Saturday, so let us set the gutter cleaning for Saturday", "…, so you may mark it done",
            // "I keep forgetting, so remind me to take my tablets": a request that follows from the story before it.
            var consequence = joint.Value.Contains(',', StringComparison.Ordinal) && ConsequenceRegex().Match(right) is { Success: true } so
                && IsCourteousRequest(right[so.Length..]);
            if (consequence)
            {
                yield return left.Trim();
                start = joint.Index + joint.Length;
                continue;
            }

            // "delete the first, and the second's done": a report that another task is done is a request of its own.
            var doneAfterCommand = LeftIsCommand(left) && DoneReportRegex().IsMatch(right);
            // "add ring the marae p1, and I changed the smoke alarm batteries": a deed the writer reports after a request is a request
            // of its own (the report completes its task), never more words of the first.
            doneAfterCommand |= LeftIsCommand(left) && AndRegex().IsMatch(joint.Value) && joint.Value.Contains(',', StringComparison.Ordinal)
                && FirstPersonRegex().IsMatch(right) && IntentPatterns.MatchPastTense(right.Trim()) is not null;
            // "rent done and push the foot spa clean to tomorrow", "X is done and please move Y": the report, then a request of its own.
            // "put the tax papers on high priority": "put" is no command word alone (it is also a past), but with a level it is.
            var commandRight = StartsWithCommand(right) || ExplicitCommandRegex().IsMatch(right);
            // "rang the Hausmeister and put the Bewerbung on low priority", "Rang the council, make X high priority": after a
            // report said with an irregular past.
            afterStatement |= (AndRegex().IsMatch(joint.Value) || joint.Value.Contains(',', StringComparison.Ordinal)) && ExplicitCommandRegex().IsMatch(right) && IntentPatterns.MatchPastTense(left.Trim()) is not null;
            var commandAfterDone = AndRegex().IsMatch(joint.Value) && ReportedDoneRegex().IsMatch(left) && commandRight;
            var dash = DashOrEmojiRegex().IsMatch(joint.Value);
            // "dentist move to friday and delete the NHI one", "Tamsui rent p3 and expo slides to friday", "lychee promo put back and
            // Cathay doctor done" (topic first, Mandarin-shaped): a task named and then its edit is a request of its own, so "and"
            // starts another one when the right side is a command, a done report or another such request.
            var topicRequests = AndRegex().IsMatch(joint.Value) && TopicRequestRegex().IsMatch(left)
                && (commandRight || ReportedDoneRegex().IsMatch(right) || TopicRequestRegex().IsMatch(right));
            // "remove tractor inspection and feed order make p1": after a request that is no add, "and" and a topic-first edit start
            // another (read as one, both tasks were deleted).
            topicRequests |= AndRegex().IsMatch(joint.Value) && LeftIsCommand(left) && !AddParser.TryStripCommand(left.Trim(), out _)
                && TopicRequestRegex().IsMatch(right) && !PositionEndRegex().IsMatch(left) && !OrdinalStartRegex().IsMatch(right);
            // "delete wifi task, Mali vet move to saturday": after a request, a comma and a topic-first edit start another (after an
            // add, "i need to buy a kettle, no hurry so low priority" is the new task's own level).
            // "the first one I did, the third one delete": after a report said as an idiom too ("number 2 finished already, number 3
            // delete, mother feel better": the edit may have a remark after it).
            topicRequests |= joint.Value.Contains(',', StringComparison.Ordinal) && (LeftIsCommand(left) || ActionLexicon.IsRequest(left.Trim()) || ReportedDoneRegex().IsMatch(left)) && !AddParser.TryStripCommand(left.Trim(), out _)
                && (TopicRequestRegex().IsMatch(right) || TopicRequestRegex().IsMatch(right.Split(',')[0]));
            // "add the flower rota on saturday and take the date off the boiler service": a field taken off a task is never more
            // words of a new task's title.
            var fieldRemovalRight = AndRegex().IsMatch(joint.Value) && ActionLexicon.IsFieldRemoval(right.Trim());
            if ((commandRight && (LeftIsCommand(left) || afterStatement || dash || PositionDoneRegex().IsMatch(left))) || PronounCommandRegex().IsMatch(right) || idiomAfterStatement || reportAfterStatement || doneAfterCommand || commandAfterDone || requestThenMore || topicRequests || fieldRemovalRight || reportAndRequest)
            {
                yield return left.Trim();
                start = joint.Index + joint.Length;
            }
        }

        yield return segment[start..].Trim();
    }

    [GeneratedRegex(@"^\s+(?:please|pls|plz)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex PleaseJointRegex();

    [GeneratedRegex(@"^\s*(?:(?:so|then|pls|please|kindly|just)\s+)*[\p{L}-]+(?:\s+(?:off|as))?\s+(?:it|that|this|them)\b", RegexOptions.IgnoreCase)]
    private static partial Regex VerbOnPronounRegex();

    // "postpone a week pls", "push by 3 days": a move by a span with no task of its own.
    [GeneratedRegex(@"^\s*(?:(?:please|pls|plz|just)\s+)*(?:postpone|delay|push(?:\s+back)?|put\s+off|move\s+back)(?:\s+(?:it|that|this))?\s+(?:by\s+)?(?:a|an|one|two|three|four|five|six|seven|\d+)\s+(?:days?|weeks?|fortnight|months?)(?:\s+(?:please|pls|plz))?\s*[.!]*$", RegexOptions.IgnoreCase)]
    private static partial Regex ObjectlessSpanMoveRegex();

    [GeneratedRegex(@"^\s*(?:(?:and|then|also)\s+)?(?:please|pls|plz|kindly|would\s+you|could\s+you|can\s+you)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PleaseRequestRegex();

    [GeneratedRegex(@"^\s*(?:so\s+|just\s+)?(?:please\s+)?(?:(?:can|could|would)\s+(?:you|u)\s+)?(?:please\s+)?(?:tick|check|cross|mark|delete|remove|drop|reopen|uncheck|untick|unmark|complete|finish|close|move|push|postpone|rename|tag|bin|scrap|ditch|nuke|cancel|trash|erase|restore|undo|lower|raise|(?:take|get)\s+(?:the\s+|its\s+)?(?:due\s+)?(?:date|deadline)\s+off|(?:remove|clear|drop)\s+(?:the\s+|its\s+)?(?:due\s+)?(?:date|deadline)\s+(?:from|on))(?:\s+(?:off|back))?\s+(?:it|that|this|them|that\s+(?:one|task)|this\s+(?:one|task))\b", RegexOptions.IgnoreCase)]
    private static partial Regex PronounCommandRegex();

    [GeneratedRegex(@"^\s*(?:(?:so|then|pls|please|kindly|just)\s+)*(?:reopen|re-open|uncheck|untick|unmark|undo|delete|remove|drop|bin|scrap|cancel|complete|tick(?:\s+off)?|check\s+off|mark\s+(?:it\s+|that\s+)?(?:as\s+)?(?:not\s+done|undone|incomplete|open|unfinished|done|complete|finished|finish)|forget(?:\s+about)?\s+(?:it|that|this|them)|get\s+rid\s+of\s+(?:it|that|this|them)|(?:bring|put)(?:\s+(?:it|that|this))?\s+back(?:\s+(?:to|on|onto)\s+(?:the\s+|my\s+)?(?:todo|to-do|list|pending|open))?|(?:remove|delete|erase|drop)(?:\s+(?:it|this|that))?\s+(?:from|off)\s+(?:the\s+|my\s+)?(?:todo\s+|to-do\s+)?list)(?:\s+(?:it|that|this|that\s+one|this\s+one|them|again|pls|please|too|off))*[\s.!✅✔👍]*$", RegexOptions.IgnoreCase)]
    private static partial Regex ObjectlessRequestRegex();

    [GeneratedRegex(@"^\s*(?:(?:pls|please|kindly|just)\s+)*(?:remove|clear|strip|delete|drop)\s+(?:all\s+)?(?:of\s+)?(?:the\s+|its\s+|their\s+)?(?:tags|labels)(?:\s+(?:pls|please|too))?\s*[.!]*$", RegexOptions.IgnoreCase)]
    private static partial Regex ObjectlessTagsClearRegex();

    // "staff meeting prep — change time to 17:45", "rent - set the date to friday": a field of the task named before the dash.
    [GeneratedRegex(@"^\s*(?:(?:please|pls|plz|just|so)\s+)*(?:change|set|move|make|update|put)\s+(?:the\s+)?(?:time|date|due\s+date|due\s+time|deadline|day|priority|prio)\s+(?:to\s+)?\S", RegexOptions.IgnoreCase)]
    private static partial Regex FieldChangeRegex();

    [GeneratedRegex(@"(?:#|\b)\d{1,2}\s*$")]
    private static partial Regex PositionEndRegex();

    [GeneratedRegex(@"^\s*(?:#|no\.?\s*|number\s+)?\d{1,2}(?:\s*(?:,|and|&)\s*(?:#|no\.?\s*|number\s+)?\d{1,2})*(?:\s+(?:too|as\s+well|please|pls))?\s*[.!]*$", RegexOptions.IgnoreCase)]
    private static partial Regex PositionListRegex();

    // A task's name before a dash: one to six words, no sentence punctuation.
    [GeneratedRegex(@"^\s*[\w'’#-]+(?:\s+[\w'’#-]+){0,5}\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ShortNameRegex();

    [GeneratedRegex(@"^\s*(?:please\s+)?(?<verb>move|push|shift|bump|postpone|reschedule|put\s+off|bring\s+forward)\s+\S.*?\s(?:to|till|until)\s+\S", RegexOptions.IgnoreCase)]
    private static partial Regex GappedMoveLeftRegex();

    // A task's name (one to six words) and the one date or level it goes to, the whole clause ("bump it to medium" names no task).
    private const string ValuePair = @"(?!(?:\S+\s+)?(?:it|that|this|them|these|those|both)\s+(?:to|till|until)\b)(?:the\s+|my\s+|our\s+)?[\w'’#-]+(?:\s+[\w'’#-]+){0,5}?\s+(?:to|till|until)\s+(?:(?:today|tonight|tomorrow|(?:the\s+)?day\s+after\s+tomorrow|next\s+\w+|this\s+\w+|(?:mon|tue|wed|thu|fri|sat|sun)\w*|\d[\w:.]*|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*(?:\s+\d+\w*)?)|(?:high|medium|low|top|urgent|p[1-4])(?:\s+prio(?:rity)?)?)(?:\s+(?:please|pls|plz))?[\s.!]*$";

    [GeneratedRegex(@"^\s*(?:please\s+)?(?:(?<verb>move|push|shift|bump|postpone|reschedule|put\s+off|bring\s+forward|set|change|switch)\s+)?" + ValuePair, RegexOptions.IgnoreCase)]
    private static partial Regex ValuePairLeftRegex();

    [GeneratedRegex(@"^\s*" + ValuePair, RegexOptions.IgnoreCase)]
    private static partial Regex ValuePairRightRegex();

    [GeneratedRegex(@"^\s*(?:the|my|our)\s+[\w'’ -]+?\s+(?:to|till|until)\s+(?:today|tonight|tomorrow|next\s+\w+|this\s+\w+|(?:mon|tue|wed|thu|fri|sat|sun)\w*|\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*)\b[^,;]*$", RegexOptions.IgnoreCase)]
    private static partial Regex GappedMoveRightRegex();

    // "delete the first, and the second's done", "reopen X and Mama's eye appointment is done" (a possessive in the name), "…, and
    // durian buy done already" (no copula before "done already").
    [GeneratedRegex(@"^\s*(?:the\s+|my\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,3}?(?:['’]s|\s+is|\s+are|\s+was|\s+were|(?=\s+(?:done|finished|completed|complete)\s+already\b))\s+(?:all\s+|now\s+|already\s+)?(?:done|finished|complete|completed|sorted|bought|paid|booked|ordered|fixed)(?:\s+(?:already|now|too|as\s+well))?[\s.!]*$", RegexOptions.IgnoreCase)]
    private static partial Regex DoneReportRegex();

    // A task named first (no pronoun subject, no command word), then its edit: a move to a day, "put back", a bare level.
    [GeneratedRegex(@"^\s*(?!(?:i|we|you|he|she|they|it|add|please|pls|can|could|remind|need|must|buy|get|go|call)\b)[\p{L}\d'’#-]+(?:\s+[\p{L}\d'’#-]+){0,4}?\s+(?:(?:move|push|shift|bump|change|reschedule)\s+(?:it\s+)?(?:to|till|until)\s+[^,;]+|put\s+back|(?<!\b(?:is|are|was|were|be|been|being|got|get|gets|has|have|had)\s+)(?:delete|remove|drop|cancel|trash|bin|scrap|tick(?:\s+off)?|reopen)|p[1-3]|(?:high|medium|low)\s+priority|to\s+(?:today|tomorrow|tmr|next\s+\w+|(?:this\s+)?(?:mon|tues|tue|wednes|wed|thurs|thu|fri|satur|sat|sun)(?:day)?))\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex TopicRequestRegex();

    // "rent done", "property tax is done": a task reported done, with or without "is", no verb of its own before it.
    [GeneratedRegex(@"^\s*(?:the\s+|my\s+)?(?!(?:mark|tick|check|get|got|have|has|make|set|put)\b)[\w'’-]+(?:\s+(?!(?:as|and|or)\b)[\w'’-]+){0,3}?(?:['’]s|\s+is|\s+are|\s+was|\s+were)?\s+(?:all\s+|now\s+|already\s+)?(?:done|finished|complete|completed|sorted|paid|written|signed|sent|ordered|booked|bought|fixed|cleaned|delivered)(?:\s+(?:already|now|too|as\s+well))?[\s.!\p{So}\p{Cs}\p{Mn}]*$", RegexOptions.IgnoreCase)]
    private static partial Regex ReportedDoneRegex();

    // "1 and 2 done, delete 3", "#4 finished - move 5 to friday": a short done report is a request of its own.
    [GeneratedRegex(@"^\s*(?:#|no\.?\s*|number\s+)?\d+(?:\s*(?:,|and|&)\s*(?:#|no\.?\s*|number\s+)?\d+)*\s+(?:(?:is|are)\s+)?(?:all\s+)?(?:done|finished|complete|completed|sorted)(?:\s+(?:already|now))?[\s.!✅✔👍]*$", RegexOptions.IgnoreCase)]
    private static partial Regex PositionDoneRegex();

    [GeneratedRegex(@"^\s*(?:i|we)(?:'ve|\s+have)?\s", RegexOptions.IgnoreCase)]
    private static partial Regex FirstPersonRegex();

    [GeneratedRegex(@"\band\b", RegexOptions.IgnoreCase)]
    private static partial Regex AndRegex();

    [GeneratedRegex(@"\b(?:is|are|was|were|isn't|aren't|wasn't|weren't|can't|cannot|won't|don't|doesn't|didn't|got|has|have|had|came|went|left|broke|sent|paid|bought|took|gave|said|told|found|lost|fell)\b|\w(?:'s|’s)\b|\b[a-z]{2,}ed\b", RegexOptions.IgnoreCase)]
    private static partial Regex StatementRegex();


    [GeneratedRegex(@"^\s*(?:please\s+)?(?:add|create|new\s+(?:task|todo|to-do)|remind\s+me)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AddLeadRegex();

    // "need to buy new display ice trays, tag stall", "I have to call the vet tomorrow, p2": an intention said as a new task.
    [GeneratedRegex(@"^\s*(?:(?:i|we)\s+)?(?:really\s+|still\s+|also\s+)?(?:need|have|must|got|gotta)\s+(?:to\s+)?(?!(?:be|get|go|do|have|check|know|see|think|say|tell|talk)\b)\p{L}", RegexOptions.IgnoreCase)]
    private static partial Regex IntentionLeadRegex();

    [GeneratedRegex(@"^\s*\S.*?\s(?:reopen|uncheck|untick)\s*$|^\s*(?:\S.*?\s[—–:-]\s*)?(?:please\s+|pls\s+)?(?:mark(?:ed)?\s+(?:it\s+)?(?:as\s+)?(?:not\s+)?(?:done|finished|complete|completed|undone|pending|open)|(?:not\s+|now\s+|all\s+)?done(?:\s+(?:now|yet))?|finished|completed|complete|un-?check(?:ed)?|un-?tick(?:ed)?|reopen(?:ed)?|undone|delete|remove|cancel(?:led)?|scratch|drop|tick(?:ed)?(?:\s+off)?|check(?:ed)?\s+off)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex VerbLastRequestRegex();

    // A clause that tells something (a verb of state, a time relation, something missing or gone wrong: "payment failed", "I paid
    // wrong amount", "only half field finished") and asks for nothing.
    [GeneratedRegex(Partly + @".*|^(?!.*\b(?:add|delete|remove|move|change|make|mark|tick|reopen|uncheck|untick|done|finished|set|put|push|show|list|rename|tag|and|too|also|as\s+well)\b).*\b(?:is|are|was|were|has|have|had|wants?|needs?|missing|still|before|after|because|since|already|yet|not|no|never|got|came|arrived|left|forgot|lost|mind|anymore|instead|will|won['’]?t|can['’]?t|cannot|didn['’]?t|don['’]?t|doesn['’]?t|failed|wrong|bounced|broke|broken|rejected|declined|returned|mistake)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ReasonClauseRegex();

    // "only half field finished": a task partly done, the reason to reopen it, not a report that another one is done.
    private const string Partly = @"^\s*(?:only|just)\s+(?:half|part|some)\b";

    [GeneratedRegex(Partly, RegexOptions.IgnoreCase)]
    private static partial Regex PartlyRegex();

    // "and second ones to tomorrow", "and 3 high priority": more objects of the request before the "and", not a topic of their own.
    [GeneratedRegex(@"^\s*(?:the\s+)?(?:#?\d+|first|second|third|fourth|fifth|last|other|both)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OrdinalStartRegex();

    [GeneratedRegex(@"[—–-]|[\u2600-\u27BF]|[\uD83C-\uD83E]|\b(?:so|pls|please|plz|lol|lmao|rofl|haha\w*|hehe\w*|ngl|tbh)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DashOrEmojiRegex();

    // A remark about the situation, not a request: "it's meant to rain", "I only did half", "Jo's lending us hers", "keep the other tag".
    [GeneratedRegex(@"^\s*(?:(?i:oops|whoops|woops|ugh|argh|nvm|never\s*mind|ah|oh|hmm|heck|gosh|golly|crikey|blimey|jeez|geez)[\s,!.]+)*(?:(?i:(?:i\s+)?(?:ticked|checked|marked|crossed)(?:\s+off)?\s+the\s+wrong\s+(?:one|thing|task)|the\s+\w+\s+(?:sold\s+out|got\s+cancell?ed|was\s+cancell?ed|fell\s+through|bounced|broke|failed|didn't\s+work)|what\s+a\b|phew|yay|thank\s+god|so\s+glad|it'?s|it\s+is|it\s+was|i\s+(?:only|just|already|still|think|guess|mean|forgot|didn't|did)|(?:i|we)\s+(?:made|make|did)\s+(?:a\s+)?(?:mistake|error|typo)|my\s+(?:bad|mistake)|(?:he|she|they|it|we|i)\s+(?:never|didn't|did\s+not|hasn't|haven't|won't|can't|couldn't)\b|forgot\s+to|(?:it|that|this|they|the\s+\w+)\s+(?:got|was|were|has\s+been|['’]s\s+been)\s+(?!(?:complet|finish|tick|check|mark)\w*)\w+(?:ed|en)\b|(?:the\s+)?(?:weather|forecast|rain|snow|wind)(?:['’]s|\s+is|\s+has)?\s+\w+|\p{L}+\s+(?:said|says)\b|\p{L}+\s+(?:told|asked|wants|needs)\s+(?:me|us|i|we|that|to|it|them)\b|(?i:still\s+(?!(?:need|needs|needed|to|have|has|got|pending|open|outstanding|not|undone|unfinished|incomplete)\b)\w+)|(?:we|i)\s+(?:got|found|bought|decided|have|changed|went\s+with|sorted|lost|sent|gave|broke|forgot|missed|dropped|deleted|spilled|messed\s+up)|(?:got|bought|picked\s+up|found|collected)\s+(?:it|them)\b|(?:the|my|our)\s+[\p{L}'-]+(?:\s+[\p{L}'-]+)?\s+(?:sent|gave|lost|asked|wants|needs|added|changed|called|emailed|cancell?ed|didn't|did\s+not|never)\b|i'?m|we'?re|they(?:'re|\s+said|\s+say)?|he'?s|she'?s|that'?s|there'?s|because|cos|coz|cause|since|bc|as\s+(?:it|i|we|they)|keep\s+the\s+(?:other|rest)|leave\s+the\s+(?:other|rest))|(?:[A-Z][a-z]+|(?i:my)\s+\w+)'s\s+\w+ing)\b")]
    private static partial Regex RemarkRegex();

    // "talked to the windmill man and put the tax papers on high priority": a level put on a task is a request too ("put"
    // is also a past tense, so only with its level).
    // "put the tax papers on high priority", "put Kyle's training on high priority", "make Kyle's training high priority": with a
    // level these are commands, though "put" and "make" alone also begin titles and pasts.
    [GeneratedRegex(@"^\s*(?:add|delete|remove|mark|untick|uncheck|reopen|tick\s+off|check\s+off|move|postpone|rename)\b|^\s*(?:put|set)\s+(?:(?:the|my|it|that|this)\b|[\w-]+['’]s\s)[^,;.!?]{0,60}?\s+on\s+(?:high|medium|low|top|p[1-4])\b|^\s*(?:(?:please|pls|kindly)\s+)?make\s+(?:(?:the|my|that|this)\b|[\w-]+['’]s\s|(?!(?:sure|it|them|a|an|me|us|him|her|time|room|dinner|lunch|breakfast)\b)[\w-]+\s)[^,;.!?]{0,60}?\s+(?:high|medium|low|top|p[1-4])(?:\s+(?:priority|prio))?\s*[.!]*\s*$|^\s*(?:bump|raise|lower|drop)\s+[^,;.!?]{1,60}?\s+to\s+(?:high|medium|low|top|p[1-4])(?:\s+(?:priority|prio))?\s*[.!]*\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ExplicitCommandRegex();

    // "the sticker's nearly run out", "a couple were limping when I moved them", "Wendy at the butcher's is keeping one
    // aside": a subject with a verb in progress or just happened is a remark after the request, never an item of its own.
    [GeneratedRegex(@"^\s*(?!(?:but|and|so|yet|or|because|cos|though|although|then|anyway|well)\b)(?:(?:a|the|my|our|his|her|their|this|that)\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,3}?(?:\s+(?:is|are|was|were)\s+(?!going\b)\p{L}{2,}ing\b|['’]s\s+(?:nearly|almost|just|already|finally)\s+(?:run|gone|been|\p{L}+ed)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex StoryStatementRegex();

    // "the forecast is awful", "the weather looks bad": a situation, not a report that a task is done (no participle).
    [GeneratedRegex(@"^\s*(?:the|a|my|our|this|that)\s+\w+(?:\s+\w+)?\s+(?:is|are|was|were|looks?|seems?|sounds?)\s+(?!\w+ed\b)(?!(?:done|finished|over|sorted|gone)\b)\w+", RegexOptions.IgnoreCase)]
    private static partial Regex SituationRegex();

    // A situation said without "is" or an auxiliary, as many people write it: "radio say frost a come", "we nearly out",
    // "his mum getting him today", "the company doing it", "class got extended", "Jayden no time", "knee injured",
    // "no hurry with them", "got mtgs whole afternoon" (Hong Kong English "there are"). A bare noun subject needs a verb
    // that cannot be a task's own word ("say", "got …ed", "no <noun>", a state like "injured"); an "-ing" verb needs a
    // pronoun or determiner subject and words after it, so "dog walking tomorrow" stays an item.
    // "they say 18:30" (only a clock time after the verb) is the new value of an edit, not a remark.
    // "out of station these days", "busy this week", "I am travelling till friday": the writer's own state, said without a verb.
    // "boiler problem again", "wifi issues": a trouble named, the reason for the request after it.
    [GeneratedRegex(@"^\s*(?:(?:(?:the|my|our)\s+)?[\p{L}'-]+(?:\s+[\p{L}'-]+)?\s+(?:problem|problems|issue|issues|trouble)(?:\s+again)?\s*$|(?:we|they|he|she|i|you)\s+(?:(?:nearly|almost|not|never|already|still|just|now|all)\s+)*(?:out|off|away|back|late|gone|busy|sick|ill|here|there)|(?:(?:i['’]?m|i\s+am|am|been|we['’]re|we\s+are)\s+)?(?:so\s+|very\s+|super\s+|really\s+|too\s+)?(?:busy|swamped|slammed|snowed\s+under|travell?ing|out\s+of\s+(?:station|town|office|the\s+country)|on\s+(?:leave|holiday|vacation|tour))(?=\s+(?:these\s+days|this\s+week|today|tonight|tomorrow|lately|right\s+now|all\s+week|till|until)\b|\s*(?:[,.!]|$))|(?:(?:we|they|he|she|it|i|you)|(?:the|my|his|her|our|their|your|a)\s+[\p{L}'-]+(?:\s+[\p{L}'-]+)?)\s+(?:(?:nearly|almost|not|never|already|still|just|now|all)\s+)*(?:(?!(?:thing|morning|evening|meeting|ring|king|spring|string|ceiling|building|wedding|painting|clothing|nothing|something|anything|everything|during)\b)\p{L}{2,}ing\s+\S|no\s+(?:time|money|space|room|longer|more|hurry|rush)|(?:say|says|said)(?!\s+(?:at\s+)?\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)?\s*[.!]*$)|got\s+\p{L}+ed)|[\p{L}'-]+(?:\s+[\p{L}'-]+)?\s+(?:(?:nearly|almost|not|never|already|still|just|now)\s+)*(?:(?:say|says|said)(?!\s+(?:at\s+)?\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)?\s*[.!]*$)|rang|phoned|called|emailed|texted|messaged|wrote|got\s+\p{L}+ed|no\s+(?:time|money|space|room|longer|more)|injured|hurt|broken|broke|sick|ill|closed|extended|delayed|flooded|frozen|off\s+sick)|[\p{L}'-]+(?:\s+[\p{L}'-]+)?\s+(?:nearly|almost)\s+(?:empty|full|out|gone|finished|over|dead|broken)|no\s+(?:hurry|rush|stress|worries|biggie|pressure|hay\s+prisa)|got\s+(?:\d+\s+|so\s+many\s+|many\s+|lots\s+of\s+)?\p{L}+s\s+(?:whole|all|the\s+whole)\s+\p{L}+)\b", RegexOptions.IgnoreCase)]
    private static partial Regex BareSituationRegex();

    // After a request only (before one, the same words name the task "it" means: "bike tyres are still flat, uncheck that"):
    // a state ("fridge is empty", "post office server was down", "sales was good", "the old one mash up"), a risk ("customer
    // coulda get cut"), people waiting ("customers complaining"), who someone is ("he is my uncle"), a fault ("the brakes make
    // noise", "the tap drips") or a consequence ("otherwise I get a boete") says why, and so does how it got done ("mark the
    // birdseed off, got a sack at Tractor Supply"); it is never an item of its own.
    [GeneratedRegex(@"^\s*(?:[\p{L}'-]+(?:\s+[\p{L}'-]+){0,2}\s+(?:is|are|was|were)\s+(?:(?:completely|totally|almost|nearly|still|all|really|so)\s+)?(?:empty|broken|dead|flat|leaking|dirty|kaput|stuck|bare|low|down|offline|closed|shut|crashed|unavailable|out\s+of\s+stock|not\s+working|good|great|bad|slow|quiet)|(?:the\s+)?(?:old|other)\s+one\s+(?:(?:is|was|got)\s+)?(?:broke|broken|mash(?:ed)?\s+up|dead|kaput|cracked)|(?:the\s+|a\s+)?[\p{L}'-]+\s+(?:could|coulda|might|may)\s+(?:get|be)\s+(?:hurt|cut|injured|burn(?:ed|t)?|sick)|(?:the\s+|my\s+)?(?:customers?|clients?|people|boss|neighbou?rs?|guests|patients|kids)\s+(?:(?:are|is|keep|keeps)\s+)?(?:complaining|asking|waiting|moaning)(?:\s+about\s+it)?\s*$|(?:he|she|they)\s+(?:is|['’]s|are|['’]re|was|were)\s+(?:my|our)\s+\p{L}+(?:[\s-]+\p{L}+)?\s*$|(?:the|my|our|his|her|their)\s+[\p{L}'-]+(?:\s+[\p{L}'-]+)?\s+(?:(?:still|keep|keeps|always)\s+)?(?:make|makes|making)\s+(?:(?:a|that|weird|strange|funny|odd|loud|awful)\s+){0,2}(?:noise|noises|sound|sounds)|(?:the|my|our|his|her|their)\s+[\p{L}'-]+(?:\s+[\p{L}'-]+)?\s+(?:(?:still|keep|keeps|always)\s+)?(?:squeak|squeaks|squeal|squeals|rattle|rattles|leak|leaks|drip|drips|smell|smells|stink|stinks|won['’]t\s+start|doesn['’]t\s+work|don['’]t\s+work)|(?:otherwise|or\s+else)\s+(?:i|we|he|she|they|you|it|the)|(?:i\s+|we\s+)?(?:got|bought|picked\s+up|found)\s+(?:a|an|some|one|two|three|\d+)\s+[\p{L}'-]+(?:\s+(?:at|from|in)\s+.+)?$)\b", RegexOptions.IgnoreCase)]
    private static partial Regex WhyAfterRequestRegex();

    // "trash the babysitting thing, mom cancelled", "delete the match, the club called it off": after a request, a plan
    // called off by someone says why (though "cancelled" alone can be a request, "the gig is cancelled").
    [GeneratedRegex(@"^\s*(?:(?:the|my|our|his|her|their)\s+)?[\p{L}'-]+\s+(?:cancell?ed(?:\s+(?:it|on\s+me|on\s+us))?|called\s+(?:it\s+)?off|postponed\s+it|said\s+no)\s*[.!]*$", RegexOptions.IgnoreCase)]
    private static partial Regex CalledOffByRegex();

    // "reopen the rent, landlord want it again", "reopen parcel, post office lose it", "reopen the review, guest write again": after a
    // request, someone doing something to "it" (or again) says why, in any verb form; it names no task of its own.
    [GeneratedRegex(@"^\s*(?:(?:the|my|our|his|her|their|a|an)\s+)?(?!(?:it|that|this|them|i|we|you|u|he|she|they|and|but|so|then|also|please|pls|kindly|just|now|can|could|would|will|shall|should|may|might|must|do|don['’]?t|let|let['’]?s|lets)\b)\p{L}[\p{L}'’-]*(?:\s+(?!(?:you|u|i|we|they|he|she|it)\b)\p{L}[\p{L}'’-]*)?\s+(?!(?:it|them|is|are|to|and|or|the|a)\b)\p{L}[\p{L}'’]*\s+(?:it|them|again)\b[^,;]*$", RegexOptions.IgnoreCase)]
    private static partial Regex SomeoneDidItRegex();

    [GeneratedRegex(@"^\s*(?:anyway|anyways)[\s,]+(?:i|we)\s+(?:(?:really|still|also|just)\s+)*(?:need|have|must|got|gotta)(?:\s+to)?\s+\p{L}", RegexOptions.IgnoreCase)]
    private static partial Regex AnywayIntentionRegex();

    [GeneratedRegex(@"^\s*(?:but|anyway|anyways)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ContrastLeadRegex();

    // Words that make a statement a request about a task ("the gym is due friday", "the report is done").
    [GeneratedRegex(@"\b(?:due|priority|urgent|important|done|finished|complete|completed|cancell?ed|needed|tag(?:ged)?|repeat\w*|remind\w*|deadline|moved|postponed|rescheduled)\b|\?", RegexOptions.IgnoreCase)]
    private static partial Regex RequestWordRegex();

    public static bool StartsWithCommand(string text) => RightCommandRegex().IsMatch(text);

    // "uncheck, payment failed" → "uncheck": a verb-last request with its reason after a comma (the reason is dropped later).
    private static string WithoutReason(string text) =>
        text.IndexOf(',', StringComparison.Ordinal) is var comma and > 0 && VerbLastRequestRegex().IsMatch(text[..comma])
            && ReasonClauseRegex().IsMatch(text[(comma + 1)..]) && !text.Contains('?', StringComparison.Ordinal)
            ? text[..comma]
            : text;

    private static bool IsCourteousRequest(string text)
    {
        var core = IntentPatterns.StripFillers(text.Trim()).Trim();
        return StartsWithCommand(core) || ActionLexicon.IsRequest(core);
    }

    [GeneratedRegex(@"^(?:and\s+)?so\s+(?=(?:please|kindly|would|could|can|will|you|let|let's|i|we|remind|add|put|pop|jot|pencil|mark|tick|delete|remove|move|push|postpone|reopen|untick|uncheck)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex ConsequenceRegex();

    private static bool LeftIsCommand(string text) => LeftCommandRegex().IsMatch(text);

    // A subject, then a deed denied: "i didn't pay …", "we never sent …", "the instructors didn't get paid".
    [GeneratedRegex(@"^\s*(?:(?:oops|whoops|woops|ugh|argh|nvm|wait|hmm+|ah|oh|eish|nee)[\s,!.]+)*(?:i|we|(?:the|my|our)\s+[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?)\s+(?:never|didn['’]?t|did\s+not|haven['’]?t|have\s+not|hasn['’]?t|has\s+not|wasn['’]?t|weren['’]?t)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DeniedDeedRegex();

    /// <summary>"still not done", "not finished yet", "still open": the state said with no task of its own.</summary>
    public static bool IsBareNotDone(string text) => BareNotDoneRegex().IsMatch(text);

    [GeneratedRegex(@"^\s*(?:(?:it['’]?s|it\s+is)\s+)?(?:still\s+)?not\s+(?:done|finished|complete|completed)(?:\s+yet)?\W*$|^\s*still\s+(?:pending|open|undone|unfinished)\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex BareNotDoneRegex();

    // "uncheck the oil change, shop never did it": after a request, someone's deed denied is the reason for it.
    [GeneratedRegex(@"^\s*(?:(?:the|my|our|a)\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?\s+(?:never|didn['’]t|did\s+not|hasn['’]t|has\s+not|haven['’]t|wasn['’]t)\s+(?:actually\s+|even\s+)?(?:did|do|done|came|come|showed|turned|fixed|finished|sent|delivered|called|rang|replied|answered|went|happened|worked|arrived|connect|connected|ring|pick\s+up|go\s+through)\b[^,;]*$", RegexOptions.IgnoreCase)]
    private static partial Regex NegatedDeedRegex();

    [GeneratedRegex(@"\s*;\s*(?:(?:and|then)\s+(?=\S))?|\s*,?\s*\b(?:and\s+)?(?<!\bgive\b[^,;.!?]{0,60})also\b(?![\s.!?]*$)\s*,?\s*|(?<!\b(?:incl|approx|etc|vs|mr|mrs|ms|dr|st|no|e\.g|i\.e|prof|rev|fr|sr|jr|capt|col|gen|sgt|lt|hon|mt)\.)(?<=[.!?])\s+(?=[A-Za-z\p{IsCyrillic}])|\s*,?\s*\band\s+then\b\s*,?\s*|\s*,\s*then\s+", RegexOptions.IgnoreCase)]
    private static partial Regex HardSplitRegex();

    [GeneratedRegex(@"\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*|\s+plus\s+|\s+[—–-]\s+|\s+(?:so|pls|please|plz)\s+|\s+(?:lol|lmao|rofl|haha\w*|hehe\w*|ngl|tbh)[\s,!.]+|\s+(?=(?:bc|b/c|cuz|because)\s+(?:i|im|i['’]m|we|my|mom|mum|dad|the|it|its|it['’]s|there|they|he|she|you)\b)|\s*(?:[\u2600-\u27BF]|\uD83C[\uDF00-\uDFFF]|\uD83D[\uDC00-\uDEFF]|\uD83E[\uDD00-\uDFFF])+\s+", RegexOptions.IgnoreCase)]
    private static partial Regex SoftJointRegex();

    [GeneratedRegex(@"^\s*(?:(?:so|then|but|anyway|anyways)\s+)?(?:please\s+|kindly\s+)?(?:(?:can|could|would)\s+(?:you|u)\s+(?:please\s+)?)?(?:shift|delete|remove|drop|scratch|get\s+rid\s+of|scrap|ditch|nuke|untick|uncheck|trash|cancel|erase|mark|complete|check\s+off|tick\s+off|tick(?!\s+(?:box|boxes|the\s+box(?:es)?|it|them|that|this|those|these|both|off)\b)|reopen|uncheck|unmark|add|create|move|reschedule|postpone|push|delay|rename|change|set\s+(?:the|it|its|that|them|priority)|(?:clear|strip)\s+(?:its|their)\b|make\s+(?:it|that|them|this|both)|tag|untag|label|show|list|remind\s+me|prioriti[sz]e|put\s+(?:it|that)\s+(?:on|to|in)|(?:put|attach|leave|stick)\s+DTOKEN\d+|put\s+the\s+\S+\s+tag|make\s+(?:the|my)\s+\S+|make\s+(?:[\w'’-]+\s+){1,4}?(?:urgent|important|high|medium|low|top|p[1-4])\b|put\s+(?:the|my|it|that)\s+(?:[\w'’-]+\s+){0,3}?(?:for|to|on|till|until)\s+(?:today|tonight|tomorrow|mon|tue|wed|thu|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday|next|this|the\s+\d|\d))\b", RegexOptions.IgnoreCase)]
    // "delete the Edgars one and tick visit tata": a plain "tick" on a task's name completes (read inside the delete, it deleted
    // both); "tick it (off)" after a report stays with the report ("I bought the sumac already, tick it off").
    // "done with the laundry, and put the bathroom for tomorrow": "put X for/on a day" (Spanish "ponlo para") is a move. "…
    // and put note: bring the report card" (the note already a placeholder) puts a note on the task just named.
    private static partial Regex RightCommandRegex();

    [GeneratedRegex(@"^\s*(?:please\s+|ok(?:ay)?\s*,?\s+|so\s+|now\s+)?(?:delete|remove|drop|scratch|trash|cancel|erase|mark|complete|untick|uncheck|unmark|tick|check|nuke|bin|scrap|ditch|check\s+off|tick\s+off|reopen|uncheck|unmark|add|create|move|reschedule|postpone|push|delay|rename|change|set|make|tag|untag|label|show|list|remind\s+me|prioriti[sz]e|put|finished|done\s+with|done(?=\s+(?:the|my|our)\s)|i\s+(?:need|have|want)\s+to|new\s+task|schedule|forget|get\s+rid|lower|raise|bump|undo|restore|shift|update|take)\b", RegexOptions.IgnoreCase)]
    private static partial Regex LeftCommandRegex();
}
