using System.Text.RegularExpressions;
using TodoFunctions.Chat.Intents;
using TodoFunctions.Chat.References;

namespace TodoFunctions.Chat.Engine.Rules;

internal sealed partial class GeneralEditRule : IClauseRule
{
    public bool TryHandle(Clause clause, TurnInterpreter turn)
    {
        var general = UpdateParser.ParseGeneral(clause.Text, turn.Now, force: false);
        // "make dinner tonight" is a new task, "make groceries urgent" an edit: "make" only edits a task that exists.
        // "make a new kitchen plan for friday": an indefinite article names a new thing, never a task that shares a word.
        if (general is not null && !MakeNewThingRegex().IsMatch(clause.Text)
            && (!MakeWithoutTargetRegex().IsMatch(clause.Text) || NamesExistingTasks(general, turn)))
        {
            turn.Update(general);
            return true;
        }

        var rename = UpdateParser.ParseLooseRename(clause.Text, turn.Restore);
        if (rename is not null && turn.Resolve(rename.Reference, ReferenceScope.All).Status == ReferenceStatus.Found)
        {
            turn.Update(rename);
            return true;
        }

        return false;
    }

    // "make Yuki call urgent" with two calls to Yuki asks which: a level alone is no new task's text ("Make Yuki call").
    private static bool NamesExistingTasks(UpdateRequest general, TurnInterpreter turn) =>
        turn.Resolve(general.Reference, ReferenceScope.All).Status switch
        {
            ReferenceStatus.Found => true,
            ReferenceStatus.Ambiguous => general.Priority is not null && general.DueEdit == DueEdit.None && general.Title is null
                && general.AddTags.Count == 0 && general.Repeat is null && general.Reminders is null,
            _ => false,
        };

    [GeneratedRegex(@"^\s*make\s+(?!(?:it|that|this|them|those|both|the|my|task|item|number|#|\d)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex MakeWithoutTargetRegex();

    [GeneratedRegex(@"^\s*make\s+(?:a|an|another)\s", RegexOptions.IgnoreCase)]
    private static partial Regex MakeNewThingRegex();
}
