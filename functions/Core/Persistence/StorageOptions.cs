namespace TodoFunctions.Core.Persistence;

public sealed class StorageOptions
{
    /// <summary>Folder for the embedded SQLite database and generated secrets. Default: ./.data</summary>
    public string DataDirectory { get; set; } = ".data";
    public int MaxPoolSize { get; set; } = 64;

    /// <summary>Creates the folder owner-only (0700) where the platform has modes; the embedded database and key live there.</summary>
    public static void CreatePrivateDirectory(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(path);
            return;
        }
        Directory.CreateDirectory(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }
}
