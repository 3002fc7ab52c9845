namespace TodoFunctions.Http.OpenApi;

/// <summary><c>ApiReference:Enabled</c>: serve the interactive reference at /api/docs (on in the local host, off by default in the chart).</summary>
public sealed class ApiReferenceOptions
{
    public bool Enabled { get; set; }
}
