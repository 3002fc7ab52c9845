using System.Security.Cryptography;
using TodoFunctions.Core.Persistence;

namespace TodoFunctions.Local;

public static class LocalDefaults
{
    public const string DefaultUrl = "http://127.0.0.1:7071";

    /// <summary>
    /// The embedded defaults: listen on 127.0.0.1:7071 unless --urls says otherwise, and generate a
    /// signing key once and keep it in the data folder, so tokens survive restarts.
    /// </summary>
    public static WebApplicationBuilder AddLocalDefaults(this WebApplicationBuilder builder)
    {
        if (string.IsNullOrEmpty(builder.Configuration["urls"]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }
        if (string.IsNullOrEmpty(builder.Configuration["Auth:SigningKey"]))
        {
            var dataDirectory = builder.Configuration["Storage:DataDirectory"] ?? new StorageOptions().DataDirectory;
            builder.Configuration["Auth:SigningKey"] = ReadOrCreateKey(Path.Combine(dataDirectory, "signing-key"));
        }
        return builder;
    }

    private static string ReadOrCreateKey(string path)
    {
        if (File.Exists(path))
        {
            return File.ReadAllText(path).Trim();
        }
        StorageOptions.CreatePrivateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(48));
        // Created owner-only (0600) rather than tightened afterwards, so no other user can ever read it.
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }
        using (var writer = new StreamWriter(path, System.Text.Encoding.ASCII, options))
        {
            writer.Write(key);
        }
        return key;
    }
}
