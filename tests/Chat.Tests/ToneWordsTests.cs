using TodoFunctions.Chat.Text;

namespace TodoFunctions.Chat.Tests;

public sealed class ToneWordsTests
{
    [Theory]
    [InlineData("yaar which ones are low prio?", "which ones are low prio?")]
    [InlineData("ok achi nu, what's open", "what's open")]
    [InlineData("number 3 done hai", "number 3 done")]
    [InlineData("add fix the gate by friday, urgent hai, thanks", "add fix the gate by friday, urgent, thanks")]
    [InlineData("hai, move the barber one to thursday", "move the barber one to thursday")]
    [InlineData("2 done achi", "2 done")]
    [InlineData("what is tagged school? mersi", "what is tagged school?")]
    [InlineData("tick off the MOT like", "tick off the MOT")]
    [InlineData("number 3 remove pannu da", "number 3 remove")]
    [InlineData("howay man, shift number 3 to tomorrow", "shift number 3 to tomorrow")]
    [InlineData("nee man, scratch the biltong", "scratch the biltong")]
    [InlineData("kia ora, trash the blood test please", "trash the blood test please")]
    [InlineData("oy vey, I need to pick up the challah", "I need to pick up the challah")]
    [InlineData("the second one, delete it, gevalt", "the second one, delete it")]
    [InlineData("ag just move it to tmrw", "just move it to tmrw")]
    [InlineData("sawubona! ngicela show me my list", "show me my list")]
    [InlineData("delete task 2 ngiyabonga", "delete task 2")]
    [InlineData("check off the urgent one sisi, matron signed it", "check off the urgent one, matron signed it")]
    [InlineData("finished that last one yonder", "finished that last one")]
    [InlineData("uncheck the last one jan", "uncheck the last one")]
    [InlineData("pls jan, add return expired vaccines to supplier", "add return expired vaccines to supplier")]
    [InlineData("get rid of number 4 me bird", "get rid of number 4")]
    [InlineData("put it back would ee", "put it back")]
    [InlineData("guru add bike service tmrw pls", "add bike service tmrw pls")]
    [InlineData("trash #3 guru, not needed", "trash #3, not needed")]
    [InlineData("for tomorrow what is planned, iltimos?", "for tomorrow what is planned?")]
    [InlineData("yes mi dear, add pay the water bill", "add pay the water bill")]   // Jamaican: my dear
    [InlineData("shift it to sat, mi dear", "shift it to sat")]
    [InlineData("szefie, put on list: call Kasia", "put on list: call Kasia")] // Polish: boss
    [InlineData("move the plumber to friday proszę", "move the plumber to friday")]
    [InlineData("ma add fix the wobbly stool in lab 3", "add fix the wobbly stool in lab 3")] // Croatian: well, before a request
    [InlineData("help molim te", "help")]                                            // Croatian: please
    [InlineData("bula vinaka, show me today", "show me today")]                      // Fijian: hello, thank you
    [InlineData("isa so hot today", "so hot today")]                                 // Fijian: oh dear (lower case only)
    [InlineData("enkosi Lord, I paid the burial society", "I paid the burial society")] // isiXhosa: thank God
    [InlineData("hayi man, delete the brakes one", "delete the brakes one")]        // isiZulu/isiXhosa: no, man
    [InlineData("tak prosím add check the oven", "add check the oven")]             // Slovak: so, please
    [InlineData("no tak, add count the float", "add count the float")]               // Slovak: well
    [InlineData("for saturday what is planned, labas", "for saturday what is planned")] // Lithuanian: hi
    [InlineData("Call Rasa task tag family prašau", "Call Rasa task tag family")]    // Lithuanian: please
    [InlineData("rent paid andi", "rent paid")]                                      // Telugu: polite
    [InlineData("puncture fixed ra", "puncture fixed")]                              // Telugu: to a friend
    [InlineData("parce, show me today", "show me today")]                            // Colombian: mate
    [InlineData("last one done listo", "last one done")]                             // Colombian: done, ok
    [InlineData("delete number 3 ho", "delete number 3")]                            // Marathi: yes (lower case)
    [InlineData("remove task 3 si us plau", "remove task 3")]                         // Catalan: please
    [InlineData("doncs delete it", "delete it")]                                       // Catalan: so, well
    [InlineData("dobre brat, new task - call mama", "new task - call mama")]         // Bulgarian: ok, bro
    [InlineData("that low priority one, delete it brat", "that low priority one, delete it")]
    [InlineData("scratch off #2 bai", "scratch off #2")]                              // Guyanese Creolese: mate
    [InlineData("delete the sprats one paldies", "delete the sprats one")]            // Latvian: thanks
    [InlineData("awe, number 3 finished", "number 3 finished")]                      // Tigrinya: yes
    [InlineData("bejaka add buy chalk", "add buy chalk")]                            // Tigrinya: please
    [InlineData("ya show the #casa ones nomás", "show the #casa ones")]               // Andean Spanish: now / just
    [InlineData("add clean the changing room, eskerrik asko", "add clean the changing room")] // Basque: thanks
    public void Tone_words_are_dropped_where_the_table_allows_them(string message, string expected)
    {
        Assert.Equal(expected, ToneWords.Strip(message));
    }

    // The same words where they carry meaning: a name, a title's word, a word inside another, or a message of nothing else.
    [Theory]
    [InlineData("hai move the barber one")]          // "hai" opens only before a comma (Hai is a name)
    [InlineData("add renew the permit by 15 jan")]    // "jan" after a day's number is January
    [InlineData("move the audit to jan")]
    [InlineData("buy a card for my lover")]           // "my lover" after "for" is a person of the task
    [InlineData("book a session with the yoga guru")] // "guru" after a noun or a preposition is a person of the task
    [InlineData("buy a silk sari for the wedding")]
    [InlineData("call sisi about the stokvel")]     // a person of the task, after a verb of contact
    [InlineData("walk to the barn over yonder")]    // "over yonder" after "to" is where, not a filler
    [InlineData("call Hai about the lease")]
    [InlineData("add buy the achira seeds")]
    [InlineData("sababa")]
    [InlineData("uff")]
    [InlineData("book the Achi Thai restaurant")]
    [InlineData("add buy the biscuits the kids like")]  // "like" closes only where it cannot be the verb
    [InlineData("call ma about sunday lunch")]          // "ma" opens only before a request: here it is a person
    [InlineData("ma's birthday cake")]
    [InlineData("Isa needs a lift to school")]         // "Isa" capitalised is a name
    [InlineData("call Ho")]                            // Marathi "ho" closes only in lower case
    [InlineData("buy a treat for the brat")]           // "brat" after a determiner is a person of the task
    [InlineData("call Bai")]                           // Guyanese "bai" closes only in lower case
    [InlineData("we stood in awe")]                    // Tigrinya "awe" only opens a clause
    [InlineData("ya know the drill")]                  // "ya" opens only before a verb of a request ("ya" = you here)
    [InlineData("visit tata at the hospital")]         // isiXhosa "tata" (father) after a verb is a person of the task
    [InlineData("no, keep it")]                         // English "no" before a comma stays
    [InlineData("pray to Ra")]                          // Telugu "ra" closes only in lower case: a capitalised one is a name
    [InlineData("what would you like")]
    [InlineData("add buy ag show tickets")]           // "ag" opens only before a word the noun cannot take
    [InlineData("ag show tickets for saturday")]
    [InlineData("kia ora")]                           // a greeting alone is small talk
    [InlineData("buy a card for my dear")]              // "my dear" is a person after a preposition
    public void Words_that_are_not_in_a_tone_place_stay(string message)
    {
        Assert.Equal(message, ToneWords.Strip(message));
    }
}
