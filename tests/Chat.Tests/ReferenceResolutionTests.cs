namespace TodoFunctions.Chat.Tests;

public sealed class ReferenceResolutionTests
{
    private static readonly DateTime Now = new(2026, 11, 26, 10, 0, 0);

    [Fact]
    public void Several_equal_matches_ask_which_one_and_change_nothing()
    {
        var mom = Harness.Task("Call mom");
        var plumber = Harness.Task("Call the plumber");
        var plan = Harness.Run("delete the call one", Harness.Context("UTC", Now, [mom, plumber, Harness.Task("Buy milk")]));

        Assert.Empty(plan.Actions);
        Assert.Contains("?", plan.Reply);
        Assert.Contains("Call mom", plan.Reply);
        Assert.Contains("Call the plumber", plan.Reply);
        Assert.Equal([mom.Id, plumber.Id], plan.Listing);
    }

    [Fact]
    public void After_asking_the_user_can_pick_by_position()
    {
        var mom = Harness.Task("Call mom");
        var plumber = Harness.Task("Call the plumber");
        var first = Harness.Run("delete the call one", Harness.Context("UTC", Now, [mom, plumber]));
        var history = new List<ChatTurn> { new("user", "delete the call one"), new("assistant", first.Reply, first.Listing, first.State) };

        var second = Harness.Run("the second one", Harness.Context("UTC", Now, [mom, plumber], history));
        var followUp = Harness.Run("delete the second one", Harness.Context("UTC", Now, [mom, plumber], history));

        Assert.NotNull(second.Reply);
        Assert.Equal([new DeleteTask(plumber.Id)], followUp.Actions);
    }

    [Theory]
    [InlineData("complete task 9")]
    [InlineData("delete #4")]
    [InlineData("mark number 5 as done")]
    public void Position_outside_the_last_listing_asks(string message)
    {
        var tasks = new[] { Harness.Task("A one"), Harness.Task("B two"), Harness.Task("C three") };
        var plan = Harness.Run(message, Harness.Context("UTC", Now, tasks, [new ChatTurn("user", "list"), Harness.Listing(tasks)]));

        Assert.Empty(plan.Actions);
        Assert.Contains("?", plan.Reply);
    }

    [Fact]
    public void Position_without_any_listing_asks()
    {
        var plan = Harness.Run("complete task 2", Harness.Context("UTC", Now, [Harness.Task("Buy milk"), Harness.Task("Walk dog")]));
        Assert.Empty(plan.Actions);
        Assert.Contains("?", plan.Reply);
    }

    [Theory]
    [InlineData("1 and 3 are done")]
    [InlineData("mark the first and third ones as done")]
    [InlineData("complete #1, #3")]
    public void Plural_positions_act_on_every_task_named(string message)
    {
        var tasks = new[] { Harness.Task("Buy milk"), Harness.Task("Walk the dog"), Harness.Task("Finish report") };
        var plan = Harness.Run(message, Harness.Context("UTC", Now, tasks, [Harness.Listing(tasks)]));
        Assert.Equal([new CompleteTask(tasks[0].Id), new CompleteTask(tasks[2].Id)], plan.Actions);
    }

    // Positions named first, then "both" or "them": the two named (CONVENTIONS: a plural reference acts on every task it names;
    // batch-140 and batch-171 cases), never the whole listing and never a question.
    [Theory]
    [InlineData("first and third - remove both")]
    [InlineData("first and third, remove both")]
    [InlineData("1 and 3 - delete them")]
    public void Positions_then_both_act_on_the_two_named(string message)
    {
        var tasks = new[] { Harness.Task("Buy milk"), Harness.Task("Walk the dog"), Harness.Task("Finish report") };
        var plan = Harness.Run(message, Harness.Context("UTC", Now, tasks, [Harness.Listing(tasks)]));
        Assert.Equal([new DeleteTask(tasks[0].Id), new DeleteTask(tasks[2].Id)], plan.Actions);
    }

    // "both" after a listing of three is two of them, never all three: it asks which and changes nothing.
    [Theory]
    [InlineData("remove both")]
    [InlineData("delete both of them")]
    public void Both_after_a_listing_of_three_asks_which(string message)
    {
        var tasks = new[] { Harness.Task("Buy milk"), Harness.Task("Walk the dog"), Harness.Task("Finish report") };
        var plan = Harness.Run(message, Harness.Context("UTC", Now, tasks, [Harness.Listing(tasks)]));
        Assert.Empty(plan.Actions);
        Assert.Contains("?", plan.Reply);
    }

    [Fact]
    public void Both_with_a_shared_word_acts_on_all_matches()
    {
        var mom = Harness.Task("Call mom");
        var plumber = Harness.Task("Call the plumber");
        var plan = Harness.Run("delete both call tasks", Harness.Context("UTC", Now, [mom, plumber, Harness.Task("Buy milk")]));
        Assert.Equal([new DeleteTask(mom.Id), new DeleteTask(plumber.Id)], plan.Actions);
    }

    [Fact]
    public void Complete_only_looks_at_pending_tasks()
    {
        var done = Harness.Task("Call mom", completed: true);
        var pending = Harness.Task("Call the plumber");
        var plan = Harness.Run("mark the call task as done", Harness.Context("UTC", Now, [done, pending]));
        Assert.Equal([new CompleteTask(pending.Id)], plan.Actions);
    }

    [Fact]
    public void Reopen_only_looks_at_completed_tasks()
    {
        var done = Harness.Task("Pay rent", completed: true);
        var pending = Harness.Task("Pay car loan");
        var plan = Harness.Run("reopen the pay task", Harness.Context("UTC", Now, [done, pending]));
        Assert.Equal([new ReopenTask(done.Id)], plan.Actions);
    }

    [Fact]
    public void It_means_the_only_task_in_the_last_listing()
    {
        var dentist = Harness.Task("Book dentist appointment");
        var plan = Harness.Run("move it to friday", Harness.Context("UTC", Now, [dentist, Harness.Task("Buy milk")], [Harness.Listing(dentist)]));
        var update = Assert.IsType<UpdateTask>(Assert.Single(plan.Actions));
        Assert.Equal(dentist.Id, update.Id);
    }

    [Fact]
    public void It_with_several_listed_tasks_asks()
    {
        var tasks = new[] { Harness.Task("Buy milk"), Harness.Task("Walk the dog") };
        var plan = Harness.Run("move it to friday", Harness.Context("UTC", Now, tasks, [Harness.Listing(tasks)]));
        Assert.Empty(plan.Actions);
        Assert.Contains("?", plan.Reply);
    }

    [Theory]
    [InlineData("delete the one due tomorrow", 1)]
    [InlineData("tick off the DHL one", 0)]
    [InlineData("mark the high priority one complete", 2)]
    [InlineData("done with the package pickup", 0)]
    public void Tasks_can_be_picked_by_details_or_description_words(string message, int expectedIndex)
    {
        var tasks = new[]
        {
            Harness.Task("Pick up package", description: "DHL depot on Main Street"),
            Harness.Task("Book dentist", new TaskDue(new DateOnly(2026, 11, 27), null)),
            Harness.Task("Finish report", priority: TaskPriority.High),
        };
        var plan = Harness.Run(message, Harness.Context("UTC", Now, tasks));
        var action = Assert.Single(plan.Actions);
        Assert.Equal(tasks[expectedIndex].Id, action switch { DeleteTask d => d.Id, CompleteTask c => c.Id, _ => Guid.Empty });
    }

    [Fact]
    public void Nothing_matching_says_so_and_changes_nothing()
    {
        var plan = Harness.Run("mark the gym task done", Harness.Context("UTC", Now, [Harness.Task("Buy milk")]));
        Assert.Empty(plan.Actions);
        Assert.Contains("gym", plan.Reply);
    }

    [Fact]
    public void A_correction_retargets_the_task_touched_last_turn()
    {
        var call = Harness.Task("Call mom", new TaskDue(new DateOnly(2026, 11, 27), new TimeOnly(18, 0)));
        var first = Harness.Run("move call mom to tomorrow at 6pm", Harness.Context("UTC", Now, [call, Harness.Task("Buy milk")]));
        var history = new List<ChatTurn> { new("user", "move call mom to tomorrow at 6pm"), new("assistant", first.Reply, first.Listing, first.State) };

        var plan = Harness.Run("no, make it 7pm", Harness.Context("UTC", Now, [call, Harness.Task("Buy milk")], history));

        var update = Assert.IsType<UpdateTask>(Assert.Single(plan.Actions));
        Assert.Equal(call.Id, update.Id);
        Assert.Equal(new TaskDue(new DateOnly(2026, 11, 27), new TimeOnly(19, 0)), update.Due?.NewDue);
    }

    [Fact]
    public void A_correction_without_host_state_replays_the_previous_request()
    {
        var call = Harness.Task("Call mom", new TaskDue(new DateOnly(2026, 11, 27), new TimeOnly(18, 0)));
        var history = new List<ChatTurn> { new("user", "add call mom tomorrow at 6pm"), new("assistant", "Added \"Call mom\".") };

        var plan = Harness.Run("no, make it 7pm", Harness.Context("UTC", Now, [Harness.Task("Buy milk"), call], history));

        var update = Assert.IsType<UpdateTask>(Assert.Single(plan.Actions));
        Assert.Equal(call.Id, update.Id);
        Assert.Equal(new TimeOnly(19, 0), update.Due?.NewDue?.Time);
    }
}
