using System.Xml.Linq;
using ChainHarness.Engine.Ports;

namespace ChainHarness.Engine.Drivers.Observe;

/// <summary>
/// The verzoekresultaten a person saves from the plan software into a folder, one XML file per message
/// (<c>{idLevering}*.xml</c>). The newest file whose verslag has an uitkomst wins over voortgang files.
/// </summary>
public sealed class VerslagFolder(string folder) : IReceivedVerslagen
{
    public Chain.Bilingual Source => Texts.ReceivedTexts.Folder(Path.GetFileName(Path.TrimEndingDirectorySeparator(folder)));

    public async Task<byte[]?> TryReadAsync(string idLevering, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(folder))
        {
            return null;
        }

        var files = new DirectoryInfo(folder).EnumerateFiles("*.xml")
            .Where(f => f.Name.StartsWith(idLevering, StringComparison.Ordinal))
            .OrderByDescending(f => f.LastWriteTimeUtc)
            .ToList();
        byte[]? latest = null;
        foreach (var file in files)
        {
            var bytes = await File.ReadAllBytesAsync(file.FullName, cancellationToken).ConfigureAwait(false);
            latest ??= bytes;
            if (IsFinal(bytes))
            {
                return bytes;
            }
        }

        return latest;
    }

    private static bool IsFinal(byte[] bytes)
    {
        try
        {
            using var stream = new MemoryStream(bytes);
            return XDocument.Load(stream).Root?.Elements().FirstOrDefault(e => e.Name.LocalName == "verslag")?.Elements().Any(e => e.Name.LocalName == "uitkomst") == true;
        }
        catch (System.Xml.XmlException)
        {
            return false;
        }
    }
}
