using TodoFunctions.Chat.Intents;
using TodoFunctions.Chat.References;

namespace TodoFunctions.Chat.Engine.Rules;

/// <summary>After a correction opener or a task named earlier in the message, "7pm" / "make it friday" edits that task.</summary>
internal sealed class PronounEditRule : IClauseRule
{
    public bool TryHandle(Clause clause, TurnInterpreter turn)
    {
        if (!turn.IsCorrection && turn.LastTargets is null)
        {
            return false;
        }

        var forced = UpdateParser.ParseGeneral(clause.Text, turn.Now, force: true);
        if (forced is null || !forced.HasChange || !TaskReferenceResolver.IsPronoun(forced.Reference))
        {
            return false;
        }

        turn.Update(forced);
        return true;
    }
}
