using System.Globalization;
using TodoFunctions.ChatEval.Cases;
using TodoFunctions.ChatEval.Running;
using TodoFunctions.ChatEval.Targets;

namespace TodoFunctions.ChatEval;

public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        var casesPaths = new List<string>();
        var runDate = DateOnly.FromDateTime(DateTime.Today);
        double? minPass = null;
        var verbose = false;
        string? only = null;
        var slowest = 0;
        string? api = null;
        var byCategory = false;
        var firstSight = false;
        var warmUp = false;
        var auditTitles = false;
        var perFile = false;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--cases":
                    casesPaths.Add(args[++i]);
                    break;
                case "--date":
                    runDate = DateOnly.ParseExact(args[++i], "yyyy-MM-dd", CultureInfo.InvariantCulture);
                    break;
                case "--min-pass":
                    minPass = double.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                case "--verbose":
                    verbose = true;
                    break;
                case "--slowest":
                    slowest = int.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                case "--api":
                    api = args[++i];
                    break;
                case "--by-category":
                    byCategory = true;
                    break;
                case "--first-sight":
                    firstSight = true;
                    break;
                case "--warm-up":
                    warmUp = true;
                    break;
                case "--per-file":
                    perFile = true;
                    break;
                case "--audit-titles":
                    auditTitles = true;
                    break;
                case "--only":
                    only = args[++i];
                    break;
                default:
                    Console.Error.WriteLine($"Unknown argument {args[i]}");
                    return Usage();
            }
        }

        if (casesPaths.Count == 0)
        {
            return Usage();
        }

        var casesPath = casesPaths[0];
        // A folder stands for every *.jsonl in it ("--cases tests/Chat.Tests/heldout --warm-up" is the latency benchmark).
        var files = new List<string>();
        foreach (var path in casesPaths)
        {
            string[] found = Directory.Exists(path)
                ? Directory.GetFiles(path, "*.jsonl").Order(StringComparer.Ordinal).ToArray()
                : File.Exists(path) ? [path] : [];
            if (found.Length == 0)
            {
                // Relative paths are read from the current directory, never from the repository: say where it looked.
                Console.Error.WriteLine($"ChatEval: no case file at {Path.GetFullPath(path)} (a relative --cases path is read from {Environment.CurrentDirectory}).");
                return 2;
            }

            files.AddRange(found);
        }

        if (perFile)
        {
            return await SweepAsync(files, runDate, auditTitles);
        }

        var cases = files.SelectMany(CaseFile.Load).ToList();
        if (only is not null)
        {
            cases = cases.Where(c => c.Id.StartsWith(only, StringComparison.Ordinal) || c.Category == only).ToList();
        }

        using var http = api is null ? null : new HttpClient { BaseAddress = new Uri(api), Timeout = TimeSpan.FromMinutes(2) };
        ICaseTarget target = http is null ? new InProcessTarget() : new HttpTarget(http);
        var runner = new CaseRunner(target);
        if (warmUp)
        {
            // JIT and regex construction would otherwise be timed as the first turns' latency: every seventh case, untimed.
            await runner.RunAsync(cases.Where((_, index) => index % 7 == 0).ToList(), runDate);
        }

        var report = await runner.RunAsync(cases, runDate);
        if (firstSight)
        {
            // The first measurement of an unseen batch: only figures, no failing messages, so nobody reads the
            // batch before its number is recorded. The row fits the table in functions/Chat/FIRST-SIGHT.md.
            Console.WriteLine(report.FormatSummary());
            Console.WriteLine(FirstSightRow.Format(casesPath, report, EngineVersion.Describe()));
        }
        else if (byCategory)
        {
            Console.WriteLine(report.FormatSummary());
        }
        else
        {
            Console.WriteLine(report.Format(verbose));
        }

        if (auditTitles && !firstSight)
        {
            Console.WriteLine(report.FormatTitleAudit());
        }

        if (slowest > 0)
        {
            Console.WriteLine("Slowest turns:");
            Console.WriteLine(report.FormatSlowest(slowest));
        }
        if (minPass is { } threshold && report.PassRate < threshold)
        {
            Console.Error.WriteLine($"Pass rate {report.PassRate:P1} is below --min-pass {threshold:P1}");
            return 1;
        }

        return 0;
    }

    /// <summary>
    /// One line per case file, in one process (a sweep of every file before and after an engine change, to see that no file
    /// went down): "heldout/batch-61.jsonl 198/200 passed (99.0 %)".
    /// </summary>
    private static async Task<int> SweepAsync(IReadOnlyList<string> files, DateOnly runDate, bool auditTitles)
    {
        var runner = new CaseRunner(new InProcessTarget());
        foreach (var file in files)
        {
            var report = await runner.RunAsync(CaseFile.Load(file).ToList(), runDate);
            var name = Path.Combine(Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(file))) ?? "", Path.GetFileName(file));
            Console.WriteLine($"{name} {report.Results.Count(r => r.Passed)}/{report.Results.Count} passed ({report.PassRate:P1})");
            if (auditTitles && report.Results.Any(r => r.TitleFindings.Count > 0))
            {
                Console.Write(report.FormatTitleAudit());
            }
        }

        return 0;
    }

    private static int Usage()
    {
        Console.Error.WriteLine("Usage: ChatEval --cases <file.jsonl|folder> [--date YYYY-MM-DD] [--min-pass 0.95] [--only <id-prefix|category>] [--by-category] [--first-sight] [--warm-up] [--audit-titles] [--per-file] [--slowest N] [--verbose] [--api http://127.0.0.1:7071]");
        Console.Error.WriteLine("  --by-category prints only the pass rates (overall and per category) and latency, no failures.");
        Console.Error.WriteLine("  --first-sight does the same and adds a Markdown row (batch, date, engine commit, cases, pass %, per category).");
        Console.Error.WriteLine("  --audit-titles lists every title the engine wrote in a shape no task has (a pronoun or request framing first, a dangling last word), passing cases too.");
        Console.Error.WriteLine("  --per-file prints one pass-rate line per case file (several --cases files or folders: a sweep before and after a change).");
        Console.Error.WriteLine("  --api plays the cases through a running system's HTTP API (start it with Testing__Enabled=true).");
        return 2;
    }
}
