namespace TodoFunctions.Http.Infrastructure;

/// <summary>Test support routes (/api/test/*). Never enable in production values.</summary>
public sealed class TestingOptions
{
    public bool Enabled { get; set; }
}
