using System.Text.RegularExpressions;

namespace TodoFunctions.Chat.Text;

/// <summary>
/// Function-word calques of learners' English (first seen in Romanian-shaped English, batch 107, but none is tied to one
/// language): an infinitive "to" kept after "please" or "add" ("please to move X", "add to call Enel …"), a label "to add:",
/// "at" where English says "of"/"to" ("the priority at the demo", "a note at the cabin: …"), "in" for "to" before a new
/// title ("change the title in "…""), "also" between the verb and its object ("put also the tag admin on X"), "put it p2"
/// for "make it p2", a digit ordinal after a verb ("move the 2nd on friday": a position, not the 2nd of the month) and what
/// is said after a request without a subject ("…, is full of cat hair") or as a price (", 52 lei"). Rewritten to the
/// English the rules read; each pattern names the conditions under which it applies.
/// </summary>
public static partial class LearnerGrammar
{
    public static string Normalise(string text)
    {
        if (text.Length > Safety.SafetyGuard.MaxLength)
        {
            return text;
        }

        // "please to move the ITP until monday", "pls to erase the retro notes task", "can you please to check off …": the
        // infinitive "to" kept after "please" (Romanian "vă rog să …"). Only at the start of a request and before a word
        // that is no object ("please to the list" is left alone).
        text = PleaseToRegex().Replace(text, "${p} ");
        // "to add: take the cat at the vet in 3 days": the label of what follows ("de adăugat:") is the command itself.
        text = ToAddLabelRegex().Replace(text, "add ");
        // "add to call Enel for the wrong invoice, note: …", "add to email the landlord": "add" then an infinitive is the new
        // task's verb, not "add to <task>" (which takes a note or a tag: "add to the dentist a note: …"). Only before a verb
        // that starts new tasks ("add to cart" and "add to the list" keep their "to").
        text = AddToVerbRegex().Replace(text, m => Intents.AddParser.StartsWithImperative(m.Groups["rest"].Value) ? m.Groups["add"].Value + " " : m.Value);
        // "change the priority at the sprint demo to low", "I want to change the name at the demo": "at" for "of" after a
        // field of a task ("la"), before the task's name.
        text = FieldAtRegex().Replace(text, "${f} of ");
        // "add a note at the Sinaia cabin: …", "put a comment at the ITP one - …": "at" for "to" after a note.
        text = NoteAtRegex().Replace(text, "${n} to ");
        // "change the retro task title in "Send retro action items"", "rename it in "…"": "in" ("în") for "to" before the new
        // title, only when a quoted title closes the request.
        text = TitleInRegex().Replace(text, " to ");
        // "put also the tag admin on X", "add also tag urgent to Y": "also" before the object of a tag request ("pune și …").
        text = VerbAlsoTagRegex().Replace(text, "${v} ");
        // "postpone the regression by 2 days and put it p2": "put" before a level ("pune-l p2") makes it that level.
        text = PutItLevelRegex().Replace(text, m => (char.IsUpper(m.Value[0]) ? "Make " : "make ") + m.Groups["o"].Value + " ");
        // "move the 2nd on friday", "delete the 3rd": right after a verb that acts on a task, "the 2nd" is a list position
        // (the date parser would read the 2nd of the month and leave no task); "move X to the 2nd" and "the 2nd of May" stay.
        text = VerbDigitOrdinalRegex().Replace(text, m => "the " + OrdinalWords[int.Parse(m.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture)]);
        // "I have paid RCS-RDS and also the maintenance at administrator": after a report, "and also the …" is a second
        // object of the same verb (otherwise "also" starts a clause made of a bare noun phrase, which changes nothing).
        text = ReportAndAlsoRegex().Replace(text, " and ");
        // "task 1 — is done", "number 2 - is finished": a dash between the task and its state ("task 1 — e gata").
        text = DashIsDoneRegex().Replace(text, " is ");
        // "add vacuum the dacia in five days, is full of cat hair", "new task: X, is cheaper on Saturday": a remark with its
        // subject dropped ("e plină de păr") after an add describes the thing; it is no second task. Never a state the rules
        // read ("…, is urgent", "…, is done", "…, is for work", "…, is not needed").
        text = ProDropRemarkAfterAddRegex().Replace(text, "");
        // "new task: to pay RCS-RDS until 2027-01-20, 52 lei", "paid the gym, 35 euros": an amount said after a request is what
        // it costs, never a task of its own.
        text = TrailingAmountRegex().Replace(text, "");
        return text;
    }

    private static readonly string[] OrdinalWords = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"];

    [GeneratedRegex(@"(?<=^\s*|[,.;!?:]\s*|\b(?:can|could|would|will)\s+you\s+)(?<p>please|pls|plz|kindly)\s+to\s+(?!(?:the|my|a|an|me|us|him|her|them|this|that|your|our|list|do\s+list)\b)(?=\p{L})", RegexOptions.IgnoreCase)]
    private static partial Regex PleaseToRegex();

    [GeneratedRegex(@"(?<=^\s*|[.;!?]\s+)to\s+add\s*(?::|[-–—]\s)\s*(?=\S)", RegexOptions.IgnoreCase)]
    private static partial Regex ToAddLabelRegex();

    [GeneratedRegex(@"(?<=^\s*|[,.;!?:]\s*)(?<add>(?:(?:please|pls|kindly)\s+)?add)\s+to\s+(?=(?<rest>\p{L}+\s+(?!(?:list|lists|cart|basket)\b)\S))", RegexOptions.IgnoreCase)]
    private static partial Regex AddToVerbRegex();

    [GeneratedRegex(@"(?<=\b(?:the|its|a\s+new)\s+)(?<f>priority|prio|name|title|due\s+date|deadline|date|time|description|tags?)\s+at\s+(?=(?:the|my|this|that|our)\b|\p{Lu})", RegexOptions.IgnoreCase)]
    private static partial Regex FieldAtRegex();

    [GeneratedRegex(@"\b(?<n>(?:a|the)\s+(?:note|comment|description))\s+at\s+(?=(?:the|my|this|that|our)\b|\p{Lu})", RegexOptions.IgnoreCase)]
    private static partial Regex NoteAtRegex();

    [GeneratedRegex(@"(?<=\b(?:title|name|rename|retitle)\b[^.;!?]{0,60}?)\s+in\s+(?=QTOKEN\d+\s*[.!]*\s*$)", RegexOptions.IgnoreCase)]
    private static partial Regex TitleInRegex();

    [GeneratedRegex(@"\b(?<v>put|add|give|set|stick)\s+also\s+(?=(?:the\s+|a\s+)?(?:tag|label)\b|#\w)", RegexOptions.IgnoreCase)]
    private static partial Regex VerbAlsoTagRegex();

    [GeneratedRegex(@"\bput\s+(?<o>it|that|this|them)\s+(?:on\s+|as\s+|to\s+)?(?=(?:p[1-4]|(?:high|medium|low|top|no)(?:[\s-]+prio(?:rity)?)?|urgent|important)\s*[.!]*\s*(?:$|[,;]|\band\b))", RegexOptions.IgnoreCase)]
    private static partial Regex PutItLevelRegex();

    [GeneratedRegex(@"(?<=(?:^|[,.;!?:])\s*(?:(?:please|pls|kindly)\s+)?(?:move|push|shift|postpone|reschedule|delete|remove|erase|drop|reopen|uncheck|complete|finish|tick\s+off|check\s+off|mark|change|rename|make|set|tag)\s+)the\s+(?<n>10|[1-9])(?:st|nd|rd|th)\b(?!\s+of\b)", RegexOptions.IgnoreCase)]
    private static partial Regex VerbDigitOrdinalRegex();

    [GeneratedRegex(@"(?<=(?:^|[.;!?]\s+)\s*(?:i|we)\s+(?:(?:have|had|just|already|also|finally)\s+|['’]ve\s+)*(?:\p{L}+ed|paid|done|did|sent|bought|made|got|took|wrote|sold|brought|finished)\b[^.;!?]*?)\s+and\s+also\s+(?=(?:the|my|our)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex ReportAndAlsoRegex();

    [GeneratedRegex(@"(?<=\S)\s+[—–-]+\s*,?\s*(?:is|are)\s+(?=(?:done|finished|completed|complete|paid|sorted)\s*[.!]*\s*$)", RegexOptions.IgnoreCase)]
    private static partial Regex DashIsDoneRegex();

    [GeneratedRegex(@"(?<=^\s*(?:(?:please|pls|kindly)\s+)?(?:add|new\s+task|create|put|remind\s+me\s+to)\b[^.;!?]*?)\s*,\s*(?:(?:they|people)\s+says?\s+)?(?:is|was|are|were)\s+(?!(?:done|finished|complete|completed|paid|sorted|urgent|important|critical|due|for|on|by|at|to|high|medium|low|top|not|no|overdue|today|tomorrow|tonight|next|this|every|p[1-4]|cancell?ed|postponed|moved|optional)\b)[^,;.!?]*(?=[.!]*\s*$)", RegexOptions.IgnoreCase)]
    private static partial Regex ProDropRemarkAfterAddRegex();

    [GeneratedRegex(@"\s*,\s*(?:(?:about|around|approx\.?|~)\s*)?(?:[€$£]\s*\d+(?:[.,]\d+)?|\d+(?:[.,]\d+)?\s*(?:lei|ron|euros?|eur|€|\$|usd|dollars?|bucks|pounds?|quid|gbp|£|chf|francs?|kr|sek|dkk|nok|zł|zl|pln|huf|forints?|czk|rupees?|rs\.?|inr|pkr|npr|yen|¥|baht|pesos?|reais|rand|naira|cedis?|shillings?|kes)(?![\p{L}]))(?=[\s.!]*$)", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingAmountRegex();
}
