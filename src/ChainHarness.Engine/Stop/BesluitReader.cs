using System.Xml.Linq;

namespace ChainHarness.Engine.Stop;

/// <summary>Reads the identity of a besluit or kennisgeving and the regelingen it touches.</summary>
internal static class BesluitReader
{
    public static BesluitInfo Read(string fileName, XDocument document)
    {
        var root = document.Root!;
        var data = StopNamespaces.Data;
        var identity = root.Descendants(data + "ExpressionIdentificatie").FirstOrDefault();
        var akn = root.Descendants()
            .SelectMany(e => e.Attributes().Where(a => a.Name.LocalName is "wordt" or "was").Select(a => a.Value)
                .Concat(e.Name == data + "FRBRWork" || e.Name == data + "instrumentVersie" || e.Name == data + "instrument" ? [e.Value.Trim()] : []))
            .Where(AknIds.IsRegeling)
            .ToList();
        var expressions = root.Descendants()
            .Where(e => e.Name == data + "instrumentVersie")
            .Select(e => e.Value.Trim())
            .Concat(root.Descendants().Select(e => e.Attribute("wordt")?.Value).OfType<string>())
            .Where(AknIds.IsRegeling)
            .Distinct()
            .ToList();
        return new BesluitInfo(
            fileName,
            root.Name.LocalName,
            identity?.Text(data + "FRBRWork"),
            identity?.Text(data + "FRBRExpression"),
            root.Text(data + "officieleTitel"),
            [.. akn.Select(AknIds.WorkOf).Distinct()],
            expressions,
            [.. root.Descendants(data + "doel").Select(e => e.Value.Trim()).Distinct()],
            [.. root.Descendants(data + "informatieobjectRef").Select(e => e.Value.Trim()).Distinct()])
        {
            Mutaties = MutatieReader.Read(root),
            SoortProcedure = root.Descendants(data + "soortProcedure").FirstOrDefault()?.Value.Trim(),
        };
    }
}
