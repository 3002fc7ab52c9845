using TodoFunctions.Chat.Intents;

namespace TodoFunctions.Chat.Tests;

public sealed class ActionLexiconTests
{
    [Theory]
    [InlineData("take the window cleaner off my list", "delete the window cleaner")]
    [InlineData("get rid of the gym thing", "delete the gym thing")]
    [InlineData("the library books are no longer needed", "delete the library books")]
    [InlineData("the tax forms are dealt with", "complete the tax forms")]
    [InlineData("that's dealt with", "complete that")]
    [InlineData("untick the electric bill", "reopen the electric bill")]
    [InlineData("put the bill back on my list", "reopen the bill")]
    [InlineData("mark the newsletter not done", "reopen the newsletter")]
    [InlineData("pencil in lunch with sam on tuesday", "add lunch with sam on tuesday")]
    [InlineData("put 'x' down for wednesday", "add 'x' for wednesday")]
    [InlineData("make the plumber one say Call Luigi", "rename the plumber one to Call Luigi")]
    [InlineData("bump the dentist to friday", "move the dentist to friday")]
    [InlineData("yoga trial, forget about it", "delete yoga trial")]
    [InlineData("coffee cups task get rid of it", "delete coffee cups task")]
    [InlineData("Tigist shift swap remove from list", "delete Tigist shift swap")]
    [InlineData("number 2 scratch please", "delete number 2")]
    [InlineData("number 2 uncheck", "reopen number 2")]
    [InlineData("the first one bring back please", "reopen the first one")]
    [InlineData("handouts, put back to todo", "reopen handouts")]
    [InlineData("the urgent one mark finish", "complete the urgent one")]
    [InlineData("rota update is not finish", "reopen rota update")]
    [InlineData("work permit task also tag hotel", "tag work permit task with hotel")]
    [InlineData("Generator remont to friday move", "move Generator remont to friday")]
    [InlineData("generator remont rename pls", "rename generator remont")]
    [InlineData("sheep task move please", "move sheep task")]
    [InlineData("add 3 things for the game: ring the ref", "add ring the ref")]
    public void Idioms_become_canonical_commands(string clause, string expected)
    {
        Assert.Equal(expected, ActionLexicon.Canonicalize(clause, _ => true));
    }

    [Theory]
    [InlineData("throw out the old paint")]
    [InlineData("finish the essay")]
    [InlineData("knock out the wall")]
    [InlineData("the first one bring back please")]
    public void Verbs_that_also_start_new_tasks_rewrite_only_when_a_task_matches(string clause)
    {
        Assert.Equal(clause, ActionLexicon.Canonicalize(clause, _ => false));
        Assert.NotEqual(clause, ActionLexicon.Canonicalize(clause, _ => true));
    }

    // The task's words are put into the shape's slots in one pass: a "Y" inside the task's name ("Yuki") is no slot for
    // the new value, nor an "X" inside the value.
    [Theory]
    [InlineData("make Yuki call urgent", "make Yuki call urgent priority")]
    [InlineData("make Year planning urgent", "make Year planning urgent priority")]
    [InlineData("bump Yoga class to friday", "move Yoga class to friday")]
    public void Capital_X_or_Y_inside_a_slot_stays_as_written(string clause, string expected)
    {
        Assert.Equal(expected, ActionLexicon.Canonicalize(clause, _ => true));
    }

    [Theory]
    [InlineData("buy milk")]
    [InlineData("show my tasks")]
    [InlineData("call the plumber tomorrow")]
    public void Other_clauses_pass_through_unchanged(string clause)
    {
        Assert.Equal(clause, ActionLexicon.Canonicalize(clause, _ => true));
    }
}
