using ChainHarness.Engine.Stop;

namespace ChainHarness.Simulators.PlanSoftware;

/// <summary>Gives a delivery the opdracht for one send: the service (root element) and a fresh idLevering.</summary>
internal static class OpdrachtRewriter
{
    public static byte[] Rewrite(byte[] zip, string soort, string idLevering)
    {
        var files = DeliveryZip.TryRead(zip, out var error) ?? throw new InvalidOperationException($"The delivery cannot be opened: {error}");
        return DeliveryZip.Write(files.Select(f => f.Name == StopDeliveryReader.OpdrachtFile ? f with { Content = Render(f.Content, soort, idLevering) } : f));
    }

    private static byte[] Render(byte[] opdracht, string soort, string idLevering)
    {
        var document = SafeXml.Load(opdracht);
        var root = document.Root!;
        root.Name = root.Name.Namespace + soort;
        root.Element(root.Name.Namespace + "idLevering")!.Value = idLevering;
        return ManifestWriter.Bytes(document);
    }
}
