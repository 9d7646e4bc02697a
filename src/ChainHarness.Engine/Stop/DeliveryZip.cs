using System.IO.Compression;

namespace ChainHarness.Engine.Stop;

/// <summary>Reads and writes delivery ZIPs (flat: one entry per file), with limits against ZIP bombs.</summary>
public static class DeliveryZip
{
    private const long MaxTotalBytes = 512L * 1024 * 1024;
    private const int MaxEntries = 10_000;

    /// <summary>The files of a ZIP, or null with the reason it could not be read.</summary>
    public static IReadOnlyList<DeliveryFile>? TryRead(byte[] zip, out string? error)
    {
        error = null;
        try
        {
            using var archive = new ZipArchive(new MemoryStream(zip, writable: false), ZipArchiveMode.Read);
            var inflate = new BoundedInflate(MaxTotalBytes / 2, MaxTotalBytes, MaxEntries);
            inflate.CheckCount(archive);
            var files = new List<DeliveryFile>();
            foreach (var entry in archive.Entries.Where(e => !e.FullName.EndsWith('/')))
            {
                if (!IsFlatName(entry.FullName))
                {
                    error = $"the ZIP holds an entry with a path ('{entry.FullName}'); a delivery is flat: file names only, no folders or '..'.";
                    return null;
                }

                files.Add(new DeliveryFile(entry.FullName, inflate.Read(entry)));
            }

            return files;
        }
        catch (InvalidDataException ex)
        {
            error = $"it is not a readable ZIP ({ex.Message})";
            return null;
        }
    }

    /// <summary>A plain file name: no folder, no '..', no drive or root (ZIP path traversal).</summary>
    private static bool IsFlatName(string name) =>
        name.Length > 0 && name.IndexOfAny(['/', '\\', ':']) < 0 && name is not (".." or ".");

    public static byte[] Write(IEnumerable<DeliveryFile> files)
    {
        using var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var file in files)
            {
                var entry = archive.CreateEntry(file.Name, CompressionLevel.Fastest);
                using var stream = entry.Open();
                stream.Write(file.Content);
            }
        }

        return buffer.ToArray();
    }

    /// <summary>The files of a delivery folder (tests and the observe driver read deliveries from disk).</summary>
    public static IReadOnlyList<DeliveryFile> ReadFolder(string folder) =>
        [.. Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal).Select(f => new DeliveryFile(Path.GetFileName(f), File.ReadAllBytes(f)))];
}
