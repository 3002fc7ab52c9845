namespace TodoFunctions.ChatBench;

public static class Percentiles
{
    public static string Row(string name, List<double> samples)
    {
        samples.Sort();
        double At(double p) => samples[Math.Min(samples.Count - 1, (int)Math.Ceiling(p * samples.Count) - 1)];
        return $"{name,-34}{At(0.50),10:F2}{At(0.95),10:F2}{At(0.99),10:F2}{samples[^1],10:F2}";
    }
}
