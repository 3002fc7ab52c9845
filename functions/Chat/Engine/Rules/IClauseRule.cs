namespace TodoFunctions.Chat.Engine.Rules;

/// <summary>
/// One way of reading a clause. <see cref="ClauseRules.InOrder"/> tries the rules top to bottom and the first
/// that handles the clause wins, so a rule only has to recognise its own kind of request.
/// </summary>
internal interface IClauseRule
{
    /// <summary>Acts on the clause through <paramref name="turn"/> and returns true, or returns false to pass it on.</summary>
    bool TryHandle(Clause clause, TurnInterpreter turn);
}

/// <param name="Text">The clause after fillers, typo fixes and the action lexicon.</param>
/// <param name="IsListing">It asks for a listing (verb-led, or made only of filter words).</param>
internal sealed record Clause(string Text, bool IsListing);
