namespace TodoFunctions.Reliability.Tests;

/// <summary>
/// One line per injected fault: what was accepted, what became of it. Every column but Accepted, Applied and
/// Refused (commands that fail by design, e.g. <c>not_found</c>) must be zero. Appended to
/// <c>TestResults/fault-injection.md</c>, which <c>tests/run.sh</c> prints after this project.
/// </summary>
/// <remarks>Null: not measured by that test (no HTTP for 5xx, no repeated writes to one todo for order); printed "—".</remarks>
public sealed record FaultRow(string Fault, int Accepted, int Applied, int Refused, int Lost, int Doubled, int? OutOfOrder,
    uint InErrorQueues, int? ServerErrors, int Unavailable = 0)
{
    public bool AllZero => Lost == 0 && Doubled == 0 && OutOfOrder is null or 0 && InErrorQueues == 0 && ServerErrors is null or 0;
}

public static class FaultReport
{
    private static readonly Lock Gate = new();

    public static string File => Path.Combine(RepoPaths.Root, "TestResults", "fault-injection.md");

    private static string Measured(int? count) => count?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "—";

    public static void Add(FaultRow row)
    {
        var line = $"| {row.Fault} | {row.Accepted:N0} | {row.Applied:N0} | {row.Refused:N0} | {row.Lost} | {row.Doubled} | {Measured(row.OutOfOrder)} | {row.InErrorQueues} | {Measured(row.ServerErrors)} | {row.Unavailable} |";
        lock (Gate)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(File)!);
            if (!System.IO.File.Exists(File))
            {
                System.IO.File.WriteAllText(File, """
                    | fault | accepted | applied | refused by design | lost | doubled | out of order | in error queues | 5xx (not 503) | 503 + Retry-After |
                    | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |

                    """);
            }
            System.IO.File.AppendAllText(File, line + Environment.NewLine);
        }
        Console.WriteLine("fault-injection: " + line);
        Assert.True(row.AllZero, "Something was lost, doubled, reordered, dead-lettered or answered 5xx: " + row);
    }
}
