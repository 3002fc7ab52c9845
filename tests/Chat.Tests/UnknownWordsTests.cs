using TodoFunctions.Chat.Text;

namespace TodoFunctions.Chat.Tests;

/// <summary>
/// A word no table knows — no English, none of the person's tasks, none the engine reads — is dropped only where nothing but tone
/// can stand. The words below are from voices the tables have no line for (Kazakh, Russian, invented ones), so each
/// row checks the mechanism, not a table entry.
/// </summary>
public sealed class UnknownWordsTests
{
    private static readonly string[] OwnWords = ["order", "churchkhela", "physiotherapy", "knee", "sulguni", "dacha"];

    private static bool IsOwn(string word) =>
        OwnWords.Any(own => own == word.ToLowerInvariant() || (word.Length >= 4 && own.StartsWith(word.ToLowerInvariant(), StringComparison.Ordinal)));

    [Theory]
    [InlineData("salem! remind me to call the broker", "remind me to call the broker")]
    [InlineData("koroche, add meeting with Dauren thursday", "add meeting with Dauren thursday")]
    [InlineData("bystro show overdue please", "show overdue please")]
    [InlineData("number 2 done, rakhmet", "number 2 done")]
    [InlineData("1 and 4 done, rakhmet 👍", "1 and 4 done 👍")]
    [InlineData("make it p2, davai", "make it p2")]
    [InlineData("#2 done zorbakh", "#2 done")]
    [InlineData("#1 done zorbakh, #2 done zorbakh!", "#1 done, #2 done!")] // the same word twice: judged once, dropped twice
    [InlineData("move it to friday blorvat", "move it to friday")]
    [InlineData("glorbat reopen the high priority one", "reopen the high priority one")]
    [InlineData("zorbakh, concrete for the garage is still not done", "concrete for the garage is still not done")] // set apart by a comma first
    [InlineData("concrete delivery change hour to 6:30 zorbakh", "concrete delivery change hour to 6:30")]           // after a time
    [InlineData("garage concrete reopen zorbakh", "garage concrete reopen")]
    [InlineData("zorbakh - what's on friday?", "what's on friday?")]                               // set apart by a dash first
    [InlineData("#3 zorbakh = done", "#3 done")]                                                   // a word glossed in English
    [InlineData("the one due zorbakh - tomorrow - is done", "the one due tomorrow is done")]
    [InlineData("move it to zorbakh (friday)", "move it to friday")]
    public void A_word_of_no_known_language_is_dropped_where_only_tone_can_stand(string message, string expected)
    {
        Assert.Equal(expected, UnknownWords.StripTone(message, IsOwn));
    }

    [Theory]
    [InlineData("add buy sulguni and kefir")]                      // inside the request: the thing to buy
    [InlineData("add eggs, kefir")]                                // after a comma in an add: one more task
    [InlineData("physio move to saturday")]                        // the task first, the verb last ("physio" of "Physiotherapy")
    [InlineData("zorbakh, delete it")]                             // a task named first, then the verb on "it"
    [InlineData("call tomorrow Nurlan")]                           // a capitalised word last is a name
    [InlineData("add buuz making for Tsagaan Sar, tag it tsagaansar")] // the value of "tag it"
    [InlineData("churchkhela ordered")]                            // a word of the person's own task
    [InlineData("move it tmrw")]                                   // shorthand the date parser reads
    [InlineData("the church one uncheck")]                         // a verb of the action lexicon
    [InlineData("saturday what is planned?")]                      // a day
    [InlineData("finsihed the report, importnat")]                 // slips the typo corrector mends
    [InlineData("reopen zorbakh")]                      // the verb first: the word after it is its object
    [InlineData("call Zorbakh (plumber)")]                         // a capitalised word before a gloss is a name
    [InlineData("zorbakh - delete it")]                            // a task named first, a dash, then the verb on "it"
    public void A_word_that_carries_meaning_stays(string message)
    {
        Assert.Equal(message, UnknownWords.StripTone(message, IsOwn));
    }

    [Theory]
    [InlineData("ordinary")]
    [InlineData("colour")]
    [InlineData("Color")]
    [InlineData("realise")]
    public void The_word_list_holds_every_spelling_of_English(string word) => Assert.True(UnknownWords.IsEnglish(word));
}
