using System.IO.Compression;

namespace ChainHarness.Engine.Stop;

/// <summary>
/// Unpacks ZIP entries with limits counted on the bytes actually inflated, not on the sizes the
/// archive declares (which a ZIP bomb can fake): at most <see cref="MaxEntries"/> entries,
/// <see cref="MaxEntryBytes"/> per entry and <see cref="MaxTotalBytes"/> in all. Over a limit is an
/// <see cref="InvalidDataException"/> that says which.
/// </summary>
public sealed class BoundedInflate(long maxEntryBytes, long maxTotalBytes, int maxEntries = 10_000)
{
    private long _total;

    public long MaxEntryBytes { get; } = maxEntryBytes;

    public long MaxTotalBytes { get; } = maxTotalBytes;

    public int MaxEntries { get; } = maxEntries;

    /// <summary>Throws when the archive has more entries than allowed.</summary>
    public void CheckCount(ZipArchive archive)
    {
        if (archive.Entries.Count > MaxEntries)
        {
            throw new InvalidDataException($"the ZIP has {archive.Entries.Count} entries (at most {MaxEntries}).");
        }
    }

    /// <summary>The entry's bytes, read no further than the limits allow.</summary>
    public byte[] Read(ZipArchiveEntry entry)
    {
        if (entry.Length > MaxEntryBytes || _total + entry.Length > MaxTotalBytes)
        {
            throw TooLarge(entry.FullName);
        }

        using var stream = entry.Open();
        using var buffer = new MemoryStream();
        var chunk = new byte[81_920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            _total += read;
            if (buffer.Length + read > MaxEntryBytes || _total > MaxTotalBytes)
            {
                throw TooLarge(entry.FullName);
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private InvalidDataException TooLarge(string name) =>
        new($"'{name}' unpacks to more than the limit ({MaxEntryBytes / (1024 * 1024)} MB per file, {MaxTotalBytes / (1024 * 1024)} MB in all); the ZIP is refused.");
}
