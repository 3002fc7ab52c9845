using System.Text.RegularExpressions;

namespace TodoFunctions.Chat.Intents;

/// <summary>
/// The verbs and idioms people use for each action, kept as data so the whole vocabulary reads in one screen.
/// Each entry is a phrase shape with "X" for the task (or the new task's text) and "Y" for a new value;
/// a clause that matches a shape is rewritten to the canonical command the rules understand
/// ("take X off my list" → "delete X"). A leading "?" on the canonical form means: only when X names an existing task.
/// Shapes are tried top to bottom; the first that matches wins.
/// Shape syntax: words match literally (any case, any spacing); "a|b" is a choice of single words;
/// "Z" is words that carry nothing for the command (a contrast, "3pm not 11"; who did it, "by the organisers") and is dropped; "[word]" is optional (one token, a choice of single words, never a slot); "_" joins a phrase that is one choice ("dealt_with"); "LIST" is "my list", "the to-do list" and the like.
/// To add a phrasing: add one line here and a test in tests/Chat.Tests/ActionLexiconTests.cs.
/// </summary>
public static partial class ActionLexicon
{
    // The canonical commands that take a field off a task; IsFieldRemoval tells them from a delete of the task itself.
    private const string RemoveDue = "remove the due date from X";
    private const string RemovePriority = "remove the priority from X";
    private const string RemoveTags = "remove all tags from X";
    private static readonly string[] FieldRemovals = [RemoveDue, RemovePriority, RemoveTags];

    private static readonly (string Canonical, string Shape)[] Entries =
    [
        // delete
        // "take the dentist away from list" (Finnish "pois listalta"): before "take X from LIST", which would keep "away" in X.
        ("delete X", "take|get X away|out from|of LIST"),
        ("delete X", "take X off|from LIST"),
        ("delete X", "take X out of LIST"),
        // "delete #3 from that list", "remove the gym one from my list": the list named after the task adds nothing.
        ("delete X", "delete|remove|erase X off|from LIST"),
        // "take off list the Revolut thing", "cross off my list the gym": the list named before the task.
        ("delete X", "take|strike|cross off|from|out [from|of] [my|the|our] list|todos|to-do_list|todo_list X"),
        // "take away the parking fine, the council cancelled it": only for a task that exists ("take away the rubbish" adds).
        ("?delete X", "take_away X"),
        // "take off the roast duck one, ok?": "take off" before a task pointed at as "the … one" (not "take off the snow tyres";
        // "cross off the X one" completes).
        ("?delete X", "take_off X one|task|thing [ok|okay|please|lah|ah]"),
        // "Emily ballet no more, delete": topic first, the thing said finished with, then the bare verb.
        ("?delete X", "X no more|longer delete|remove|cancel|drop [it|please|ok|okay|lah|ah]"),
        // "white clothes bought for poya, you can strike that off": permission to strike it off (no list named) ticks it, like
        // "you can tick it off"; before the deletes below, which would take "X, you can" as the task.
        ("?complete X", "you can|could|may [now|go_ahead_and] strike|scratch X off [now]"),
        ("?complete X", "X you can|could|may [now|go_ahead_and] strike|scratch|cross it|that|this off [now]"),
        ("delete X", "strike|scratch X off|from [LIST]"),
        // "trash that first one off there", "yank the hay one outta my list": a verb of removal with the list (or "there") after it.
        ("delete X", "trash|bin|toss|chuck|ditch|scrap|nuke|remove|delete|drop|yank X off|outta|out_of|from LIST"),
        // "get the eye doctor one outta here" (Boston): only a task that exists is taken away ("get the kids outta here" is none).
        ("?delete X", "get|take|yank X outta|out_of here|there"),
        // "cross X off my list" takes it away; "cross the curling one off" (no list) ticks it, like "tick X off".
        ("delete X", "cross X off|from LIST"),
        ("delete X", "strike|scrap|ditch|nuke|axe|zap|bin X"),
        ("delete X", "erase|wipe|purge|nix X"),
        ("delete X", "i'm|we're|i_am|we_are|i'm_just|we're_just not doing|bothering_with|going_to_do|going_ahead_with X anymore|any_more|after_all"),
        ("?delete X", "kill|dump|toss|junk|cull|rub_out|rub_off X"),
        // "gas bill due date kindly remove", "the quiz tags remove": the task and then one of its fields named first, then the bare
        // verb — the field goes, never the task (before the bare verb-last delete below, which would delete it).
        (RemoveDue, "X due_date|deadline|due [kindly|please] delete|remove|clear|drop [it|please]"),
        // "regression suite - remove the deadline, no date needed": the task, a break, then the field taken off.
        (RemoveDue, "X SEP [please] delete|remove|clear|drop|take_off the|its due_date|deadline|date|due"),
        (RemovePriority, "X priority|prio [kindly|please] delete|remove|clear|drop [it|please]"),
        (RemoveTags, "X tags|labels [kindly|please] delete|remove|clear|drop [them|please]"),
        // "both hiking ones delete pls", "the dentist remove": the task named first, then the bare verb (Hong Kong, Singapore English).
        ("?delete X", "X delete|remove|cancel|scrap|bin|erase|drop [it|them|please|also]"),
        // "yoga trial, forget about it", "coffee cups task get rid of it", "Tigist shift swap remove from list" (Korean, Amharic word
        // order: the task first, the verb last): the removal said after the task, on "it" or from the list.
        ("?delete X", "X [please|just] forget [about] it|this|that|them [please]"),
        ("?delete X", "X [please|just] get rid of it|this|that|them [please]"),
        ("?delete X", "X [please|just] remove|delete|erase|drop|scrap|trash|bin|scratch [it|this|that|them] from|off LIST"),
        // "number 2 scratch pls", "#2 scratch": after a position only ("a cat scratch" names no task, "buy cat scratch" would).
        ("?delete X", "POSITION [please|pls] scratch|strike|trash|ditch|nuke [it|that|this] [please]"),
        // "NHI card one, scratch": "scratch" last only after a task pointed at as "… one" ("nobbut a scratch" is a remark).
        ("?delete X one", "X one scratch [it|please]"),
        // "groceries take off from list", "the gym pass cross out of my list": the task first, then the verb and its particle.
        ("?delete X", "X take|strike|cross|scratch off|out [from|of] [my|the] list|todos|to-do_list|todo_list [please|pls]"),
        ("delete X", "get rid of X"),
        // "get shot of #3", "get the kennels off the list" (British).
        ("delete X", "get shot of X"),
        // "get shut of the vat one" (Yorkshire: get rid of).
        ("delete X", "get|got shut of X"),
        ("delete X", "get X off|out_of LIST"),
        ("delete X", "do away with X"),
        ("?delete X", "throw X away|out"),
        ("?delete X", "throw away|out X"),
        // "speaker cable — throw away this task", "#2 please throw out", "the gym one, throw it away": the task named first, then
        // "throw away/out" (Russian-shaped English, "выбрось"); only a task that exists ("rubbish throw out" names none).
        ("?delete X", "X [please|pls|just] throw|chuck away|out [this|that|the] [task|one|thing|it] [please|pls]"),
        ("?delete X", "X [please|pls|just] throw|chuck it|this|that|them away|out [please|pls]"),
        ("delete X", "X [is|are|'s] no longer needed|necessary|happening|relevant|wanted|required"),
        ("delete X", "X isn't|aren't needed|necessary|happening [anymore]"),
        ("delete X", "X is|are not needed|necessary|happening [anymore]"),
        ("delete X", "X [got|was|were|has_been|have_been|is|are|'s|'s_been] cancelled|canceled|called_off|scrapped"),
        // "the gala got cancelled by the organisers": who called it off carries nothing for the list.
        ("delete X", "X [got|was|were|has_been|have_been|is|are|'s|'s_been] cancelled|canceled|called_off|scrapped by Z"),
        ("delete X", "no need for|to X [anymore]"),
        ("delete X", "no more|longer need|use for|to X [anymore]"),
        ("delete X", "[i|we] no longer need|want X"),
        ("delete X", "X can|should go in|into the bin|trash|rubbish"),
        ("delete X", "[i|we] don't|dont|do_not need X anymore|any_more"),
        ("delete X", "[i'm|we're|i_am|we_are] not doing|swapping|going_to|bothering_with X anymore|any_more"),
        ("delete X", "X can go"),
        // "the first one can go away", "the old quote may go now": the task allowed to go is taken off.
        ("?delete X", "X can|could|may go away [now|too|please]"),
        ("?delete X", "X can|could|may go now"),
        ("delete X", "never mind|nevermind X"),
        // "yeet the laundry task", "scrub the pint with Gwyn" (scrub also starts new tasks: "scrub the oven").
        ("delete X", "yeet|chuck_out X"),
        ("?delete X", "scrub|scratch X"),
        // "86 the truffle oil order" (kitchen and bar slang for "off the menu").
        ("?delete X", "86 X"),
        // "the webinar one, pls take it off my list": the task named, then "it" taken off.
        ("?delete X", "X take|strike|cross|scratch|get it|that|this|them off|from|out_of [LIST]"),
        // "take the gym one away from my list", "the dentist away from list", "car wash out from list" (a bare "X away" is not
        // taken: "the taxes are squared away" is done, "Mr Pritchard's away" a remark):
        // Finnish-shaped English ("pois listalta") — "away"/"out from" the list takes the task off (only a task that exists).
        ("?delete X", "X away|out from|of LIST [please|pls]"),
        ("?delete X", "take X away [from] [LIST]"),

        // complete
        ("?complete X", "knock|wrap|polish|tick|check|cross X off|out|up"),
        ("?complete X", "knock|wrap|polish off|out|up X"),
        // "knocked over number 3" (Australian: got it done).
        ("?complete X", "[i|we] [just|already|finally] knock|knocked over X"),
        ("complete X", "tick|check|cross off X"),
        ("complete X", "mark|marking X as|off [as] done|finished|complete|completed"),
        ("complete X", "X is|are|'s finish|finish_now|complete_now"),
        ("I finished X", "i|we [just|already|finally] knocked|wrapped|polished out|up|off X"),
        ("I finished X", "[i|we|i've|we've] [just|already|finally] [have] dealt_with|handled|sorted|nailed|smashed|crushed|completed|finished|done X"),
        ("I finished X", "i|we have|has|had [just|already|finally] finish|complete|do|done X"),
        ("I finished X", "[i|we|i've|we've] [just|already|finally] [have] got|gotten X done|sorted|finished"),
        ("complete X", "X [is|are|'s|has_been|have_been|'s_been|was|were|got|is_all|are_all|'s_all] dealt_with|sorted_out|taken_care_of|out_of_the_way|ticked_off|checked_off|crossed_off|sorted|handled"),
        ("complete X", "mark X as|off [as] done|finished|complete|completed"),
        ("complete X", "mark [as|off] done|finished|complete|completed X"),
        ("?complete X", "finish|close X"),
        // "resolve the dates task" (a bug tracker's word), "that last one, done and dusted".
        ("?complete X", "resolve X"),
        ("?complete X", "X [is|'s|are] done_and_dusted|all_done_and_dusted"),
        // "I've been to the chiropodist", "had my flu jab at the chemist": the appointment itself happened.
        ("?I finished X", "[i|we|i've|we've|i_have|we_have] [just|finally|already] been to|at X"),
        // "was at the dentist", "we were at Terveystalo doctor": the subject dropped (Finnish-shaped English), the visit happened.
        ("?I finished X", "[i|we] [just|finally|already] was|were at X"),
        ("?I finished X", "[i|we|i've|we've] [just|finally|already] had my|our|the X"),
        // "Meg had her booster this morning", "the kids had their jabs": someone else's appointment happened.
        ("?I finished X", "Z had|has_had his|her|their X [this_morning|yesterday|today|last_night|earlier|earlier_today]"),
        // "the urgent one mark finish", "last one mark as done pls": the task first, then the mark.
        ("?complete X", "X [please] mark [it|that|this] [as] done|finish|finished|complete|completed"),
        // "rota update is not finish" (the base verb after "not"): denied, before the plain "X finish" below reads it done.
        ("reopen X", "X is|are|was|were [still|actually] not finish|complete [yet|after_all]"),
        // "no.3 finish", "the slides complete already": a plain verb after the task (learners' English) reports it done.
        ("?complete X", "X finish|complete [already|now]"),
        // "number 2 tick pannu" (Tamil-English: ToneWords drops "pannu"), "the vet one tick off": the tick said after the task.
        ("?complete X", "X tick|tick_off|check_off [it|please|pls]"),
        // "the last one I already did", "the grout we finished yesterday": the task first, then the report.
        ("?I finished X", "X i|we [already|just|finally] did|done|finished|completed [it|that|them] [already|today|yesterday]"),
        // "Kevin orientation we went already", "the open day we attended": the event itself happened.
        ("?I finished X", "X i|we [already|just|finally] went|attended|visited [to] [it|that|there] already|today|yesterday|this_morning"),
        // "…, you can check that off", "you can tick it off now": permission framed as a statement.
        ("complete X", "you can|could|may [now|go_ahead_and] tick|check|cross|mark X off|done [now]"),
        // "CEUs all uploaded — mark complete pls": the state word alone acts on the task just named.
        ("mark it as done", "mark|tick|check [it|that] [as] complete|completed|done|finished|off [now|please]"),
        // "that one can be marked complete", "you may consider task 3 done": a request said as what the task may now be.
        ("complete X", "X can|could|may|might|should|ought_to|must [now] be marked|considered|ticked|checked|crossed [as] [off] done|complete|completed|finished|off [now|please]"),
        ("complete X", "consider X done|complete|completed|finished|dealt_with"),
        // "mum's card is in the post", "the Oakwood invoice is in the mail": sent.
        ("?complete X", "X is|'s|are [already|now] in the post|mail [now|already]"),
        // "numbers 2 and 4 are both done", "the first two are all finished": a plural said done together.
        ("complete X", "X are|were both|all done|finished|complete|completed [now]"),

        // reopen
        // "I marked the dentist as done but no, it's not done yet": the mark, "but", then the fact denied.
        ("reopen X", "[i|we] ticked|checked|marked X [as] [off|done|finished|complete|completed] but [no|actually|in_fact|sadly] [SEP] it|that isn't|'s_not|is_not|wasn't|was_not [done|finished|complete|sent|paid|booked|posted|called|fixed|bought|returned|collected] [yet|after_all|really]"),
        ("reopen X", "untick|un-tick|uncheck|un-check|unmark|un-mark|uncross|un-cross|uncomplete|un-complete|undone|un-do|unfinish|un-finish X"),
        ("reopen X", "add|PUT X back on|onto|in|into|to LIST"),
        ("reopen X", "add|PUT X back on|onto|in|into|to LIST Y"),
        ("reopen X", "add|PUT X back [on]"),
        // "put it back in pending", "move it back to open" (Indian English): back among the pending tasks.
        ("reopen X", "PUT X back in|into|to|among pending|open|undone|unfinished|todo|to-do [tasks|ones|list|items]"),
        // "grandkids sleepover's been", "the shearer has been and gone": the event has happened (only a task that exists).
        ("?complete X", "X [has|have|'s] been [and_gone|now|then]"),
        // "Carindale solar quote needs another look, back on the list": the task, then where it goes back.
        ("?reopen X", "X back on|onto|to LIST [again|please]"),
        // "the solar quote needs another look", "X needs a second go, back on the list": more work on a ticked task.
        ("?reopen X", "X needs|need|wants another|a_second|a_fresh|one_more look|go|pass [back_on|back_onto] [LIST]"),
        ("reopen X", "X shouldn't|should_not|wasn't_meant_to|was_not_meant_to be|have_been ticked|checked|crossed|marked|done|completed [off|done|as_done]"),
        ("reopen X", "[i|we] [accidentally] ticked|checked|marked X [off|done|as_done] by_mistake|by_accident|accidentally|wrongly|in_error"),
        ("reopen X", "X needs|need|has|should|must [to] go|come|be back on|onto|in|into|to LIST"),
        ("reopen X", "X needs|need|has|should|must [to] go|come|be back"),
        ("reopen X", "X is|are|was|were|isn't|aren't|wasn't|weren't|'s [actually|really] not|n't|un booked|sent|paid|posted|called|fixed|sorted|bought|done [after_all|yet|actually]"),
        ("reopen X", "X is|are [actually] not finished|finish|done|complete|completed [after_all|yet]"),
        ("reopen X", "X isn't|aren't|wasn't|weren't [actually|really|quite] finished|done|complete|completed [after_all|yet]"),
        ("reopen X", "X still needs|need doing|to_be_done"),
        ("reopen X", "X needs|need redoing|to_be_redone|doing_again"),
        ("?reopen X", "X still needs|need Y"),
        // "mark it back as not done", "put the shoes back to pending": "back" before the state it returns to.
        ("reopen X", "mark|put|set X back as|to [not] done|pending|open|incomplete|undone|unfinished|not_done|not_finished"),
        ("reopen X", "mark X as not|un done|finished|complete|completed [after_all|again|yet]"),
        ("reopen X", "mark X not|un done|finished|complete|completed [after_all|again|yet]"),
        ("reopen X", "not done|finished|complete|completed [yet|after_all] X"),
        // "mark as not done the dentist, the doctor was sick": the state said before the task (Romanian "marchează ca nefăcut …").
        ("reopen X", "mark|set|put as|to not|un done|finished|complete|completed X"),
        ("reopen X", "mark|set|put as|to undone|unfinished|incomplete|pending|open X"),
        ("reopen X", "X [is|are|was|were|'s] [still] not|n't done|finished|complete|completed [yet|after_all]"),
        // "Jessica letter not finish yet" (Mandarin-shaped English: the base verb after "not"), only for a task that exists.
        ("?reopen X", "X not finish|complete yet"),
        ("reopen X", "mark X as pending|open|incomplete|undone|unfinished [again]"),
        ("reopen X", "open X again|back_up"),
        ("reopen X", "open again|back_up X"),
        // "number 2 please open again", "the XRD run reopen please": the task named first, then the verb (German, Slavic word order).
        ("?reopen X", "X [please] open|reopen|re-open again|back_up [please]"),
        ("?reopen X", "X [please] reopen|re-open [please]"),
        // "number 2 uncheck", "the first one bring back please", "handouts, put back to todo": the task first, then the verb.
        ("?reopen X", "X [please] uncheck|untick|unmark|un-tick|un-check|uncomplete|un-complete [it|that|this] [please|again]"),
        ("?reopen X", "X [please] bring [it|that|this] back [please|again]"),
        ("?reopen X", "X [please] put|bring|move [it|that|this] back to|on|onto|in|into todo|to-do|to_do|pending|open|undone|LIST [again]"),
        // "water filter - reopen", "the visa form: reopen pls": the task, a dash or colon, then the bare verb.
        ("?reopen X", "X SEP [please|pls] reopen|re-open [please|pls|again]"),
        ("reopen X", "re-open|re_open X"),
        ("reopen X", "bring back X"),
        // "reinstate the last one as outstanding", "put the last one back to pending", "put back the 2nd": back to open.
        ("reopen X", "reinstate|restore|revert X [as|to] [outstanding|pending|open|undone|not_done|to_do|incomplete]"),
        ("reopen X", "put|set|move|change|turn X back [to|as|into] outstanding|pending|open|undone|not_done|to_do|incomplete"),
        ("reopen X", "put|set|move X to|as outstanding|pending|open|undone|not_done|incomplete [again]"),
        ("?reopen X", "put|set|bring back X"),
        // "the deposit isn't actually paid yet", "the form wasn't really sent": the fact denied after the adverb.
        ("reopen X", "X isn't|aren't|wasn't|weren't actually|really|quite booked|sent|paid|posted|called|fixed|sorted|bought|done|renewed|submitted|returned|collected|delivered [after_all|yet]"),
        // "I ticked the stock check by mistake — it's not done yet": the mistake, then the fact.
        ("reopen X", "[i|we] [accidentally] ticked|checked|marked X [off|done|as_done] by_mistake|by_accident|accidentally|wrongly|in_error SEP it|that isn't|'s_not|is_not|wasn't|was_not done|finished|complete [yet|after_all]"),
        ("reopen X", "bring X back"),
        // "the one I marked finished has to be reopened", "set that task back to unfinished".
        ("reopen X", "X has_to|have_to|ought_to|should|must|needs_to|need_to [now] be reopened|re-opened|unticked|unchecked|brought_back|put_back"),
        // "the pay one, I need it reopened", "I want the JPS one unticked": wanting a task reopened asks for it.
        ("?reopen X", "X i|we need|want|would_like it|this|that|them [to_be] reopened|re-opened|unticked|unchecked|open_again"),
        ("reopen X", "i|we need|want|would_like X [to_be] reopened|re-opened|unticked|unchecked|open_again"),
        // "number 2 put back to the list", "the gutters go back on my list": the task named first, then the move back.
        ("?reopen X", "X put|goes|go back on|onto|in|into|to LIST [again]"),
        ("?reopen X", "X put back [again]"),
        // "make it pending again", "turn the rent one open again": a state word after the task, then "again".
        ("reopen X", "make|mark|set|turn|put X pending|open|outstanding|undone|unfinished|incomplete|not_done|active again"),
        ("reopen X", "X needs|need reopening|re-opening|unticking|unchecking"),
        // "undo the check on the faucet", "take the tick off the rota": the mark itself undone.
        ("reopen X", "undo|remove|take_off|take_away|clear the|my tick|check|checkmark|check_mark|tick_mark|tick-mark|check-mark|cross on|for|from|off|next_to X"),
        // "oops didn't mean to tick the stock take", "I never meant to check off X": a tick by mistake.
        ("reopen X", "[i] didn't|did_not|never mean|meant to tick|check|mark|complete|cross|finish [off] X [off|done|as_done]"),
        // "the timesheet is still pending", "number 1 — still open": the state said as a fact (reopen looks only at completed tasks).
        ("?reopen X", "X [is|are|'s] still pending|open|outstanding|undone|incomplete|unfinished|not_done|to_do|to-do"),
        // "3rd one back to todo pls", "the padala back on my list": the task, then where it goes.
        ("?reopen X", "X back to|on|onto|in|into todo|to-do|to_do|pending|open|outstanding|undone|LIST"),
        // "number 2 I haven't done actually", "the rota we didn't finish after all": the task first, then the denial.
        ("?reopen X", "X i|we haven't|didn't|have_not|did_not|never [actually|really] do|done|finish|finished|complete|completed [it|that|them] [actually|yet|after_all]"),
        // "number 2 never finish o", "the gutters never got finished": the task, then said never to have been done (West African
        // English and Pidgin use the bare "finish").
        ("?reopen X", "X never|didn't|did_not [get|got|was|were] finish|finished|done|completed [o|oh|sha|actually|after_all]"),
        // "mark as open again" after the task was named: the state word alone.
        ("reopen it", "[it's|it_is|that's|that_is|is] still pending|open|outstanding|undone|unfinished|incomplete|not_done [actually|after_all]"),
        ("reopen it", "mark|set|make|put [it|that] [as|to|back_to] open|pending|undone|incomplete|unfinished|not_done|outstanding again|back"),

        // add
        ("add X", "[would|could|do] [you|u] mind adding|putting X"),
        // "One more for the list: order net wrap", "Add another one for the fair: …": a lead naming only the occasion.
        ("add X", "[add|here's|here_is] one_more|another [one|task|item|thing] for|on|to Z SEP X"),
        ("add X", "[add|here's|here_is] one_more|another [one|task|item|thing] SEP X"),
        // "add 3 things for the game: ring the ref, print the team sheets": a count of new tasks, then the tasks.
        ("add X", "add|here's|here_are 2|3|4|5|6|two|three|four|five|six|a_few|some [new|more] things|tasks|items|jobs|todos for|on|to Z SEP X"),
        ("add X", "add|here's|here_are 2|3|4|5|6|two|three|four|five|six|a_few|some [new|more] things|tasks|items|jobs|todos SEP X"),
        ("add X", "adding|putting X"),
        // "put on my list fix the gate in the barn": the list named first, so a later "in" stays in the title (the "PUT X in …" shapes below
        // would take "on my list fix the gate" as X and drop the "in").
        ("add X", "PUT on|onto|in [my|the|our] list|there X"),
        // "put X in my agenda for next week" (a Dutch-English calque, batch 63): the agenda is where, never part of the title;
        // above the general "PUT X in Y" lines, which would keep "agenda" in X (first matching shape wins).
        ("add X Y", "PUT X in|on|into my|the agenda|calendar|planning Y"),
        ("add X", "PUT X in|on|into my|the agenda|calendar|planning"),
        // "put the dentist appointment in two weeks": "in" then a span is the due date, not part of a slot.
        ("add X in Y", "PUT|pencil X in SPAN"),
        ("add X", "pencil|jot|write|note|scribble|PUT X in|into|down|on|onto|to LIST"),
        ("add X Y", "pencil|jot|write|note|scribble|PUT|add X in|into|on|onto|to LIST Y"),
        // "stick 'get the tyres rotated' on there, no rush, p3": "there" is the list being talked about.
        ("add X Y", "pencil|jot|write|PUT X on|onto|in there Y"),
        ("add X", "pencil|jot|write|PUT X on|onto|in there"),
        ("add X", "pencil|jot|scribble in|down X"),
        ("add X Y", "pencil|jot|PUT X in Y"),
        ("add X", "put|write|note|stick down X"),
        ("add X", "put|pencil|jot|write|note|scribble X down"),
        ("add X Y", "put|pencil|jot|write|note|scribble X down Y"),
        ("add X", "make a note to|of|that X"),
        // "put on list: pay Tomek …", "add to my list - ring the bank": the list named before the new task.
        ("add X", "add|jot|write|PUT on|onto|to [my|the|our] list|todos|to-do_list|todo_list X"),
        // "Please put task on list: write to Halina", "put task on list for next week: clean gutters": dictation drops the articles.
        ("add X", "add|PUT [a|the|this|new] task|item|todo on|onto|to [my|the|our] list SEP X"),
        ("add X Y", "add|PUT [a|the|this|new] task|item|todo on|onto|to [my|the|our] list for|on|by Y SEP X"),
        // "chuck on a new job: quote the pool pump", "bung on another one - ring Origin".
        ("add X", "add|PUT on|in a|an|another [new] job|task|one|item SEP X"),
        ("add X", "don't|dont|do not let me forget to|about X"),
        ("add X", "i mustn't|must not|shouldn't|should not forget to|about X"),
        ("add X", "i need a reminder to|about|for X"),
        ("add X", "note to self X"),
        ("add X", "[i|we] gotta|got_to|have_to|must X"),
        ("add X", "[you] add|put for me X"),
        ("add X", "set up|create|make|add|start a|an [new] repeating|recurring|regular|repeat task|todo|to-do|item|reminder to|for|called X"),
        ("add X", "new repeating|recurring|regular task|todo|to-do|item X"),
        ("add X", "can|could you remind me to|about X"),
        // "Chiropodist appointment on 3 Nov at 11:30, add that please", "need new gloves, put it on my list": the item first.
        ("add X", "X add|jot|PUT it|that|this [down] [in|on|onto|to] [LIST]"),
        // "Mia's carnival saturday 8am, can ya put that in": the request asked as a question after the item.
        ("add X", "X can|could|would|will you|ya|u add|jot|PUT it|that|this [down] [in|on|onto|to] [LIST]"),
        ("add X", "set|create|make|add|put_in a|an reminder|task|todo|to-do to|for|about X"),
        // "set up a task: service the band truck", "create a new todo - X": the task's text after a colon or dash.
        ("add X", "set_up|create|make a|an [new] task|todo|to-do|reminder SEP X"),
        // "put me a reminder to call the gestoría" (Spanish "ponme un recordatorio"), "make me a reminder for friday to …".
        ("add X Y", "put|set|make|create|give|leave me a|an reminder|alarm|note|task for Y to|about X"),
        ("add X", "put|set|make|create|give|leave me a|an reminder|alarm|note|task to|about|for X"),

        // update
        (RemoveTags, "take|take_away|take_off|get|strip|clear|remove|wipe all|every [of] [the] tags|labels off|from X"),
        (RemoveTags, "untag|un-tag X completely|entirely"),
        // "postpone the insurance by a week and remove its tags": the possessive of the task just named.
        ("remove all tags from it", "remove|clear|strip|delete|drop its|their [old] tags|labels"),
        // "bathroom task: remove all the tags": the task named, then the tags cleared.
        ("?remove all tags from X", "X SEP remove|clear|clear_off|clear_out|clear_away|wipe|wipe_off|strip|strip_off|take_off|delete|drop [all] [of] [the|its|their] tags|labels"),
        // "the A-ma gift remove all tags" (topic first, Mandarin-shaped): without a separator only with "all" before the tags.
        ("?remove all tags from X", "X remove|clear|strip|delete|drop all [of] [the|its|their] tags|labels"),
        ("remove the tag Y from X", "untag|un-tag Y from|on|off X"),
        // "the tap card thing doesn't need a date anymore", "X no longer has a deadline": the due date goes.
        // "the sensor cleaning has no date, put it for 5 december": the task said undated, then given a day for "it".
        ("?move X to Y", "X has|have no|not_a|not_any [fixed|set|real] date|due_date|deadline [yet] put|set|make|move|schedule it|that for|to|on WHEN"),
        (RemoveDue, "X doesn't|does_not|don't|won't|no_longer need|needs|have|has a|any|its|the [fixed|set|real|specific] date|deadline|due_date|due [anymore|any_more]"),
        // "the SD cards don't have a fixed date, remove the due date please": the reason, then the request on the same task.
        ("?remove the due date from X", "X doesn't|does_not|don't|do_not have a|any [fixed|set|real|specific] date|deadline|due_date [anymore|any_more] remove|drop|clear|delete the|its due_date|date|deadline"),
        // "change the priority of the rent to no priority", "X needn't have any priority at all": the level removed.
        // "take Tyler's card down to no priority", "move the vet to no priority": a level said as a direction, the level being none.
        (RemovePriority, "knock|bump|drop|bring|move|put|take X down|up|back to no|zero priority|prio"),
        (RemovePriority, "knock|bump|drop|bring|move|take X to no|zero priority|prio"),
        (RemovePriority, "change|set|put|switch the priority|prio of|on|for X to|at|as none|nothing|no_priority|no_prio|zero|p4"),
        (RemovePriority, "X needn't|doesn't_need_to|does_not_need_to|don't_need_to have any|a priority|prio [at_all]"),
        (RemovePriority, "X needn't|doesn't_need|does_not_need|don't_need any|a priority|prio [at_all|really|anymore|any_more]"),
        (RemovePriority, "X needn't|doesn't_need|does_not_need|don't_need any|a priority|prio [at_all|really|anymore|any_more] SEP [please] set|make|put it|that [to|at|as] none|no_priority|no_prio|p4"),
        (RemovePriority, "X needn't|doesn't_need_to|does_not_need_to|don't_need_to have any|a priority|prio [at_all] SEP no priority|prio"),
        (RemovePriority, "no priority|prio for|on X"),
        (RemovePriority, "set|put|change X back to|at|as no|zero priority|prio"),
        (RemovePriority, "set|put|change X to|at|as no|zero priority|prio"),
        (RemovePriority, "make|set|mark X no|zero priority|prio"),
        // "insurance task put no priority", "the hoodie one set zero prio": the task first, then the level taken away.
        ("?remove the priority from X", "X put|make|set|give [it|that] [to|at|as] no|zero priority|prio"),
        (RemovePriority, "X [should] [have|has|gets] no priority|prio"),
        ("set the description of X to Y", "for X set|change|update|make the description|note|notes|details to Y"),
        // "Declan snag list - change description to: …", "give the vet appt a description: …": the task, then its note.
        ("set the description of X to Y", "X SEP set|change|update|make|put [the|its] description|note|notes|details to|as Y"),
        // "change aabo money description to: use Dahabshiil": the task named between the verb and its field ("note" is no field
        // there: "set car note to low priority" is the car payment).
        ("?set the description of X to Y", "change|set|update|edit X description|details to|as Y"),
        ("?add a note to X: Y", "give|attach X NOTE"),
        // "move the school meeting to monday and put note: bring the report card" (Hungarian "tegyél rá megjegyzést"): a note put
        // with no task named goes on the task just named; with none named, "it" asks which.
        ("put Y on it", "put|attach|leave|stick [a|the|one] NOTE"),
        // "the òptica one, add description: ask for …", "#2 - put a note: …": a task named, then a note added to it.
        ("?add a note to X: Y", "X SEP add|put|write|leave [a|the] description|note|comment NOTE"),
        // "boat storage note: ask for the spot by the crane": a task named, then its note.
        ("?add a note to X: Y", "X NOTE"),
        // "change the description of the suit task: trousers …": the new text after the task, as a note.
        ("?add a note to X: Y", "change|set|update|edit|replace the|its description|note|notes|details of|for|on X NOTE"),
        // "write in description of Khorgos task: driver Yerlan", "put a note in #2: ask for a room with a view" (learners' "in"/"of").
        ("?add a note to X: Y", "write|put|add [in|into] [the|a|its] description|note|notes|details of|for|on|to|in X NOTE"),
        ("?set the description of X to Y", "change|set|update|edit|replace the|its description|note|notes|details of|for|on X SEP Y"),
        // "tag #kids the parent meeting": the tag before the task; "tag the roses task garden": one word after "task".
        ("tag X with Y", "tag|label HASHTAG X"),
        ("?tag X with Y", "tag|label X task|one|thing|item|job TAG"),
        // Khmer-, Korean-shaped order, the task first and the field after it: "wat phnom map add tag printing", "incense one remove tag
        // pagoda", "school fee task remove all tag".
        ("?tag X with Y", "X add|give|put [the|a|new] tag|label TAG [please|pls]"),
        ("?remove the tag Y from X", "X remove|delete|drop|take_off|clear [the] tag|label TAG [please|pls]"),
        ("?remove the tag Y from X", "X remove|delete|drop|take_off|clear [the] TAG tag|label [please|pls]"),
        ("?remove all tags from X", "X remove|delete|drop|take_off|clear all [the] tag|tags|label|labels [please|pls]"),
        // "money to mama task tag with family", "the dentist one label as health": the task first, then the tag.
        ("?tag X with Y", "X tag|label [it|that] with|as Y"),
        // "the visa form tag it admin", "mum's pills tag health too": the task first, then "tag" and the bare tag word.
        ("?tag X with Y", "X [also|too] tag|label [it|that] TAG [too|also|as_well]"),
        // German "gib … auch den Tag": "TÜV appointment give also tag car", "give the boots also the tag winter".
        ("?tag X with Y", "X [SEP] give|add also|too [the|a] tag|label TAG"),
        ("?tag X with Y", "give X also|too [the|a] tag|label TAG"),
        // "school fee change date pls", "mechanic sok change priority", "durian one give tag pls": the field named, its value not — ask.
        ("?move X", "X change|update|move the|its date|due|deadline|day [please|pls]"),
        ("?move X", "X change|update date|due|deadline|day [please|pls]"),
        ("?set the priority of X", "X change|update|set [the|its] priority|prio [please|pls]"),
        ("?tag X", "X give|add|put [a|the] tag|label [please|pls]"),
        ("?remove the Y from X", "take|get the Y off|from X"),
        ("rename X to Y", "make X say|read Y"),
        ("rename X to Y", "change X to say|read Y"),
        ("rename X to Y", "retitle|re-title|rename|reword|re-word|rephrase X as|to Y"),
        ("rename X to Y", "change the wording|title|name of X to Y"),
        // "I want to change what the roster one is called": a rename with its new name still to come asks for it.
        ("change the name of X", "[i|can_i|could_i|may_i|we|can_we] [want|need|wanna|'d_like|would_like] [to] change|fix|alter what X is|'s called|named|titled"),
        // "scoot the potluck to monday", "scoot it over to friday" (Southern US): a nudge along the calendar.
        ("move X to Y", "bump|shift|push|slide|shove|scoot X to|till|until Y"),
        ("move X to Y", "bump|shift|push|slide|shove|scoot X back|forward|over|on_over to|till|until Y"),
        // "stick that to monday", "bung the MOT till friday" (northern English): "stick"/"bung" a task to a day moves it; only to a date
        // ("stick the poster to the fridge" is a task of its own).
        ("?move X to Y", "stick|bung|chuck X over|back [to|till|until] WHEN"),
        ("?move X to Y", "stick|bung|chuck X to|till|until WHEN"),
        ("move X to Y", "X can|could|will|should|'ll wait|keep till|until|to|for Y"),
        ("move X to Y", "X can|could|should be pushed|moved|bumped|shifted|put_off [back] to|till|until Y"),
        ("move X to Y", "let X wait till|until Y"),
        // "Generator remont to friday move", "apartment cleaning to march 5 move" (Mongolian, Korean, Turkish word order): the task, the
        // date, then the verb.
        ("?move X to Y", "X to|till|until|for WHEN move|push|shift|change|reschedule|postpone [it] [please]"),
        // "generator remont rename pls", "sheep task move pls": the task, then a bare verb that needs a value (the rules ask for it).
        ("?rename X", "X [please] rename|retitle [it] [please]"),
        // A bare "move" last only after "task"/"one" ("helped our kid move" is a report).
        ("?move X task", "X task [please] move|reschedule [it] [please]"),
        ("?move X one", "X one [please] move|reschedule [it] [please]"),
        // "the deposit for the retreat isn't due until the 15th of January": the new date said as news.
        ("?move X to Y", "X isn't|is_not|'s_not|aren't|are_not|won't_be|will_not_be due till|until|before Y"),
        // "so I shall need to move the eye exam to …": an obligation to change a task that exists is the change itself.
        ("?move X to Y", "i|we shall|will|must need_to|have_to move|shift|push|reschedule|bump X to|till|until|for Y"),
        ("?move X to Y", "i'll|we'll|i|we need_to|have_to move|shift|push|reschedule|bump X to|till|until|for Y"),
        ("?delete X", "i|we shall|will|must need_to|have_to cancel|delete|remove X"),
        ("?delete X", "i'll|we'll need_to|have_to cancel|delete|remove X"),
        // "put number 3 off till monday", "bring the swimming forward to tomorrow": phrasal verbs of rescheduling.
        // "choir rehearsal don shift to 7pm" (= has shifted), "the rego date has changed to friday": a move told as news.
        ("?move X to Y", "X [due_date|date|time|deadline] [has|have|is|was|has_been|got] moved|shifted|changed|pushed|bumped|rescheduled|postponed to|till|until WHEN"),
        ("move X to Y", "put X off|back till|until|to Y"),
        ("move X to Y", "put off|back X till|until|to Y"),
        ("move X to Y", "bring|move X forward|back|up|over to|till|until Y"),
        ("move X to Y", "bring|move forward|back|up X to|till|until Y"),
        // "push back the gift one week", "set back the MOT by a fortnight": the particle before the task.
        ("postpone X by Y", "push_back|put_back|set_back|move_back|put_off X [by] SPAN"),
        // "put the bus pass off by 3 days", "put it off a week": the particle after the task.
        ("postpone X by Y", "put X off [by] SPAN"),
        // "delay the officer meeting a week", "push the quiz back two days": a delay said without "by".
        ("postpone X by Y", "delay|postpone|push|put_off X [back] [by] SPAN"),
        // "put the curling subs back by a week", "set the MOT back a fortnight": the particle after the task.
        ("postpone X by Y", "put|set|move|shove|bump|shift X back [by] SPAN"),
        // "Medicare form delay one week ok?", "the rates push back 3 days": topic first (Chinese word order), then the delay.
        ("?postpone X by Y", "X [please] delay|postpone|push_back|put_back|put_off|move_back [by] SPAN [ok|okay|please|lah|ah]"),
        // "the rent push by 3 days", "gym shift by a week": the same with a bare push/shift/bump and "by".
        ("?postpone X by Y", "X [SEP] [please] push|shift|bump|slide|move by SPAN [ok|okay|please]"),
        // "PG&E bill low priority now", "the rates one urgent now": topic first, then its new level and "now".
        ("?make X Y priority", "X [is] LEVEL now [ok|okay|please|lah|ah]"),
        // "take out the date of the protein", "remove the deadline on X": the due date named before the task.
        (RemoveDue, "take_out|take_off|take_away|remove|delete|drop|clear|get_rid_of the|its date|due_date|deadline of|from|on|for X"),
        // "no more date on the tap fixing", "no deadline for the shed anymore": the due date said gone before the task.
        (RemoveDue, "no [more|longer] date|deadline|due_date|due on|for|of|from X [anymore|any_more|please]"),
        // "take the date off the truck registration", "get the deadline off X": the particle after the due date.
        (RemoveDue, "take|get the|its date|due_date|deadline off|away_from X"),
        // "put the route sheet for tonight", "change the 3rd one for tomorrow at 8": "for" a day (a Romance-language "para").
        ("?move X to Y", "put|change|pass|move|switch|set X for|to|at WHEN"),
        // "the high priority one, put it for monday": "it" for the task just named, "for" a day (Spanish "ponlo para el lunes").
        ("move it to Y", "put|pass|set it|that for WHEN"),
        // "put it on Saturday", "put the seminar on the 14th": "on" a day for a task that exists.
        ("?move X to Y", "put|set X on WHEN"),
        // "the XRD booking must happen already tomorrow": when the task has to take place, said as a fact.
        ("?X is due Y", "X must|should|has_to|needs_to|will|shall happen|take_place|be_done [already|instead|now|rather] WHEN"),
        // "the payroll needs to happen at 11am instead": the new moment, then the contrast word.
        ("?X is due Y", "X must|should|has_to|needs_to|will|shall happen|take_place|be_done WHEN instead|now|rather|then"),
        // "the dentist one, put it at 17:30", "the 3rd one change it for tomorrow at 8": the task named first, then "it".
        ("?move X to Y", "X put|change|move|pass|switch|set it|that at|for|to Y"),
        // "Werkstatt call make it urgent", "the match, put it on high prio": "set the priority of" asks when X names two tasks.
        ("?set the priority of X to Y", "X put|make|set it|that [to|at|as|on] LEVEL"),
        // "make medium", "set p1" after the task was named ("delivery is not so urgent, make medium"): the level on that task.
        ("make it Y priority", "make|set|put LEVEL"),
        // "the first and the third: make them medium priority": several tasks named first, then "them".
        ("?make X Y priority", "X SEP put|make|set them|both|these|those [to|at|as] LEVEL"),
        // "…; medium priority is enough": the level that will do, said of the task just named.
        ("make it Y priority", "LEVEL is|'s|will_be|would_be enough|fine|plenty|sufficient|ok|okay [now|then]"),
        // "mudik reply set priority medium", "the rent change prio to high": the task, then "priority" and the level.
        ("?make X Y priority", "X set|make|change|put [the|its] priority|prio [to|at|as] LEVEL"),
        // "put a time on the slides: 13:45", "change the time of my #thesis task to 09:15": the time named as a field.
        ("?change X to Y", "put|set|add a|the time on|for|to X SEP TIME"),
        ("?change X to Y", "put|set|add a|the time on|for|to X at TIME"),
        ("?change X to Y", "change|set|move|make the time|hour of|on|for X to|at TIME"),
        // "Ibu call — make it 20:30 instead of 7": the task named, then the new time on "it".
        ("?change X to Y", "X SEP make|change|put|set it|that [at|to] TIME instead_of|not|rather_than Z"),
        ("change it to Y", "make|change|put|set it|that [at|to] TIME instead_of|not|rather_than Z"),
        ("?change X to Y", "X SEP make|change|put|set it|that [at|to] TIME [instead|now|please]"),
        // "staff meeting make it later, 6pm instead", "the dentist earlier pls, 9am": a direction, then the new time.
        ("?change X to Y", "X [make|move|put|set|change] [it|that] later|earlier [please|pls] TIME [instead|now|please]"),
        ("change it to Y", "make|move|put|set|change it|that later|earlier [please|pls] TIME [instead|now|please]"),
        // "the Spitex call I want to make at 16:00 instead": the task, then the new time as a wish.
        ("?change X to Y", "X i|we want|'d_like|would_like to make|do|have [it] [at] TIME [instead|now|please]"),
        // "correct the title of the Kronenhalle task, it should be: …": the new title said as what it should be.
        ("rename X to Y", "correct|fix|change the title|name|wording of X it|that should|must be|read|say Y"),
        // "pest control no date anymore", "the OPI order no priority now": the task, then the field said gone.
        ("?remove the due date from X", "X no [more|longer] date|deadline|due_date|due [anymore|any_more|now|needed]"),
        // "HDB reno permit no rush, remove the date": the task first, then the date taken off it.
        ("?remove the due date from X", "X [no_rush|no_hurry] remove|delete|drop|clear|take_out|take_off|take_away [the|its] date|due_date|deadline|due"),
        // "octopus top up no need due date", "the visa one doesn't need a deadline": the field said unneeded.
        ("?remove the due date from X", "X no_need|doesn't_need|don't_need|not_need [a|the|any] date|deadline|due_date [anymore|any_more|now|already]"),
        ("?remove the priority from X", "X no [more|longer] priority|prio [anymore|any_more|now|needed]"),
        // "the Kevn one fix spelling to Kevin": the task, then its title corrected.
        ("?fix the spelling of X to Y", "X fix|correct [the|its] spelling|typo to|as Y"),
        ("?rename X to Y", "X fix|correct [the|its] title|name to|as Y"),
        // "the last one rename to …", "the PSLE one retitle as …" (Singlish topic first): the task, then the rename.
        ("?rename X to Y", "X rename|retitle|re-title [it|that] to|as Y"),
        // "knock the shed painting down to low priority", "bump X up to p1": a level said as a direction.
        ("make X Y priority", "knock|bump|drop|bring|move|put|take X down|up to LEVEL"),
        // "downgrade the anthems to low priority", "raise the rent one to urgent": a verb of level, then the level.
        // "the bake sale bars can wait, low priority's fine": the task can wait, and the level said to be enough.
        ("?make X Y priority", "X can|could wait LEVEL is|'s|would_be|will_be fine|enough|ok|okay|good"),
        ("make X Y priority", "downgrade|upgrade|demote|promote|lower|raise|escalate|reduce|drop|put X to|as|at LEVEL"),
        // "the bibs washing is not so urgent", "X isn't important anymore": the level said away from high.
        // "the gutters can go low priority", "haircut can be low prio": the new level said as what the task may be.
        // "the fri one, change to p1", "the rent one - set to urgent": the task named first, then only the level.
        ("?make X Y priority", "X SEP change|set|make|put|bump [it|that] to|as|at LEVEL"),
        // "oral practice lower to low priority", "the CPF one raise to p1": the task first, then a verb of level.
        ("?make X Y priority", "X downgrade|upgrade|demote|promote|lower|raise|reduce|drop [it|that] [down|up] to|as LEVEL"),
        // "the budget review update to p2", "dentist change to low": topic first, then a plain change verb and the level.
        ("?make X Y priority", "X [SEP] update|change|switch|bump|move|set [it|that] [down|up] to LEVEL [please]"),
        // "wine one high priority", "the report task p1": the task named with "one"/"task", then the level alone.
        ("?make X Y priority", "X one|task [SEP] LEVEL [now|please]"),
        ("?make X Y priority", "X can|could|should|may go|be [to|at|as|down_to|up_to] LEVEL [now|instead|please]"),
        // "the delivery is not so urgent, make medium": the level said away from high, then the level wanted.
        ("?make X Y priority", "X [is|are|'s] not|n't [so|that|very|really] urgent|important|pressing [anymore|any_more|now|after_all] [just|so|please] make|set|put [it|that] [to|at|as] LEVEL"),
        ("?make X Y priority", "X isn't|aren't [so|that|very|really] urgent|important|pressing [anymore|any_more|now|after_all] [just|so|please] make|set|put [it|that] [to|at|as] LEVEL"),
        // "the accountant one is urgent now", "the gutters are p3 now": the new level said as the task's state now.
        ("?make X Y priority", "X is|are|'s [now] LEVEL now"),
        // "council tax is only a p2 actually", "the skip hire is just low priority really": the level corrected as a fact.
        ("?make X Y priority", "X is|are|'s only|just [a|an] LEVEL [now|actually|really|then|anyway|tbh]"),
        ("?make X Y priority", "X is|are|'s [a|an] LEVEL actually|really|tbh"),
        // "Finanzamt call is not so urgent, medium is enough", "baklava not so important, low prio is ok": the level said after.
        ("?set the priority of X to Y", "X [is|are|'s] not|n't [so|that|very|really] urgent|important|pressing [anymore|any_more|now] LEVEL is|'s|will_be|would_be enough|fine|ok|okay|plenty|sufficient [now|then]"),
        ("?set the priority of X to Y", "X isn't|aren't [so|that|very|really] urgent|important|pressing [anymore|any_more|now] LEVEL is|'s|will_be|would_be enough|fine|ok|okay|plenty|sufficient [now|then]"),
        ("?make X low priority", "X is|are|'s not|n't [so|that|very|really] urgent|important|pressing [anymore|any_more|now|after_all]"),
        ("?make X low priority", "X isn't|aren't [so|that|very|really] urgent|important|pressing [anymore|any_more|now|after_all]"),
        ("?make X low priority", "X is|are|'s not|n't [so|that|very|really] critical|crucial|time-critical [anymore|any_more|now|after_all]"),
        ("?make X low priority", "X isn't|aren't [so|that|very|really] critical|crucial|time-critical [anymore|any_more|now|after_all]"),
        // "the radiator email is actually quite urgent": the level said as a fact about a task that exists.
        ("?make X high priority", "X is|are|'s|has_become|have_become [actually|now|really|suddenly] [quite|rather|very|really|pretty|super|extremely] urgent|pressing|critical|time-critical [now|after_all]"),
        ("?X is due Y", "X due Y instead|now"),
        // "that one you can delete it", "the ski-doo one you can remove": the task named first, then "you can" and the verb.
        ("delete X", "X you|u can|could|may [just|now|go_ahead_and] delete|remove|erase|scratch|bin [it|that|them] [now]"),
        // "board minutes now due fri", "the VAT return is now due the 12th": the new day said as the task's state now.
        ("?X is due Y", "X [is|are|'s] now due [on|by] Y"),
        // "Part 36 call can drop to medium priority", "the gutters could slip to p3": the level said as where the task may fall.
        ("?make X Y priority", "X can|could|should|may drop|slip|fall|come_down|go_down|move_down|move|go [down] to LEVEL [now|instead|please]"),
        // "hockey bag for Jade can wait, low priority is fine": the task may wait, then the level that will do.
        ("?set the priority of X to Y", "X can|could wait LEVEL is|'s|will_be|would_be enough|fine|ok|okay|plenty|sufficient [now|then]"),
        // "put a date on the time entries: 5 Dec", "add a deadline to the CPD log: friday": the day named as a field.
        ("?move X to Y", "put|set|add|give a|the|it_a date|due_date|deadline on|for|to X SEP WHEN"),
        // "budget estimate doesn't need a date, take it off": the field said unneeded, then "take it off" for the date.
        ("?remove the due date from X", "X no_need|doesn't_need|don't_need|not_need|does_not_need|do_not_need [a|the|any] date|deadline|due_date [anymore|any_more|now|already] take|get|leave it|that off|out"),
        ("?change X to Y", "X should|ought_to|oughta|will|'ll|must|needs_to|has_to be [at|on|for] Y not|instead_of|rather_than Z"),
        ("?change X to Y", "X should|ought_to|oughta|will|'ll|must|needs_to|has_to be [at|on|for] Y instead|now|after_all"),
        ("?change X to Y", "X should|must|needs_to|has_to be [at|on|for] Y"),
        ("?move X to Y", "do|doing X Y instead|then"),
        // "vet thing -> move to friday", "accountant - move to march 2": the task named first, then the edit.
        ("?move X to Y", "X SEP move|push|shift|bump|moved [it] to|till|until Y"),
        // "second one move to friday", "the dentist push to monday": the task named first, the verb without a dash.
        ("?move X to Y", "X move|push|shift|bump|reschedule [it] to|till|until Y"),
        // "salary for Natalja move on tomorrow", "the rent push for friday": "on"/"for" a day (Russian "на завтра").
        ("?move X to Y", "X [SEP] move|push|shift|bump|reschedule [it] on|for WHEN"),
        // "changing room door, deadline sunday", "the invoice: new deadline friday": the task, then the field noun and the day.
        ("?X is due Y", "X [SEP] [actual|real|new|correct|final|proper|true] deadline|due_date [is] [now|actually|really] WHEN [only|now|instead]"),
        // "the deadline for the NABL docs is jan 25", "the real due date of the essay is friday": the field named before the task.
        ("?X is due Y", "the|its [actual|real|new|correct|final|proper|true] deadline|due_date for|of|on X is|'s [now|actually|really] WHEN [only|now|instead]"),
        // "Liis parents call — change time to 17:45": the task, then the time named as a field without "the" or "of".
        ("?change X to Y", "X SEP change|set|move|make [the] time|hour to|at|on TIME"),
        ("?X is due Y", "X SEP [now] due|is_due [on] Y"),
        // "tax form due in 3 days", "the quote due in a week": a task said with a relative due, no "is".
        ("?X is due in Y", "X [now] due in SPAN [now|instead]"),
        // "Bituach Leumi thing due friday pls", "the quote due the 12th": a task said with its new day, no "is" and no verb.
        ("?X is due Y", "X due [on|by] WHEN [please|pls|plz]"),
        // "Liam's game is actually on jan 16 now", "the MOT is now for the 3rd": the new day said as a fact.
        ("?X is due Y", "X [finally|actually|now] is|'s|are [actually|now|really|finally] [on|for] Y [now|instead]"),
        // "regrade email -> p2", "rent: urgent": the task named, then only its new level.
        ("?make X high priority", "X SEP p1|urgent|important|asap|high [priority|prio]"),
        // "accompanist fee, priority medium", "the rent: prio low": the task, then the field noun and the level.
        ("?make X Y priority", "X [SEP] priority|prio [is] [now] LEVEL"),
        // "third one mark as important please", "the deposit — mark urgent": the level said as a mark on the task named first.
        ("?make X high priority", "X [SEP] mark|set|make [it|that] [as] important|urgent [please|pls]"),
        // "third one, important please", "the rent one urgent": a task pointed at as "… one" is never a new title, so its
        // new level may follow after a comma or nothing at all.
        ("?make X one high priority", "X one p1|urgent|important|asap|high [priority|prio]"),
        ("?make X one medium priority", "X one p2|medium [priority|prio]"),
        ("?make X one low priority", "X one p3|low [priority|prio]"),
        // "Tamsui rent p3": a p-code is never a word of a title, so it needs no separator after a task that exists.
        ("?make X high priority", "X p1"),
        ("?make X medium priority", "X p2"),
        ("?make X low priority", "X p3"),
        ("?make X medium priority", "X SEP p2|medium [priority|prio]"),
        ("?make X low priority", "X SEP p3|low [priority|prio]"),
        ("?change X to Y", "X SEP start|starts|starting [at] TIME [instead|now]"),
        // "WOF at 2pm instead", "rugby meeting is 7pm now": a bare new time for a named task.
        ("?change X to Y", "X [is|'s|starts|now] [at] TIME instead|now"),
        // "visiting mum is now 7pm", "soundcheck's actually 5pm": the new time said as a fact about the task.
        ("?change X to Y", "X is|'s|starts now|actually|really [at] TIME"),
        // "dentist is actually at 2:15pm not 11": the old time said as a contrast.
        ("?change X to Y", "X is|'s|starts [now|actually|really] [at] TIME not|instead_of|rather_than Z"),
        // "number 3 begins at 20:00 now, not 19:30": the new start time, then the old one as a contrast.
        ("?change X to Y", "X is|'s|starts|begins|start|begin [now|actually|really] [at] TIME [now] not|instead_of|rather_than Z"),
        ("?change X to Y", "X starts|begins|start|begin [now|actually|really] [at] TIME [now|instead]"),
        // "wash van tomorrow instead", "bakkie licence -> tomorrow": the task named, then only its new day.
        ("?X is due Y", "X WHEN instead|now"),
        // "the gas cylinder call, do it tomorrow instead": the task named, then when to do it.
        ("?X is due Y", "X do|doing it|that WHEN [instead|now|then]"),
        ("move it to Y", "do it|that WHEN instead|now|then"),
        // "bins are 8pm not 7", "rego's actually due 19 September, not when I put": the right value, then the wrong one.
        ("?X is due Y", "X is|are|'s [actually|really] [due|at|on] WHEN not Z"),
        ("?X is due Y", "X SEP WHEN"),
        // "make order tiles medium priority, not low": the old level is said only as a contrast.
        ("make X high priority", "make|set X high|urgent [priority|prio] not|rather_than|instead_of Z"),
        ("make X medium priority", "make|set X medium|p2 [priority|prio] not|rather_than|instead_of Z"),
        ("make X low priority", "make|set X low|p3 [priority|prio] not|rather_than|instead_of Z"),
        // "incident report should be medium priority, not high" (Scots "no high"): the level it should have, the old one as a contrast.
        ("?set the priority of X to Y", "X should|must|needs_to|has_to|ought_to|oughta be LEVEL [SEP] not|rather_than|instead_of Z"),
        // "bruno one tae thursday", "the dentist one to 9:30": "X one" only names a task, so the date moves it (or asks which).
        ("?move X to Y", "[the] X one to|till|until WHEN"),
        // "sepsis reading, gie it a due date of the morra", "give the rota a deadline of friday": a due date given as a value.
        ("?move X to Y", "X SEP give|set it|that|them a [new] due_date|deadline|date of|for WHEN"),
        ("?move X to Y", "give|set X a [new] due_date|deadline|date of WHEN"),
        // "foot-rot shears, give 'em a due date of sunday": a plural task named, then "them".
        ("?move X to Y", "X give|set them a [new] due_date|deadline|date of|for WHEN"),
        // "put it low", "make the dry cleaner one medium": the level word alone after a task that exists.
        ("?make X Y priority", "put|make|set|mark X LEVEL"),
        // "put the tax papers on high priority", "put the Ortskunde practice on high": a level "on" a task that exists.
        ("?set the priority of X to Y", "PUT|set X on|onto LEVEL"),
        // "put a high priority on the passport renewal", "stick a low prio on the milk", "high priority on the rent": the level
        // placed on the task; "put a priority on X" names no level, so it asks which.
        ("?make X Y priority", "PUT|place|set|give|assign [a|an|the] LEVEL on|onto|to|for X"),
        ("?make X Y priority", "[a|the] LEVEL priority|prio on|for X"),
        ("?set the priority of X", "PUT|place [a|the] priority|prio on|onto X"),
        // "the one due tomorrow ought to be marked high priority": the new level said as what the task should be.
        ("?make X Y priority", "X ought_to|oughta|should|must|needs_to|need_to|has_to|have_to be marked|made|set_to|set_as|given LEVEL"),
        // "tick the one due tomorrow": "tick" alone on a named task.
        ("?complete X", "tick X"),
        // "rugby boots - delete pls": the task named, then the verb.
        ("?delete X", "X SEP delete|remove|bin|scrap|cancel|ditch|trash|scratch|toss [it|that|this|them] [from|off] [LIST] [please]"),
        // "Achieng's defence has moved, it's now in 3 weeks": the move, then the new day said as a fact.
        // "Mrs Duguid's call will need to be Wednesday instead", "can the last one go to thursday evening instead": the new day
        // said as what must or may happen.
        ("?move X to Y", "X will|'ll|would|might|shall need_to_be|have_to_be|has_to_be|need_to_move_to|have_to_move_to|be|be_on|be_moved_to|need_moving_to Y [instead|now]"),
        ("?move X to Y", "can|could X go|move|be_moved|be|be_pushed|be_put_off to|till|until|on Y [instead|then]"),
        // "Meg's jags are in 3 weeks' time now": the new day said as a plain fact, with "now".
        ("?X is due in Y", "X is|are|'s|'re in Y now"),
        ("?X is due Y", "X has_moved|moved|got_moved|was_moved|has_changed|changed it's|it_is|it_will_be [now] Y"),
        ("?move X to Y", "X moved|got_moved|was_moved|has_moved|has_been_moved|'s_been_moved|got_pushed|was_pushed|got_bumped|was_bumped|got_changed|was_changed|is_moving|'s_moving to|till|until Y"),
        // Dutch-English calques (batch 63): "do the dentist one away" (weg doen), "the permit task can be deleted", "number 3 is
        // ready" (klaar = finished), "I have it done" (ik heb het gedaan), "put X in my agenda",
        // "the slot is not at 07:30 but at 06:00", "X: deadline saturday", "number 2 to 11:00".
        ("?delete X", "do X away [SEP] [not_needed|no_longer_needed|not_necessary] [anymore|any_more|please]"),
        ("?delete X", "X can|may|must be deleted|removed|cancelled|canceled|scrapped|thrown_away|done_away [now|too|also|please]"),
        ("?complete X", "X is|are|'s [now|already|all] ready [now|already|too|also]"),
        ("?complete X", "X [SEP] i|we have|'ve it|that|them|this|those|both [already|just|now] done|finished|completed"),
        ("?complete X", "X [SEP] i|we have|'ve [already|just|now] done|finished|completed [it|that|them|those|both]"),
        ("add X", "make|create|add a|an [new] task|todo|to-do|item SEP X"),
        ("add X", "put|zet|write in|on|into my|the agenda|calendar|planning SEP X"),
        // German "auf die Liste setzen" with the object first and no pronoun: "Emre's Zeugnis signing put on list for tomorrow
        // evening"; "put on there buy deer corn" (the list said as "there").
        ("add X Y", "X PUT on|onto|in [my|the] list WHEN"),
        ("add X", "X PUT on|onto [my|the] list"),
        ("add X", "PUT on|onto|in [my|the] list|there X"),
        ("?remove all tags from X", "X SEP take_off|take_away|strip_off all|every [of] [the|its] tags|labels"),
        // "take out all the tags from the call", "strip every label off the quote": the tags taken away, the task named after them.
        ("?remove all tags from X", "take_out|take_off|take_away|strip|strip_off|clear all|every [of] [the] tags|labels from|of|off|on X"),
        // "take out the tag from the PSLE maths paper one": the tag said without naming it is all of them.
        ("?remove all tags from X", "take_out|take_off|take_away|strip|strip_off the|its tag|tags|label|labels from|of|off|on X"),
        ("?change X to Y", "X is|'s not at Z but at TIME"),
        // "the delivery is not at 17:00, they say 18:30", "the order is not 09:30, the rep comes at 8:15": the old time denied, then who says the new one.
        ("?change X to Y", "X is|'s not [at] Z [SEP] they|he|she|it|the_rep|the_driver|the_courier|the_doctor|the_company|the_distributor|the_clinic|the_office|the_secretary|the_school|the_garage|the_hospital say|says|said|come|comes|arrive|arrives|will_come|will_arrive|will_be_here|now [at] TIME"),
        // "Oskar's passport, new date 5 december": "date" as well as "deadline" names the new due.
        ("?move X to Y", "X SEP [new] deadline|due|due_date|date WHEN"),
        // "the cabin, deadline's saturday", "the quote, new due date is the 9th": the task named, then its deadline said after a comma.
        ("?move X to Y", "X [the] [new] deadline|due_date|date 's|is WHEN"),
        ("?move X to Y", "X new deadline|due_date|date WHEN"),
        // "the pickup is now 14:15", "the fitting is now on monday": the task's new date or time, said as news.
        ("?X is due Y", "X is|are|'s now WHEN"),
        ("?move X to Y", "X moves|goes|shifts to WHEN [SEP] [change|do|fix] [it|that] [please]"),
        // "the album delivery passes to tomorrow", "the training passed to 9 january" (Portuguese "passa para"): the task goes to a new date.
        ("?move X to Y", "X passes|passed|pass|has_passed|is_passed|jumps|jumped to WHEN"),
        ("?change X to Y", "X to TIME"),
        // "the permit call to Monday please", "lawyer email to sunday": a task named, then only the day it goes to (asks when
        // the name fits several tasks; never a new task).
        ("?move X to Y", "X to WHEN [please]"),
        // "rent to p3", "the gutter quote to high please": a task named, then only the level it goes to.
        ("?make X Y priority", "X to LEVEL [please]"),
    ];

    private const int MaxIdiomLength = 320;

    /// <summary>Every literal word of the table's shapes and canonical forms ("uncheck", "untick", "scratch"): words the engine reads.</summary>
    public static readonly IReadOnlySet<string> Words = Entries
        .SelectMany(e => WordRegex().Matches(e.Shape + " " + e.Canonical).Select(m => m.Value.ToLowerInvariant()))
        .ToHashSet();

    private static readonly (string Canonical, Regex Regex, string[] Anchors)[] Compiled =
        Entries.Select(e => (e.Canonical, Compile(e.Shape), Anchors(e.Shape))).ToArray();

    /// <summary>
    /// Rewrites a clause that uses an idiom into its canonical command; returns the clause unchanged otherwise.
    /// Shapes whose canonical form starts with "?" use verbs that also start new tasks ("throw out the old paint"),
    /// so they apply only when <paramref name="namesTask"/> says X points at an existing task.
    /// </summary>
    public static string Canonicalize(string clause, Func<string, bool> namesTask, Func<string, bool>? acceptsTarget = null) =>
        Rewrite(clause, namesTask, acceptsTarget) ?? clause;

    // The canonical command of the first shape that matches, or null; it may equal the clause ("postpone X by 2 days").
    private static string? Rewrite(string clause, Func<string, bool> namesTask, Func<string, bool>? acceptsTarget = null)
    {
        // Every shape matches a whole clause, and the splitter asks about clauses that grow with the message, so without a
        // bound a 2,000-character message costs a second of regex backtracking. No idiom is longer than a title at its
        // limit (200 characters) with the idiom's own words around it.
        if (clause.Length > MaxIdiomLength)
        {
            return null;
        }

        // Most clauses contain none of a shape's required words; checking words first keeps a turn well under a millisecond.
        var words = WordsOf(clause);
        foreach (var (canonical, regex, anchors) in Compiled)
        {
            if (anchors.Length > 0 && !anchors.Any(words.Contains))
            {
                continue;
            }

            var m = regex.Match(clause);
            if (!m.Success)
            {
                continue;
            }

            var x = m.Groups["X"].Value.Trim();
            var y = m.Groups["Y"].Success ? m.Groups["Y"].Value.Trim() : "";
            // "pick up nonna at 9 instead", "the mart at 11 now": a bare hour in a TIME slot is a clock time (09:00), never a new title.
            if (y.Length is 1 or 2 && y.All(char.IsDigit) && int.Parse(y) <= 23 && regex.ToString().Contains(@"(?<Y>\d{1,2}(?:[:.]\d{2})?", StringComparison.Ordinal))
            {
                y += ":00";
            }

            if (m.Groups["W"].Success && SplitWhen(clause, m) is var (taskWords, when))
            {
                (x, y) = (taskWords, when);
            }
            else if (m.Groups["W"].Success)
            {
                continue;
            }

            // "axe is sharpened, mark it done": a lone verb word followed by "is"/"was"/"has" is the subject of a report, not a command.
            if (m.Groups["X"].Success && m.Groups["X"].Index > 0 && CopulaStartRegex().IsMatch(x)
                && !clause[..m.Groups["X"].Index].Trim().Contains(' '))
            {
                continue;
            }

            // "the high priority one is done, finally sorted": X never holds a whole report with a remark after it.
            if (x.Contains(',', StringComparison.Ordinal) && ReportBeforeCommaRegex().IsMatch(x))
            {
                continue;
            }

            // A shape without X ("remove its tags") acts on the task just named.
            if (x.Length == 0 && canonical.Contains('X', StringComparison.Ordinal))
            {
                continue;
            }

            // "the one due tomorrow, change it to 10am": "the one due Y" is a reference by due day, never a new day for "the one".
            if (canonical.Contains("is due", StringComparison.Ordinal) && DetailPlaceholderRegex().IsMatch(x))
            {
                continue;
            }

            // "put it for 9 in the morning": a pronoun is never the text of a new task; "X is due Y" needs Y to be a date.
            if ((canonical.StartsWith("add ", StringComparison.Ordinal) && (References.TaskReferenceResolver.IsPronoun(x) || LeadingItRegex().IsMatch(x)))
                || (canonical.Contains("is due Y", StringComparison.Ordinal) && !m.Groups["W"].Success && !Time.DateExpressionParser.IsWholeDateOrTime(y)))
            {
                continue;
            }

            // "add reply to the reviews no priority": a new task's details are no edit of a task named "add …".
            if (!canonical.StartsWith("add ", StringComparison.Ordinal) && m.Groups["X"].Success && AddCommandStartRegex().IsMatch(x))
            {
                continue;
            }

            // "reopen #2, ain't finished", "uncheck the hay one, isn't done": the request is said already and the report after it
            // is its reason; the request stands as it is ("reopen reopen #2" names no task).
            if (canonical is "reopen X" or "complete X" or "delete X" && m.Groups["X"].Index == 0 && StatusCommandRegex().IsMatch(x))
            {
                return x;
            }

            // "the passport one is p3 actually": a task's name never ends with a copula; the statement is read elsewhere.
            if (canonical.StartsWith('?') && TrailingCopulaRegex().IsMatch(x))
            {
                continue;
            }

            // "delete the bio lab that i already finished": a task's name never starts with a command; the command wins.
            if ((canonical.StartsWith('?') && (ClauseSplitter.StartsWithCommand(x) || !namesTask(x))) || (acceptsTarget is not null && !acceptsTarget(x)))
            {
                continue;
            }


            // One pass over the shape: replacing X and then Y would turn the "Y" of a task named "Yuki call" into the value.
            return SlotRegex().Replace(canonical.TrimStart('?'), slot => slot.Value == "X" ? x : y);
        }

        return null;
    }

    /// <summary>
    /// Like <see cref="Canonicalize"/>, but when the whole clause is no idiom, a remark after its first comma or dash
    /// ("take the deckchairs one off my list, weather's turned", "I've been to the chiropodist, feet feel like new")
    /// is dropped and the idiom before it is used.
    /// </summary>
    public static string CanonicalizeBeforeRemark(string clause, Func<string, bool> namesTask)
    {
        var canonical = Canonicalize(clause, namesTask);
        if (canonical != clause)
        {
            return canonical;
        }

        // The last comma or dash first: "the pledge cards - remove from my list please, the printer is handling them".
        foreach (var separator in SeparatorRegex().Matches(clause).Reverse())
        {
            var (head, tail) = (clause[..separator.Index].Trim(), clause[(separator.Index + separator.Length)..].Trim());
            if (head.Length == 0 || tail.Length == 0 || ClauseSplitter.StartsWithCommand(tail) || IsIdiom(tail) || IntentPatterns.MentionsAction(tail))
            {
                continue;
            }

            // A head that is already canonical ("postpone X by 2 days, she is sick") still drops the remark.
            if (Rewrite(head, namesTask) is { } before)
            {
                return before;
            }
        }

        return clause;
    }

    [GeneratedRegex(@"^\s*(?:the|that|this|which|any)\s+(?:one|ones|thing|things|task|tasks|item|items|job|jobs)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex DetailPlaceholderRegex();

    [GeneratedRegex(@"(?:\s(?:is|are|was|were)|['’]s)\s+(?:all\s+|now\s+|already\s+)?(?:done|finished|complete|completed|sorted)\s*,", RegexOptions.IgnoreCase)]
    private static partial Regex ReportBeforeCommaRegex();

    // "… to low priority whilst I sort out the rota": a reason clause after the request is a remark too.
    [GeneratedRegex(@"\s*(?:,|\s[-\u2013\u2014])\s*|\s+(?=(?:whilst|while|because|since|as)\s+(?:i|we|he|she|they|it|the)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex SeparatorRegex();

    /// <summary>Whether the clause is one of the idioms whose meaning does not depend on the task existing.</summary>
    /// <remarks>X must carry words of its own: "all sorted" after "called the vet" is a remark, not a request about "all".</remarks>
    public static bool IsIdiom(string clause) =>
        Canonicalize(clause, _ => false, x => Text.WordMatcher.ContentStems(x).Count > 0 && !References.TaskReferenceResolver.IsPronoun(x)) != clause;

    /// <summary>Whether the clause is an idiom that reopens or completes a named task ("brood frames not done yet").</summary>
    public static bool IsStatusIdiom(string clause)
    {
        var canonical = Canonicalize(clause, _ => false, x => Text.WordMatcher.ContentStems(x).Count > 0 && !References.TaskReferenceResolver.IsPronoun(x));
        return canonical != clause && (canonical.StartsWith("reopen ", StringComparison.Ordinal) || canonical.StartsWith("complete ", StringComparison.Ordinal));
    }

    /// <summary>Whether the clause is an idiom that takes a field off a task ("gas bill due date kindly remove"), never the task itself.</summary>
    public static bool IsFieldRemoval(string clause) =>
        Canonicalize(clause, _ => false) is var canonical && canonical != clause
        && FieldRemovals.Any(removal => canonical.StartsWith(removal[..^1], StringComparison.Ordinal));

    /// <summary>Whether the clause is an idiom on any task, a pronoun included ("take that off the list").</summary>
    public static bool IsRequest(string clause) => Canonicalize(clause, _ => true) != clause;

    // The first word of each choice of the shape's first required literal token: one of them must be in the clause.
    private static string[] Anchors(string shape)
    {
        var token = shape.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .FirstOrDefault(t => t is not ("X" or "Y" or "Z" or "SEP" or "TAG" or "HASHTAG" or "NOTE" or "TIME" or "SPAN" or "LEVEL" or "WHEN" or "LIST" or "[LIST]" or "POSITION") && !t.StartsWith('['));
        return token is null ? [] : Choices(token).Select(w => Normalize(w.Split('_')[0])).ToArray();
    }

    // "PUT" in a choice is every verb people use for placing a thing on the list ("chuck it on", "bung it in",
    // "whack X on there"), so each shape that takes one takes them all.
    private static string[] PutVerbs => ["put", "pop", "stick", "chuck", "slap", "throw", "bung", "whack", "shove", "slot", "plonk", "slam"];

    private static IEnumerable<string> Choices(string token) => token.Split('|').SelectMany(w => w == "PUT" ? PutVerbs : [w]);


    // A WHEN slot holds only a date or time ("tomorrow", "on fri at 5"), nothing of a title: the task is the fewest
    // words before it that leave a whole date ("call the plumber | on monday", not "call | the plumber on monday").
    private static (string X, string When)? SplitWhen(string clause, Match m)
    {
        var start = m.Groups["X"].Index;
        // "the match moves to 21:00": shape words between X and WHEN fix X where it is; only WHEN must be a whole date.
        var gap = clause[(m.Groups["X"].Index + m.Groups["X"].Length)..m.Groups["W"].Index];
        if (gap.Any(char.IsLetter))
        {
            var when = m.Groups["W"].Value.Trim();
            return Time.DateExpressionParser.IsWholeDateOrTime(when) ? (m.Groups["X"].Value.Trim(), when) : null;
        }

        var span = clause[start..(m.Groups["W"].Index + m.Groups["W"].Length)];
        for (var i = 1; i < span.Length; i++)
        {
            if (char.IsLetterOrDigit(span[i]) && !char.IsLetterOrDigit(span[i - 1]) && span[i - 1] != '\'' && span[i - 1] != '’')
            {
                var x = span[..i].TrimEnd().TrimEnd('-', '>', '→', '=', '—', '–', ':').Trim();
                var when = span[i..].Trim();
                if (x.Length > 0 && Time.DateExpressionParser.IsWholeDateOrTime(when))
                {
                    return (x, when);
                }
            }
        }

        return null;
    }

    private static HashSet<string> WordsOf(string clause) =>
        WordRegex().Matches(clause).Select(m => Normalize(m.Value)).ToHashSet(StringComparer.Ordinal);

    private static string Normalize(string word) => word.ToLowerInvariant().Replace("'", "", StringComparison.Ordinal).Replace("’", "", StringComparison.Ordinal);

    [GeneratedRegex(@"^(?:it|them)\b", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingItRegex();

    [GeneratedRegex(@"\b(?:is|are|was|were)$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingCopulaRegex();

    [GeneratedRegex(@"^(?:reopen|re-open|uncheck|untick|unmark|undo|complete|tick|check|mark|delete|remove|trash|bin|scratch|scrap|ditch|nuke|cancel)\b", RegexOptions.IgnoreCase)]
    private static partial Regex StatusCommandRegex();

    [GeneratedRegex(@"^(?:add|new\s+(?:task|todo|to-do|item)|remind\s+me)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AddCommandStartRegex();

    [GeneratedRegex(@"[\p{L}\p{N}'’-]+")]
    private static partial Regex WordRegex();

    private static Regex Compile(string shape)
    {
        // An optional part is one token: "[for|on|to Z]" would be read as an optional "for|on|to" and a literal "Z]", a shape that
        // never matches; refuse it where the table is built.
        if (shape.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault(t => t.StartsWith('[') != t.EndsWith(']')) is { } broken)
        {
            throw new InvalidOperationException($"Lexicon shape \"{shape}\": \"{broken}\" opens or closes an optional part it does not close or open; an optional part is one token.");
        }

        var parts = shape.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(token => token switch
        {
            "X" => @"(?<X>.+?)",
            "Y" => @"(?<Y>.+?)",
            "Z" => @"(?<Z>.+?)",
            "SEP" => @"(?:-+>|→|=>|—|–|-|:)",
            // A position in the last listing as the task: "#2", "number 2", "no. 2", "task 3".
            "POSITION" => @"(?<X>(?:#\s*|\b(?:number|no\.?|nr|task|item)\s*#?\s*)\d{1,2})\b",
            // Starts like a date; IsWhen then checks that all of it is one.
            "WHEN" => @"(?<W>\b(?:(?:on|to|for|till|until|by|at)\s+)?(?:today|tonight|tomorrow|day(?=\s+after\s+tomorrow\b)|next|this|in|the|a|\d+\w*|(?:mon|tue|wed|thu|fri|sat|sun|" + Time.DateExpressionParser.Months + @")\w*)\b.*?)",
            "SPAN" => @"(?<Y>(?:a|an|one|two|three|four|five|six|seven|\d+)\s+(?:days?|weeks?|fortnight|months?))\b",
            "TAG" => @"(?<![\w#])(?<!\b(?:with|as|under|to)\s+)(?<Y>(?!(?:too|also|please|again|now|then|show|list|what|which|ones|tasks|items|stuff|all)\b)#?[\p{L}\p{N}_-]+)",
            "NOTE" => @"(?<Y>DTOKEN\d+)",
            "HASHTAG" => @"(?<![\w#])(?<Y>#[\p{L}\p{N}_-]+)",
            "LEVEL" => @"(?<Y>high|medium|low|top|urgent|p[1-4])(?:\s+(?:priority|prio))?\b",
            "TIME" => @"(?<!\b(?:on|the|of|" + Time.DateExpressionParser.Months + @")\s+)(?<Y>\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)?|noon|midday|midnight)\b",
            // "my list", "the to-do list", "my todos", and "my todo" for the whole list ("put X on my todo").
            // A dropped article ("put it back on list", "add X to todo list") still names the list.
            // Dictation says the list as "there" after "back on" or "off" ("put the feed order back on there", "take that off there").
            "LIST" => @"\b(?:(?:my|the|our|that|this)\s+(?:todo\s+|to-do\s+|to\s+do\s+|task\s+|tasks\s+)?(?:list|todos?|to-dos?|tasks)|(?<=\b(?:on|onto|in|into|to|off|from)\s+)(?:todo\s+|to-do\s+)?list|(?<=\b(?:off|from|out\s+of)\s+)(?:that|this|the)\s+lot|(?<=\bback\s+(?:on|onto)\s+|\boff\s+|\boutta\s+|\bout\s+of\s+)there)\b",
            "[LIST]" => @"(?:\b(?:my|the|our)\s+(?:todo\s+|to-do\s+|to\s+do\s+|task\s+)?(?:list|todos?|to-dos?|tasks)\b)?",
            _ when token.StartsWith('[') => @"(?:\b(?:" + Alternatives(token.Trim('[', ']')) + @")\b)?",
            _ => @"\b(?:" + Alternatives(token) + @")\b",
        });

        // Word boundaries keep words apart, so the joints only have to allow spaces and light punctuation.
        return new Regex("^" + LeadIn + string.Join(@"[\s:,\-—]*", parts) + @"(?:\s+(?:entirely|completely|altogether|for\s+good))?(?:[\s,]+(?:please|pls|plz|thanks|thank\s+you|cheers))?[\s.!✅✔️👍]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }

    // "please you can erase X", "yeah bin that", "woops untick X": politeness and fillers before the idiom.
    private const string LeadIn = @"(?:(?:please|pls|plz|kindly|(?:would|do)\s+you\s+mind|can\s+you|could\s+you|would\s+you|will\s+you|you\s+can|can\s+u|could\s+u|yeah|yep|yes|ok|okay|so|um+|uh+|can\s+ya|could\s+ya|hey|oh|oops|woops|whoops|ah|right|righto|actually|and|(?:[\w']+\s+)?(?:tells|told|says|said)(?:\s+(?:me|us))?(?:\s+that)?)[\s,!]+)*";

    private static string Alternatives(string token) =>
        string.Join('|', Choices(token).Select(w => Regex.Escape(w).Replace("'", "['’]?", StringComparison.Ordinal).Replace("_", @"\s+", StringComparison.Ordinal)));

    [GeneratedRegex(@"^(?:is|are|was|were|has|have|had|got|gets|been|isn't|wasn't|aren't)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CopulaStartRegex();

    // A shape's slots: "X" for the task, "Y" for the value, each a word of its own ("I finished X" has a capital I too).
    [GeneratedRegex(@"\b[XY]\b")]
    private static partial Regex SlotRegex();
}
