namespace TodoFunctions.Chat.Tests;

public sealed class ConversationTests
{
    private static readonly DateTime Now = new(2026, 11, 26, 10, 0, 0);

    [Theory]
    [InlineData("the second one")]
    [InlineData("2")]
    [InlineData("the plumber one")]
    public void A_bare_answer_to_which_one_completes_the_original_request(string answer)
    {
        var mom = Harness.Task("Call mom");
        var plumber = Harness.Task("Call the plumber");
        var tasks = new[] { mom, plumber, Harness.Task("Buy milk") };
        var ask = Harness.Run("delete the call one", Harness.Context("UTC", Now, tasks));
        Assert.Empty(ask.Actions);
        var history = new List<ChatTurn> { new("user", "delete the call one"), new("assistant", ask.Reply, ask.Listing, ask.State) };

        var plan = Harness.Run(answer, Harness.Context("UTC", Now, tasks, history));

        Assert.Equal([new DeleteTask(plumber.Id)], plan.Actions);
    }

    [Fact]
    public void A_new_request_after_a_question_is_handled_normally()
    {
        var tasks = new[] { Harness.Task("Call mom"), Harness.Task("Call the plumber") };
        var ask = Harness.Run("delete the call one", Harness.Context("UTC", Now, tasks));
        var history = new List<ChatTurn> { new("user", "delete the call one"), new("assistant", ask.Reply, ask.Listing, ask.State) };

        var plan = Harness.Run("what's due today?", Harness.Context("UTC", Now, tasks, history));

        Assert.Empty(plan.Actions);
    }

    [Theory]
    [InlineData("add get the car done by friday", "Get the car done")]
    [InlineData("remind me to cancel the gym membership", "Cancel the gym membership")]
    [InlineData("add check the tire pressure", "Check the tire pressure")]
    public void An_explicit_add_wins_over_command_words_in_the_title(string message, string title)
    {
        var plan = Harness.Run(message, Harness.Context("UTC", Now, [Harness.Task("Gym membership")]));
        Assert.Equal(title, Harness.SingleAdd(plan).Title);
    }

    [Fact]
    public void Past_tense_report_completes_the_matching_pending_task()
    {
        var bill = Harness.Task("Pay electricity bill");
        var plan = Harness.Run("I paid the electricity bill", Harness.Context("UTC", Now, [bill, Harness.Task("Buy milk")]));
        Assert.Equal([new CompleteTask(bill.Id)], plan.Actions);
    }

    [Fact]
    public void No_longer_needed_deletes_the_task()
    {
        var milk = Harness.Task("Buy milk");
        var plan = Harness.Run("I don't need to buy milk anymore", Harness.Context("UTC", Now, [milk, Harness.Task("Walk the dog")]));
        Assert.Equal([new DeleteTask(milk.Id)], plan.Actions);
    }

    [Fact]
    public void The_first_two_means_a_range_of_the_last_listing()
    {
        var tasks = new[] { Harness.Task("A task"), Harness.Task("B task"), Harness.Task("C task") };
        var plan = Harness.Run("finished the first two", Harness.Context("UTC", Now, tasks, [Harness.Listing(tasks)]));
        Assert.Equal([new CompleteTask(tasks[0].Id), new CompleteTask(tasks[1].Id)], plan.Actions);
    }

    [Fact]
    public void Listing_numbers_titles_exactly_and_returns_their_ids()
    {
        var tasks = new[] { Harness.Task("buy MILK"), Harness.Task("Done thing", completed: true) };
        var plan = Harness.Run("show my tasks", Harness.Context("UTC", Now, tasks));
        Assert.Contains("1. buy MILK", plan.Reply);
        Assert.DoesNotContain("Done thing", plan.Reply);
        Assert.Equal([tasks[0].Id], plan.Listing);
    }

    [Fact]
    public void Later_clauses_see_tasks_created_earlier_in_the_message()
    {
        var plan = Harness.Run("add buy dog food and tag it home", Harness.Context("UTC", Now));
        var final = ChatActionApplier.Apply([], plan.Actions);
        var task = Assert.Single(final);
        Assert.Equal(["home"], task.Tags);
    }
}
