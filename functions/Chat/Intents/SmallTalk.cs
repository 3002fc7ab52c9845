using System.Text.RegularExpressions;

namespace TodoFunctions.Chat.Intents;

public enum SmallTalkKind { None, Greeting, Thanks, HowAreYou, Help, Goodbye, Acknowledge, Feeling }

/// <summary>Chat that changes nothing: greetings, thanks, help, goodbyes.</summary>
public static partial class SmallTalk
{
    public static SmallTalkKind Classify(string message)
    {
        var kind = ClassifyWhole(message);
        kind = kind != SmallTalkKind.None ? kind : ClassifyEveryPart(message);
        if (kind != SmallTalkKind.None)
        {
            return kind;
        }

        // "hoo mais it's hot on the water today, yeah", "hey cher how you doin": chat with the writer's tone words around it is
        // still chat; the table that every request is read through (Text/ToneWords) takes them off here too.
        var plain = Text.ToneWords.Strip(message);
        if (plain == message)
        {
            return SmallTalkKind.None;
        }

        kind = ClassifyWhole(plain);
        return kind != SmallTalkKind.None ? kind : ClassifyEveryPart(plain);
    }

    // "danke dir, that's it for today", "gute nacht, good night!": chat said in pieces is still chat
    // when every piece is; one piece that is not ("hi, add milk") keeps the whole message a command.
    private static SmallTalkKind ClassifyEveryPart(string message)
    {
        var parts = PartSeparatorRegex().Split(message).Where(part => part.Trim().Length > 0).ToList();
        if (parts.Count < 2)
        {
            return SmallTalkKind.None;
        }

        var kinds = parts.Select(ClassifyWhole).ToList();
        return kinds.Contains(SmallTalkKind.None) ? SmallTalkKind.None : kinds.Last();
    }

    [GeneratedRegex(@"[,;!.]+")]
    private static partial Regex PartSeparatorRegex();

    private static SmallTalkKind ClassifyWhole(string message)
    {
        var text = TrimRegex().Replace(message.ToLowerInvariant(), " ").Trim();
        if (LongDayRegex().IsMatch(text) || BusyPlaceRegex().IsMatch(text) || HopeRegex().IsMatch(text) || WeatherRegex().IsMatch(text) || WeatherSubjectRegex().IsMatch(text) || WeatherTodayRegex().IsMatch(text) || TemperatureRegex().IsMatch(text))
        {
            return SmallTalkKind.Feeling;
        }

        if (HelpRegex().IsMatch(text) || ConfusedRegex().IsMatch(text))
        {
            return SmallTalkKind.Help;
        }

        if (HowAreYouRegex().IsMatch(text))
        {
            return SmallTalkKind.HowAreYou;
        }

        if (ThanksRegex().IsMatch(text))
        {
            return SmallTalkKind.Thanks;
        }

        if (GoodbyeRegex().IsMatch(text))
        {
            return SmallTalkKind.Goodbye;
        }

        if (GreetingRegex().IsMatch(text))
        {
            return SmallTalkKind.Greeting;
        }

        if (FeelingRegex().IsMatch(text))
        {
            return SmallTalkKind.Feeling;
        }

        if (IntroductionRegex().IsMatch(text))
        {
            return SmallTalkKind.Greeting;
        }

        if (StateOfMindRegex().IsMatch(text))
        {
            return SmallTalkKind.Feeling;
        }

        return AcknowledgeRegex().IsMatch(text) ? SmallTalkKind.Acknowledge : SmallTalkKind.None;
    }

    // "dr here lol", "it's sam here": who is writing, said beside a greeting, is chat and never a task.
    [GeneratedRegex(@"^(?:(?:it's|its|this\s+is)\s+)?(?:(?:the|your|ur)\s+)?\p{L}+\s+here(?:\s+(?:lol|haha\w*|again|now))*$")]
    private static partial Regex IntroductionRegex();

    // "the pharmacy is full of people today", "the shop is packed again", "business slow slow", "the students are very noisy today":
    // how busy a place, a trade or a class is, no request.
    [GeneratedRegex(@"^(?:(?:the|my|our)\s+(?:pharmacy|shop|store|clinic|office|restaurant|cafe|salon|bakery|kitchen|ward|counter|market|bank|queue|waiting\s+room|students|pupils|kids|children|class)|business|sales|trade)\s+(?:(?:is|was|are|has\s+been|have\s+been)\s+)?(?:so\s+|very\s+|really\s+|completely\s+|totally\s+)?(?:slow(?:\s+slow)?|noisy|loud|wild|full(?:\s+of\s+(?:people|customers|patients|clients|guests))?|packed|crowded|busy|heaving|mobbed|rammed|quiet|dead|empty|calm|mad|crazy)(?:\s+(?:today|tonight|again|now|this\s+morning|this\s+evening|all\s+day))*$")]
    private static partial Regex BusyPlaceRegex();

    // "inshallah tomorrow is calmer", "hopefully the weekend will be quieter": a wish for a better day, no request.
    [GeneratedRegex(@"^(?:(?:inshallah|insha'?\s*allah|in\s+sha'?\s*allah|hopefully|i\s+hope|let's\s+hope|lets\s+hope|god\s+willing)\s+)+(?:tomorrow|the\s+weekend|next\s+week|tonight|the\s+next\s+shift|tomorrow's\s+shift)\s+(?:is|will\s+be|be|gets|goes|'ll\s+be)\s+(?:a\s+bit\s+|a\s+little\s+|much\s+|more\s+)?(?:calmer|quieter|better|easier|lighter|slower|calm|quiet|easy|good|nicer)(?:\s+(?:inshallah|hopefully|god\s+willing))?$")]
    private static partial Regex HopeRegex();

    [GeneratedRegex(@"[^\p{L}\p{N}\s']+")]
    private static partial Regex TrimRegex();

    // "puh, long shift today...", "ôi busy day today, so many client": a sigh about the day, no request.
    // "just back from Mardi trek", "10 hours of shift today", "long day in theatre today", "twelve hour shift again", "ready for the morning shift", "savage weather for it today":
    // how long the day was, being set for it, or the weather, with no request.
    [GeneratedRegex(@"^(?:(?:i'?m|i\s+am|we'?re|we\s+are|just|finally)\s+)*(?:got\s+)?back\s+from\s+(?:the\s+|my\s+|a\s+|our\s+)?\p{L}+(?:\s+\p{L}+){0,2}(?:\s+(?:today|tonight|yesterday|now|finally))?$|^(?:it'?s|it\s+is|it\s+was)\s+(?:minus\s+)?\d{1,2}\s*(?:degrees?|below(?:\s+zero)?|celsius|c)?(?:\s+(?:with\s+the\s+(?:wind(?:\s*chill)?|windchill|humidex)|outside|out(?:\s+there)?|this\s+(?:morning|evening|afternoon)|tonight|today|again|already))+$|^(?:\d+|eight|nine|ten|eleven|twelve|fourteen|sixteen)\s*(?:-\s*)?(?:hours?|hrs?|h)\s+(?:of\s+)?(?:shift|work|driving|standing|calls|milking|night\s+shift|reception|desk)(?:\s+(?:today|tonight|again|yesterday|straight|in\s+a\s+row))*$|^(?:(?:i'?m|im|i\s+am|we'?re|all)\s+)?(?:so\s+|more\s+or\s+less\s+|nearly\s+|almost\s+)?ready\s+for\s+(?:the\s+|my\s+|another\s+|today's\s+)?(?:(?:morning|night|early|late|long|day|evening|double)\s+)?(?:shift|day|week|work|milking)(?:\s+(?:today|tonight|now))*$|^(?:(?:what|such)\s+an?\s+)?(?:savage|grand|lovely|terrible|awful|miserable|brutal|fierce|horrible|gorgeous|beautiful|filthy|wild|soft|rotten|desperate|shocking)\s+(?:weather|day|evening|morning|night|rain)(?:\s+for\s+it)?(?:\s+(?:today|tonight|again|out|now|altogether))*$|^(?:ay\s+nak[ou]|hay\s+nak[ou]|nak[ou]|grabe)$|^(?:\d+|one|two|three|four|five|six)\s+more\s+(?:hours?|calls?|shifts?|days?|nights?)(?:\s+(?:pa|to\s+go|left))?$|^(?:(?:puh|pfff*|phew|ôi|ugh+|oof|uff+|man|wow|omg|ay\s+nak[ou]|hay\s+nak[ou]|nak[ou]|grabe)\s+)*(?:what\s+a\s+|such\s+a\s+|quite\s+a\s+|a\s+)?(?:(?:very|so|really|super|quite|pretty|extremely)\s+)?(?:long|busy|crazy|hard|tough|hectic|rough|stressful|tiring|exhausting|manic|heavy)\s+(?:day|shift|night|week|morning)(?:\s+(?:in|at|on)\s+(?:the\s+)?\p{L}+)?(?:\s+(?:today|tonight|again|lol|ahead(?:\s+of\s+(?:me|us))?))?(?:\s+(?:so|too)\s+many\s+\p{L}+)?$|^(?:(?:ugh+|omg|man|sigh)\s+)*(?:\d+|two|three|four|five|six|so\s+many|too\s+many|lots\s+of|loads\s+of)\s+(?:mtgs|meetings|calls|classes|lessons|patients|clients|shifts|deadlines|audits)(?:\s+back\s+to\s+back)?(?:\s+(?:today|tonight|again|this\s+week|this\s+morning))*$")]
    private static partial Regex LongDayRegex();

    // A question about what the app has or works with: "do you have a Slack integration?", "does the app have calendar plugins?", "do u sync
    // w/ the hospital calendar", "how does this thing work" (help, never an add).
    [GeneratedRegex(@"^(?:hi|hey|hello|help|please)?\s*(?:help(?:\s+me)?(?:\s+with\s+(?:my|the)\s+(?:list|tasks|todos|to-?do\s+list))?|help\s+(?:me|us)\s+out(?:\s+here)?(?:[\s,]+(?:how\s+(?:does\s+(?:this|it)(?:\s+(?:thing|app))?|do\s+(?:i|you))\s+work|how\s+(?:(?:(?:do|can|should|shall|must)\s+)?(?:i|you|we)|to)\s+use\s+(?:this|it|you)(?:\s+(?:thing|app|bot))?))?|how\s+(?:(?:(?:do|can|should|shall|must)\s+)?(?:i|you|we)|to)\s+use\s+(?:this|it|you)(?:\s+(?:thing|app|bot))?|what\s+(?:sorts?|kinds?|types?)\s+of\s+things?\s+can\s+i\s+(?:ask|say|do)(?:\s+you)?|what\s+can\s+you\s+do|(?:can|do)\s+(?:you|u)\s+(?:understand|speak|read|know)\s+(?:any\s+)?\p{L}+(?:\s+(?:slang|english|dialect|accent|lingo|words|phrases|expressions))?(?:\s+(?:too|also|at\s+all))?|(?:can|could|do|does|will)\s+(?:you|u|it|this(?:\s+(?:app|thing|bot|tool|assistant))?|the\s+(?:app|bot|assistant))\s+(?:do|handle|support|manage|set\s+up|send|give\s+me|have)\s+(?:(?:daily|weekly|monthly|yearly|annual|any)\s+)?(?:recurring|repeating|reminders?|notifications?|alarms?|tags?|priorit(?:y|ies)|due\s+dates?|notes?|descriptions?|sub-?tasks?|(?:an?\s+)?(?:[\w-]+\s+){0,2}(?:integrations?|plugins?|add-?ons?))\b.*|(?:can|could|will)\s+(?:you|u)\s+make\s+(?:a\s+task|tasks|things|a\s+reminder|reminders|something)\s+(?:repeat|recur)\b.*|(?:is\s+it|it\s+is)\s+possible\s+to\s+(?:have|make|set\s+up|create|add|get)\s+(?:a\s+task|tasks|things|a\s+reminder|reminders|something)\s+(?:that|which)\s+(?:repeat|repeats|recur|recurs)\b.*|what\s+do\s+you\s+do|how\s+(?:does\s+(?:this|it|the)(?:\s+(?:thing|app|bot|tool|assistant|chat|list))?|do\s+(?:i|you))\s+work|(?:do|does|can|could|will)\s+(?:you|u|it|this(?:\s+(?:app|thing|bot|tool|assistant))?|the\s+(?:app|bot|assistant))\s+(?:sync|link(?:\s+up)?|connect|integrate|talk|hook\s+up|work)\s+(?:with|w/?|to|into)\s+(?:my\s+|the\s+|a\s+)?(?:[\w-]+\s+){0,2}(?:calendar|calendars|email|outlook|gmail|slack|teams|phone|watch|alexa|siri|app|apps|account|system)\b.*|how\s+(?:do\s+(?:i|we)|does\s+one|can\s+i|should\s+i)\s+use\s+(?:this|you|it|the\s+(?:app|bot|chat))|how\s+(?:do|can|should|would)\s+(?:i|we)\s+(?:add|put|set|give|attach|make|mark|change|edit|delete|remove|tag|list|see|find|undo|reopen|complete|get)\s+(?:a|an|the|my|some|something|anything|things?|tasks?|dates?|due|tags?|notes?|priorit(?:y|ies)|reminders?|it|them)\b.*|(?:help\s+(?:me\s+)?(?:to\s+)?(?:understand|figure\s+out|learn|see)\s+)?how\s+(?:this|it|you)(?:\s+(?:thing|app|bot))?\s+works?|what\s+are\s+you|who\s+are\s+you|what\s+commands.*|how\s+can\s+you\s+help(?:\s+me)?|what\s+can\s+i\s+(?:say|do|ask)|commands|instructions|usage|first\s+time\s+(?:using|trying|on|here)(?:\s+(?:this|it|you|the\s+(?:app|bot|chat)))?|i'?m\s+new\s+(?:here|to\s+this)|\?)\s*(?:please|pls|plz)?$")]
    private static partial Regex HelpRegex();

    // "I don't understand this phone", "i cant figure out this app": the writer is lost; help, never a task.
    [GeneratedRegex(@"^i\s+(?:don['’]?t|do\s+not|can['’]?t|cannot)\s+(?:understand|figure\s+out|work\s+out|get)\s+(?:this|the|how\s+(?:this|the|to\s+use))(?:\s+(?:phone|app|thing|bot|chat|program|machine|one))?(?:\s+works?)?$")]
    private static partial Regex ConfusedRegex();

    // "How are you doing today, my friend?", "How're you doin today?", "I hope you are well": asking after the listener is chat. Nigerian English
    // "how your side?", Pidgin "how you dey?", "how far?" and Belizean Kriol "how yu di do?" ask the same.
    [GeneratedRegex(@"^(?:(?:hi|hey|hello)\s+)?(?:how\s+are\s+(?:you|u|things)|how\s+(?:you|u)\s+(?:are|r)|how\s+(?:yu|you|u)\s+di\s+do(?:\s+(?:dis|this)\s+(?:morning|evening|afternoon))?|how(?:['’]re|\s+r)?\s+(?:you|ya|y['’]all|u)\s+doin(?:g|['’])?\b|how's\s+it\s+going|how\s+is\s+it\s+going|how(?:['’]re|\s+are|\s+r)?\s+(?:you|ya|yuh|yu|u)\s+going|what's\s+up|whats\s+up|sup|how\s+have\s+you\s+been|how\s+(?:is\s+|['’]s\s+)?(?:your|ur)\s+side|how\s+you\s+dey|how\s+far|how\s+(?:do\s+)?(?:you|yuh|ya|u)\s+do(?:ing)?|(?:i\s+)?(?:hope|trust)\s+(?:you\s+are|you're|youre|you\s+have\s+been|you've\s+been|all\s+is|everything\s+is)\s+(?:(?:keeping|doing|very|well|fine|good)\s+)*(?:well|fine|good))(?:\s+(?:today|doing|going|this\s+morning|tonight))*(?:\s+(?:my\s+)?(?:friend|dear|buddy|pal|mate))?$")]
    private static partial Regex HowAreYouRegex();

    // "that's me done" closes the chat, but "that's it done" (Scots: it is done now) reports the task just talked about; "you have
    // really helped me today", "you helped me a lot today" and "you saved me today" thank; Shona "ndatenda"; Hungarian "köszi", "köszönöm szépen"; isiZulu
    // "ngiyabonga"; Persian "mamnoon", "khaste nabashi" (may you not be tired) and "azizam"/"joonam" (my dear).
    [GeneratedRegex(@"^(?:ok(?:ay)?\s+|aye\s+|yes\s+|right\s+|great\s+|cool\s+|perfect\s+|awesome\s+|nice\s+)?(?:thanks|thank\s+(?:you|u)|thx|thanx|ty|tysm|ta|cheers|ndatenda|ndinotenda|much\s+appreciated|appreciate\s+it|many\s+thanks|danke(?:\s+(?:dir|schön|schoen|sehr))?|(?:merci|mersi)(?:\s+(?:beaucoup|boku))?|gracias|grazie|chur|ka\s+pai|asante(?:\s+sana)?(?:\s+(?:mungu|mola))?|thank\s+god|thank\s+goodness|praise\s+(?:god|the\s+lord)|alhamdulillah|dieu\s+merci|дякую|спасибі|спасибо|dziękuję|dzięki|děkuji|tack(?:\s+s[åa]\s+mycket)?|tusen\s+tack|k[oö]szi|k[oö]sz|k[oö]sz[oö]n[oö]m(?:\s+sz[eé]pen)?|ngiyabonga(?:\s+kakhulu)?|siyabonga|mamnoon(?:am)?|khaste\s+nabashi)(?:\s+(?:a\s+lot|azizam|joonam|jaan|sisi|bhuti|so\s+much|very\s+much|again|mate|buddy|pal|love|hun|chief|boss|skipper|captain|cap|kindly|heaps|loads|x+|for\s+(?:today|tonight|everything|all|your\s+help|the\s+help|that|this|now)))*(?:\s+(?:that's|thats|that\s+is)\s+(?:all|it(?!\s+done)|everything|me)(?:\s+(?:done|lot))?(?:\s+for\s+(?:now|today|tonight|the\s+(?:night|day|evening)))?)?$|^(?:(?:well\s+)?i\s+(?:reckon|guess|think|suppose)\s+)?(?:that's|thats|that\s+is)\s+(?:all|it(?!\s+done)|everything|me)(?:\s+(?:done|lot))?(?:\s+for\s+(?:now|today|tonight|the\s+(?:night|day|evening)))?(?:\s+thanks)?$|^(?:you(?:['’]ve|\s+have)?|you['’]re|you\s+are)\s+(?:(?:really|truly|been|so)\s+)*(?:helped(?:\s+me)?|(?:a\s+)?(?:(?:great|big|real|huge)\s+)?help|a\s+star|a\s+lifesaver|the\s+best)(?:\s+(?:today|tonight|a\s+lot|so\s+much|again))*$|^you\s+(?:(?:really|just|totally|literally)\s+)?(?:saved|made)\s+(?:me|my\s+(?:day|life|skin|bacon|morning|evening))(?:\s+(?:today|tonight|again|there))*$")]
    private static partial Regex ThanksRegex();

    // "good night, end of my shift", "bye, home time": the end of the working day said beside a goodbye closes the chat too.
    // Nigerian Pidgin "we go talk tomorrow" (we'll talk tomorrow), "oya" (come on) before a goodbye; Urdu "Allah Hafiz" / "Khuda
    // Hafiz" (God keep you) and Arabic "ma salama" close a conversation, as do Hungarian "viszlát", "viszontlátásra", Croatian "laku
    // noć" (good night) and "enough for today", "done for the day", "tomorrow is another day".
    [GeneratedRegex(@"^(?:(?:ok|okay|alright|right|well|anyway|anyways|oya|ehen)\s+)?(?:(?:gn|gnight|(?:we|i)\s+(?:go|will|shall|['’]?ll)\s+(?:talk|gist|chat|speak)(?:\s+(?:tomorrow|tmrw|later|soon))?|g'night|nighty\s+night|(?:talk|speak)\s+(?:to\s+(?:you|u|ya)\s+)?(?:tmrw|tmr|tomorrow|later|soon)|ttys|bye|goodbye|good\s+bye|bye\s+bye|see\s+you(?:\s+(?:later|soon|tomorrow))?|see\s+ya|good\s+night|goodnight|gd\s+night|night(?:\s+night)?|nite|later|cya|ttyl|take\s+care|walk\s+good|tek\s+care|no\s+more\s+work(?:\s+(?:today|tonight|for\s+today))?|(?:that['’]?s\s+|thats\s+)?enough(?:\s+work)?\s+for\s+(?:today|tonight|now|the\s+day)|(?:i['’]?m\s+|im\s+)?done\s+for\s+(?:today|tonight|the\s+day)|laku\s+no[ćc]|tomorrow\s+is\s+another\s+day(?:\s+(?:with|at|for|in)\s+(?:the\s+|my\s+)?\p{L}+(?:\s+\p{L}+)?)?|have\s+a\s+(?:good|nice|great)\s+(?:day|one|evening|night|weekend)|god\s+bless(?:\s+you)?|(?:until|till|bis)\s+(?:tomorrow|tmrw|morgen|later|next\s+time)|hasta\s+(?:mañana|manana|tomorrow|luego|pronto|la\s+vista)|buenas\s+noches|adi[oó]s|nos\s+vemos|gute\s+nacht|tschüss|tschuess|ciao|sleep\s+(?:well|tight)|sweet\s+dreams|cheerio|ta\s+ra|all\s+the\s+best|catch\s+you\s+later|peace\s+out|bonne\s+nuit|lala\s+salama|(?:allah|khuda|khudah)\s+hafiz|(?:that['’]?s\s+(?:the\s+)?)?end\s+of\s+(?:my|the|our|today['’]?s)\s+(?:(?:night|day|late|early|evening|morning|double|long)\s+)?(?:shift|watch|workday|working\s+day|day)|home\s+time|knock[\s-]?off\s+time|fi\s+aman\s*illah|ma\s+salama|pa\s+pa|viszl[aá]t|viszontl[aá]t[aá]sra|(?:i\'?m\s+|im\s+)?(?:off|heading|going)\s+home(?:\s+na)?|uwi\s+na|(?:i\'?m\s+|im\s+)?(?:off|heading|going|away)\s+(?:to\s+(?:my\s+)?bed|to\s+sleep|to\s+sleep\s+now)|(?:time\s+for|off\s+to)\s+bed|(?:i\s+)?(?:gotta|got\s+to|have\s+to|need\s+to|must)\s+(?:go|run|dash|head\s+out)(?:\s+(?:open|close|lock)\s+(?:up\s+)?(?:the|my)\s+(?:store|shop|office|studio|clinic|pharmacy|restaurant))?)(?:\s+(?:for\s+now|now))?\s*)+(?:\s*(?:x+|xo+|mate|all|then|now|love|pet|everyone|everybody|guys|yaar))*$")]
    private static partial Regex GoodbyeRegex();

    // Hungarian "szia" (hi; also bye, but alone at the start of a chat it greets), "jó reggelt" (good morning).
    [GeneratedRegex(@"^(?:(?:oi+e?|ol[aá]|hi+|hey|hello)\s+)?(?:hi|hii+|oi+e?|ol[aá]|bom\s+dia|buen[oa]s\s+d[ií]as|buenas\s+tardes|buenas|boa\s+(?:tarde|noite)|hey|hello|hallo|yo|howdy|hiya|greetings|good\s+(?:morning|afternoon|evening|day)|morning|evening|afternoon|g'?day|guten\s+(?:morgen|tag|abend)|moin|habari(?:\s+(?:yako|zako|za\s+asubuhi|ya\s+leo))?|jambo|hujambo|bonjour|salut|allo|hola|selamat\s+(?:pagi|siang|sore|malam)|goedemorgen|goedemiddag|goedenavond|magandang\s+(?:umaga|hapon|gabi)|kumusta|kamusta|wh?a[gt]?\s*gwaa?n|wagwan|whaa?\s+gwaan|wa\s+gwan|ey\s+up|alright\s+bab|sabah\s+el\s+(?:kheir|khair|kher|noor|nour|fol|ful)|masa\s+el\s+(?:kheir|khair|kher|noor|nour)|(?:as-?)?salam(?:u)?\s+(?:alaikum|aleikum|alaykum)|ahlan(?:\s+wa\s+sahlan)?|marhaba|hej|hejsan|hallå|tjena|tjenare|szia|sziasztok|szervusz|szevasz|helló|j[oó]\s+(?:reggelt|napot|est[eé]t))(?:\s+(?:there|you|bot|buddy|friend|everyone|mate|all|bestie|fam|bro|sis|dude|guys|y'all|babe|bab|bredrin|fam|love|lol|haha\w*|em|chị|chi|anh|cô|ơi|yaar|ji|bhai|didi|to\s+you(?:\s+too)?|my\s+friend))*(?:\s+from\s+(?:the\s+|my\s+)?\p{L}+(?:\s+\p{L}+)?)?$")]
    private static partial Regex GreetingRegex();

    // "i'm so tired today ugh", "feeling stressed lol", Creole "me tired bad today": how the user feels is chat, never a new task.
    [GeneratedRegex(@"^(?:(?:ugh+|omg|man|honestly|tbh|sigh)\s+)*(?:(?:i'?m|i\s+am|im|me|mi|i\s+feel|feeling|i'?ve\s+been|been)\s+(?:(?:so|really|very|super|soo+|a\s+bit|kinda|kind\s+of|pretty|quite|totally|completely|feeling|absolutely|proper|dead|well|utterly|bloody)\s+)*|(?:(?:so|really|very|super|soo+|kinda|pretty|totally|completely|absolutely|proper|dead|utterly|bloody)\s+)+)(?:goosed|flat\s+out|run\s+off\s+my\s+feet|wrecked|drained|zonked|beat|pooped|cream\s+crackered|spent|fried|pagod|capek|capai|moe|tired|exhausted|sleepy|bored|stressed(?:\s+out)?|sad|happy|great|good|fine|ok|okay|alright|busy|overwhelmed|knackered|shattered|sick|ill|hungry|anxious|excited|down|lonely|annoyed|grumpy|cranky|frazzled|burnt\s+out|burned\s+out|worn\s+out|done\s+in)(?:\s+(?:bad|today|tonight|now|lately|atm|rn|right\s+now|this\s+week|this\s+morning|ugh+|lol|haha\w*|tbh|honestly|man))*(?:[\s,;.!-]+(?:the\s+)?(?:first|second|third|fourth|fifth|sixth|another|\d+(?:st|nd|rd|th)?|long|double|back-to-back)\s+(?:(?:night|day|late|early)\s+)?(?:nights?|shifts?|days?|weeks?)(?:\s+(?:in\s+a\s+row|straight|running|on\s+the\s+trot))?)?$")]
    private static partial Regex FeelingRegex();

    // "yoh I'm gatvol today", "eish I'm moeg tonight": "I'm" and one word of any language that is not a participle, a position or
    // a report ("I'm done", "I'm registered", "I'm meeting …", "I'm off", "I'm at …") is how the person is — chat, never a task.
    [GeneratedRegex(@"^(?:i'?m|i\s+am|im)\s+(?:(?:so|really|very|super|proper|totally|completely|bloody|dead|well|just|kinda|a\s+bit)\s+)*(?!(?:done|finished|complete|sorted|through|ready|gonna|going|off|out|back|in|on|at|with|not|still|about|the|a|an|my|your|here|there|home|away)\b)\p{L}{3,}(?<!ing|ed)(?:\s+(?:today|tonight|now|lately|atm|rn|this\s+week|this\s+morning|again|man|lol))*$")]
    private static partial Regex StateOfMindRegex();

    // "so much sun in Lisbon today", "such a grey day here", "so cold in the store this morning": the weather is chat; after
    // "it's" it needs no "so" ("it's hot on the water today", "its chuckin it down in leeds today").
    [GeneratedRegex(@"^(?:(?:it['’]?s|it\s+is|today\s+is|today\s+it['’]?s)\s+(?:(?:so\s+much|so|such\s+a|such|really|very|too|quite\s+a)\s+)?|(?:(?:what\s+a|wow|man|boy|oh)\s+)?(?:so\s+much|so|such\s+a|such|really|very|too|quite\s+a)\s+)(?:sun|sunny|rain|rainy|hot|warm|cold|chilly|windy|foggy|snow|snowy|wet|humid|grey|gray|nice|beautiful|lovely|gorgeous|freezing|(?:chuck|bucket|tipp|pour|peltin|pelt)(?:ing|in)\s+(?:it\s+)?down|pour(?:ing|in)|rain(?:ing|in)|snow(?:ing|in)|bitter|baltic|roasting|boiling)(?:\s+(?:weather|day|morning|afternoon|out|outside|today))?(?:\s+(?:in|here\s+in|out\s+in|up\s+in|down\s+in|at|here|out\s+here|on|out\s+on)(?:\s+(?:the\s+)?\p{L}+(?:\s+\p{L}+)?)?)?(?:\s+(?:today|this\s+morning|this\s+afternoon|again|now|lately|out|outside|here))*$")]
    private static partial Regex WeatherRegex();

    // "the heat bad today", "this rain is something else", "di traffic crazy", "traffic on Tsarigradsko is terrible today": the
    // weather or the road named (and where), then how it is; or named with only when and where ("the rain today in Nausori").
    [GeneratedRegex(@"^(?:(?:the|this|that|di|dis|dat)\s+)?(?:heat|sun|rain|weather|cold|wind|breeze|humidity|traffic|snow|storm|fog|mosquitoes|mosquitos)(?:\s+(?:on|in|at)\s+(?:the\s+)?\p{L}+(?:\s+\p{L}+)?)?(?:\s+(?:(?:is|are|was|so|really|too|well|proper|wicked|real)\s+)*(?:bad|hot|terrible|awful|crazy|wicked|brutal|nice|lovely|mad|killing\s+me|something\s+else|no\s+joke|unreal|insane)|(?=\s+(?:today|tonight|this\s+morning|this\s+afternoon|again|in\s)))(?:\s+(?:today|tonight|now|out\s+there|outside|this\s+morning|this\s+afternoon|again|eh|eeh|man|in\s+\p{L}+))*$")]
    private static partial Regex WeatherSubjectRegex();

    // "today very hot", "here so rainy lah": the day or the place, then the weather.
    [GeneratedRegex(@"^(?:today|tonight|here|outside|this\s+morning|this\s+afternoon)\s+(?:is\s+|it['’]?s\s+)?(?:(?:very|so|too|really|super|quite|damn|extremely)\s+)*(?:hot|cold|rainy|wet|humid|windy|sunny|stormy|cloudy|chilly|freezing|boiling)(?:\s+(?:ya|eh|man|lah|again|today))*$")]
    private static partial Regex WeatherTodayRegex();

    // "38 degree in yangon", "40 degrees today": a temperature said alone.
    [GeneratedRegex(@"^(?:it['’]?s\s+)?\d{1,2}\s*(?:degrees?|°\s*c?)(?:\s+(?:in|here|outside|today|now|already)(?:\s+\p{L}+)?)*$")]
    private static partial Regex TemperatureRegex();

    // "check" alone ("abeg check" after "anything for tmrw?") is a word of assent or a nudge, like "ok"; "check it" still ticks.
    [GeneratedRegex(@"^(?:ok|okay|k|cool|great|nice|awesome|perfect|got\s+it|alright|all\s+right|sounds\s+good|lol|haha|wow|good|fine|crazy|insane|nuts|brutal|ayoye|unreal|mashallah|masha'?\s*allah|ma\s+sha'?\s*allah|tamam|(?:(?:please|pls|plz|abeg|kindly)\s+)?check(?:\s+(?:o|pls|please|abeg))?)$")]
    private static partial Regex AcknowledgeRegex();
}
