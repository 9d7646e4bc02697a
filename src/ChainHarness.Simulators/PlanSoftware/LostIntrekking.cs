using System.Xml.Linq;
using ChainHarness.Engine.Stop;

namespace ChainHarness.Simulators.PlanSoftware;

/// <summary>
/// F5: what a plan software that mishandles intrekkingen sends when it publishes. It drops the OW status
/// <c>beëindigen</c>, so the rule texts, juridische regels, activities and locations the change withdraws go
/// out as current, while the besluit still withdraws their text. The export of step 1 (and the validatieOpdracht)
/// were whole; only the publicatieOpdracht is built wrongly.
/// </summary>
internal static class LostIntrekking
{
    public static byte[] Apply(byte[] zip)
    {
        var files = DeliveryZip.TryRead(zip, out var error) ?? throw new InvalidOperationException($"The delivery cannot be opened: {error}");
        return DeliveryZip.Write(files.Select(f => f.IsXml && IsOw(f) ? f with { Content = WithoutStatus(f.Content) } : f));
    }

    private static bool IsOw(DeliveryFile file) => SafeXml.TryLoad(file.Content, out _)?.Root?.Name == StopNamespaces.OwDeelbestand + "owBestand";

    private static byte[] WithoutStatus(byte[] owFile)
    {
        var document = SafeXml.Load(owFile);
        document.Descendants(StopNamespaces.OwDeelbestand + "owObject")
            .SelectMany(o => o.Elements().SelectMany(e => e.Elements().Where(s => s.Name.LocalName == "status")))
            .ToList()
            .ForEach(s => s.Remove());
        return ManifestWriter.Bytes(document);
    }
}
