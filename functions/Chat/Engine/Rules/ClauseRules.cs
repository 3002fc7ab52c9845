namespace TodoFunctions.Chat.Engine.Rules;

/// <summary>The order in which a clause is read. Earlier rules win; the comments say why each sits where it does.</summary>
internal static class ClauseRules
{
    public static readonly IClauseRule[] InOrder =
    [
        new MassDeleteRule(),        // "clear everything" must never fall through to a single delete
        new ListingRule(),           // questions and filter-only phrases ("p1 tasks") change nothing
        new OffTopicQuestionRule(),  // "do you know if it'll rain?" is neither a listing nor an add
        new NewsRemarkRule(),        // "… It has been postponed indefinitely.": news after a request that acted explains it
        new ImpossibleDateRule(),    // "add X on 2027-13-45": ask, never a title or a guessed date
        new BlankAddRule(),          // "make a new task for friday": when, but not what — ask, never move a task
        new SpecificEditRule(),      // "add a note to X", "remove the due date from X" look like add/delete
        new MissingValueRule(),      // "set the priority of X" with no level: ask
        new ReminderAtRule(),        // "remind me about the dentist at 5pm" when the dentist task exists
        new ExplicitAddRule(),       // "add get the car done": words in a new title are not commands
        new PriorityLabelAddRule(),  // "low prio: X": a label, then the new task
        new StatusAndDeleteRule(),   // reopen, delete, complete phrasings
        new GeneralEditRule(),       // move/postpone/make/set, "X is due …", "X is urgent now", loose rename
        new NeedsDoingRule(),        // "the worming tablets need buying": a new task; "the bins want doing tonight": a move
        new StillToDoRule(),         // "I still need to ring the supplier" about a ticked task: reopen, not a second copy
        new CommandAddRule(),        // "remind me to …", "I need to …", "put X on my list"
        new NotDoneReportRule(),     // "I haven't texted Julia yet", "the photos aren't backed up": reopen
        new ParticleStateRule(),     // "bins are out": the title's own particle ("Take the bins out") as a state
        new DoneReportRule(),        // "I paid the bill", "gas bill paid", "coat's picked up": complete
        new ImperativeAddRule(),     // "buy milk tomorrow"
        new RepeatingAddRule(),      // "standup every weekday at 9:30": no verb, but a repeat phrase
        new PronounEditRule(),       // "no, 7pm" / "it should be at 6pm" after a task was named
        new BareVerbRule(),          // "delete" alone: ask which task (or act on the one just named)
        new VagueChangeRule(),       // "change something": ask what
        new DatedNounAddRule(),      // "lunch w/ Priya tomorrow noon": a dated noun phrase naming no task
        new NotUnderstoodRule(),     // say so, but remember a named subject for a following "tick it off"
    ];
}
