using System.Xml.Linq;
using ChainHarness.Engine.Stop;

namespace ChainHarness.Simulators.Lvbb.Ebms;

/// <summary>The leveringsverzoek payload (lvbb namespace): its root names the requested service; idLevering and softwareVersie.</summary>
public sealed record LeveringsVerzoek(string Root, string IdLevering, string Leverancier)
{
    /// <summary>The verzoek, or null with the reason.</summary>
    public static LeveringsVerzoek? Read(byte[] xml, out string? error)
    {
        var document = SafeXml.TryLoad(xml, out error);
        if (document?.Root is not { } root)
        {
            error = $"the leveringsverzoek is not well-formed XML: {error}";
            return null;
        }

        if (root.Name.Namespace != StopNamespaces.Lvbb)
        {
            error = $"the leveringsverzoek's root {root.Name} is not in {StopNamespaces.Lvbb.NamespaceName}";
            return null;
        }

        var id = root.Element(StopNamespaces.Lvbb + "idLevering")?.Value.Trim();
        var leverancier = root.Element(StopNamespaces.Lvbb + "softwareVersie")?.Element(StopNamespaces.Lvbb + "leverancier")?.Value.Trim();
        if (string.IsNullOrEmpty(id) || string.IsNullOrEmpty(leverancier))
        {
            error = $"{root.Name.LocalName} lacks {(string.IsNullOrEmpty(id) ? "idLevering" : "softwareVersie/leverancier")}";
            return null;
        }

        error = null;
        return new LeveringsVerzoek(root.Name.LocalName, id, leverancier);
    }
}
