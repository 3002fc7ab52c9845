using TodoFunctions.ChatEval.Checking;

namespace TodoFunctions.Chat.Tests;

/// <summary>The shapes ChatEval's --audit-titles lists for a person to read, and titles it leaves alone.</summary>
public sealed class TitleAuditTests
{
    [Theory]
    [InlineData("I will change the gearbox oil on MF Hordaland", "starts with a subject pronoun")]
    [InlineData("I need to order a new blade", "starts with a subject pronoun")]
    [InlineData("Add call the client", "starts with request framing")]
    [InlineData("Remind me to chase the solicitors", "starts with request framing")]
    [InlineData("Repot the geraniums please, I will do it", "holds a politeness word")]
    [InlineData("Pick up dry cleaning every", "ends on a function word")]
    public void Titles_no_person_gives_a_task_are_flagged(string title, string why)
    {
        Assert.Equal(why, TitleAudit.Why(title));
    }

    [Theory]
    [InlineData("Change the gearbox oil on MF Hordaland")]
    [InlineData("IT audit for the clinic")]
    [InlineData("I-9 form for the new hire")]
    [InlineData("Turn the heating up")]
    [InlineData("Put the bins out")]
    public void Titles_of_tasks_are_not_flagged(string title)
    {
        Assert.Null(TitleAudit.Why(title));
    }
}
