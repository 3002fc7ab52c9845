using System.Text;
using TodoFunctions.Autoscale.Scaling;

namespace TodoFunctions.Autoscale.Reporting;

/// <summary>
/// A plain SVG of a run: queue depth (left axis) and desired/running replicas (right axis) over time, with a
/// tick at each scaling decision. Opens in any browser; no packages.
/// </summary>
public static class SvgChart
{
    private const int Width = 960, Height = 400, Left = 70, Right = 60, Top = 40, Bottom = 50;

    public static string Render(SimulationResult result)
    {
        var samples = result.Samples;
        var plotWidth = Width - Left - Right;
        var plotHeight = Height - Top - Bottom;
        var maxSeconds = Math.Max(1, samples.Count == 0 ? 1 : samples[^1].Seconds);
        var maxDepth = Math.Max(1, samples.Select(s => Math.Max(s.Ready ?? 0, (s.Ready ?? 0) + (s.Unacked ?? 0))).DefaultIfEmpty(1).Max());
        var maxReplicas = Math.Max(1, Math.Max(result.ScaledObject.MaxReplicaCount, samples.Select(s => s.Running + s.Terminating).DefaultIfEmpty(1).Max()));
        double X(double seconds) => Left + seconds / maxSeconds * plotWidth;
        double YDepth(double depth) => Top + plotHeight - depth / maxDepth * plotHeight;
        double YReplicas(double replicas) => Top + plotHeight - replicas / maxReplicas * plotHeight;

        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width}\" height=\"{Height}\" font-family=\"sans-serif\" font-size=\"12\">\n");
        svg.Append(CultureInfo.InvariantCulture, $"<rect width=\"{Width}\" height=\"{Height}\" fill=\"white\"/>\n");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left}\" y=\"20\" font-size=\"14\">{Escape(result.ScaledObject.Name)} on {Escape(result.ScaledObject.Trigger.QueueName)} (value {result.ScaledObject.Trigger.Value}, max {result.ScaledObject.MaxReplicaCount}, protocol {result.Protocol})</text>\n");
        for (var i = 0; i <= 5; i++)
        {
            var y = Top + plotHeight * i / 5.0;
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" x2=\"{Width - Right}\" y1=\"{y:0.#}\" y2=\"{y:0.#}\" stroke=\"#eee\"/>\n");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left - 6}\" y=\"{y + 4:0.#}\" text-anchor=\"end\" fill=\"#1f77b4\">{maxDepth * (5 - i) / 5}</text>\n");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Width - Right + 6}\" y=\"{y + 4:0.#}\" fill=\"#d62728\">{maxReplicas * (5 - i) / 5.0:0.#}</text>\n");
        }
        for (var i = 0; i <= 10; i++)
        {
            var seconds = maxSeconds * i / 10;
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{X(seconds):0.#}\" y=\"{Height - Bottom + 18}\" text-anchor=\"middle\">{seconds:0}s</text>\n");
        }
        foreach (var e in result.Events)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{X(e.Seconds):0.#}\" x2=\"{X(e.Seconds):0.#}\" y1=\"{Top}\" y2=\"{Top + plotHeight}\" stroke=\"{(e.Actor == "KEDA" ? "#9467bd" : "#bbb")}\" stroke-dasharray=\"2,3\"><title>{Escape($"{e.Seconds}s {e.Actor} {e.From}→{e.To}: {e.Reason}")}</title></line>\n");
        }
        Polyline(svg, samples.Where(s => s.Ready is not null).Select(s => (X(s.Seconds), YDepth(s.Ready!.Value))), "#1f77b4", "", step: false);
        if (samples.Any(s => s.Unacked is not null))
        {
            Polyline(svg, samples.Where(s => s.Unacked is not null).Select(s => (X(s.Seconds), YDepth(s.Ready!.Value + s.Unacked!.Value))), "#17becf", "4,3", step: false);
        }
        Polyline(svg, samples.Select(s => (X(s.Seconds), YReplicas(s.Desired))), "#ff7f0e", "6,4", step: true);
        Polyline(svg, samples.Select(s => (X(s.Seconds), YReplicas(s.Running))), "#d62728", "", step: true);
        svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{Left}\" y=\"{Top}\" width=\"{plotWidth}\" height=\"{plotHeight}\" fill=\"none\" stroke=\"#333\"/>\n");
        var legendY = Height - 12;
        Legend(svg, Left, legendY, "#1f77b4", "", "ready messages (left)");
        Legend(svg, Left + 180, legendY, "#17becf", "4,3", "ready + unacked (left)");
        Legend(svg, Left + 370, legendY, "#ff7f0e", "6,4", "desired replicas (right)");
        Legend(svg, Left + 560, legendY, "#d62728", "", "running workers (right)");
        Legend(svg, Left + 740, legendY, "#9467bd", "2,3", "KEDA / HPA decision");
        svg.Append("</svg>\n");
        return svg.ToString();
    }

    private static void Polyline(StringBuilder svg, IEnumerable<(double X, double Y)> points, string color, string dash, bool step)
    {
        var list = points.ToList();
        if (list.Count == 0)
        {
            return;
        }
        var path = new List<string>();
        for (var i = 0; i < list.Count; i++)
        {
            if (step && i > 0)
            {
                path.Add(string.Create(CultureInfo.InvariantCulture, $"{list[i].X:0.#},{list[i - 1].Y:0.#}"));
            }
            path.Add(string.Create(CultureInfo.InvariantCulture, $"{list[i].X:0.#},{list[i].Y:0.#}"));
        }
        svg.Append(CultureInfo.InvariantCulture, $"<polyline fill=\"none\" stroke=\"{color}\" stroke-width=\"2\" stroke-dasharray=\"{dash}\" points=\"{string.Join(' ', path)}\"/>\n");
    }

    private static void Legend(StringBuilder svg, int x, int y, string color, string dash, string label) =>
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{x}\" x2=\"{x + 20}\" y1=\"{y - 4}\" y2=\"{y - 4}\" stroke=\"{color}\" stroke-width=\"2\" stroke-dasharray=\"{dash}\"/><text x=\"{x + 24}\" y=\"{y}\">{Escape(label)}</text>\n");

    private static string Escape(string text) => System.Security.SecurityElement.Escape(text);
}
