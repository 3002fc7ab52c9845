namespace TodoFunctions.Core.Persistence;

public sealed class StorageOptions
{
    /// <summary>Folder for the embedded SQLite database and generated secrets. Default: ./.data</summary>
    public string DataDirectory { get; set; } = ".data";
    public int MaxPoolSize { get; set; } = 64;
}
