namespace TodoFunctions.Chat.Tests;

public sealed class AddParsingTests
{
    private static ChatPlan Run(string message) => Harness.Run(message, Harness.Context("UTC", new DateTime(2026, 11, 26, 10, 0, 0)));

    [Theory]
    [InlineData("add wash the car, book a haircut and send the invoice", 3)]
    [InlineData("add three tasks: wash the car, book a haircut, send the invoice", 3)]
    [InlineData("add buy eggs and call the plumber", 2)]
    [InlineData("add \"research salt and pepper grinders\"", 1)]
    [InlineData("add buy dog food and tag it home", 1)]
    [InlineData("add fix the leaking tap, it's urgent", 1)]
    public void Several_tasks_per_message_split_on_list_separators_only(string message, int count)
    {
        Assert.Equal(count, Run(message).Actions.OfType<AddTask>().Count());
    }

    [Fact]
    public void Quoted_text_is_the_exact_title()
    {
        var add = Harness.SingleAdd(Run("add \"research salt and pepper grinders\""));
        Assert.Equal("research salt and pepper grinders", add.Title);
    }

    [Fact]
    public void Notes_go_to_the_description_and_are_not_parsed()
    {
        var add = Harness.SingleAdd(Run("create task Plan Anna's birthday party with description: book the venue tomorrow and order a cake"));
        Assert.Equal("Plan Anna's birthday party", add.Title);
        Assert.Equal("book the venue tomorrow and order a cake", add.Description);
        Assert.Null(add.Due);
    }

    [Theory]
    [InlineData("add submit timesheet today 5:30pm p2 #work", "Submit timesheet", TaskPriority.Medium, "work")]
    [InlineData("add book flights to lisbon high priority", "Book flights to lisbon", TaskPriority.High, null)]
    [InlineData("add clean the fridge, low priority", "Clean the fridge", TaskPriority.Low, null)]
    [InlineData("remind me to call mom asap", "Call mom", TaskPriority.High, null)]
    [InlineData("add update project roadmap #Work", "Update project roadmap", TaskPriority.None, "work")]
    public void Priority_and_tag_phrases_are_taken_out_of_the_title(string message, string title, TaskPriority priority, string? tag)
    {
        var add = Harness.SingleAdd(Run(message));
        Assert.Equal(title, add.Title);
        Assert.Equal(priority, add.Priority);
        Assert.Equal(tag is null ? [] : [tag], add.Tags);
    }

    [Theory]
    [InlineData("add a task")]
    [InlineData("remind me tomorrow")]
    [InlineData("add")]
    [InlineData("delete")]
    [InlineData("rename")]
    public void Missing_title_or_target_asks(string message)
    {
        var plan = Run(message);
        Assert.Empty(plan.Actions);
        Assert.Contains("?", plan.Reply);
    }
}
