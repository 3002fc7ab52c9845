using TodoFunctions.Chat.Text;

namespace TodoFunctions.Chat.Tests;

public sealed class LearnerGrammarTests
{
    // South Asian verb-final edits: the task, an object marker, the value with a postposition, the verb and its light verb.
    [Theory]
    [InlineData("regression cycle ni 3rd august ki move cheyyi", "move regression cycle to 3rd august")]
    [InlineData("rent ko friday tak postpone karo", "move rent to friday")]
    [InlineData("selenium task time 15:00 ki change", "move selenium task to 15:00")]
    [InlineData("scooter service saturday ilekku move cheyyu", "move scooter service to saturday")]
    [InlineData("flat rent ni urgent ga mark cheyyi", "make flat rent urgent")]
    [InlineData("train tickets la urgent mark kar", "make train tickets urgent")]
    [InlineData("saree task priority medium ki change cheyyi", "change the priority of saree task to medium")]
    public void A_verb_final_edit_with_a_word_of_the_voice_reads_in_English_order(string message, string expected)
    {
        Assert.Equal(expected, LearnerGrammar.Normalise(message));
    }

    // Without an object marker, a postposition or a light verb the English reading stays (and so does an English sentence
    // that happens to end in a verb).
    [Theory]
    [InlineData("flat rent friday move")]
    [InlineData("the kids want to move")]
    [InlineData("ask Ravi about the la trip")]
    public void Without_a_word_of_the_voice_nothing_is_rewritten(string message)
    {
        Assert.Equal(message, LearnerGrammar.Normalise(message));
    }
}
