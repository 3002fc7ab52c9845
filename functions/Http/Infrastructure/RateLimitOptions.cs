namespace TodoFunctions.Http.Infrastructure;

public sealed class RateLimitOptions
{
    public bool Enabled { get; set; } = true;
    /// <summary>Sustained requests per second for one user.</summary>
    public int PermitsPerSecond { get; set; } = 20;
    /// <summary>Requests one user may make at once before the sustained rate applies.</summary>
    public int Burst { get; set; } = 100;
    /// <summary>Sign-ups and sign-ins per minute from one client address.</summary>
    public int AuthPerAddressPerMinute { get; set; } = 30;
    /// <summary>Sign-ups and sign-ins per minute for one email address.</summary>
    public int AuthPerEmailPerMinute { get; set; } = 10;
}
