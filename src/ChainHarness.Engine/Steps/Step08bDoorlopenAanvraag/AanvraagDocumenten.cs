using System.Security.Cryptography;
using System.Text;
using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Loket;

namespace ChainHarness.Engine.Steps.Step08bDoorlopenAanvraag;

/// <summary>
/// The documents step 8b attaches: for every document the indieningsvereisten ask for, the scenario's
/// document of that type (or a generated one), then the scenario's aanvullende documents.
/// </summary>
public static class AanvraagDocumenten
{
    public static IReadOnlyList<(ScenarioDocument Document, byte[] Inhoud)> Kies(AanvraagScenario aanvraag, IReadOnlyList<GevraagdDocument> gevraagd)
    {
        var chosen = new List<ScenarioDocument>();
        foreach (var type in gevraagd.Select(g => g.BijlageType).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            chosen.Add(aanvraag.Documenten.FirstOrDefault(d => string.Equals(d.DocumentType, type, StringComparison.OrdinalIgnoreCase))
                ?? new ScenarioDocument { Bestandsnaam = FileName(type), DocumentType = type });
        }

        chosen.AddRange(aanvraag.Documenten.Where(d => d.Aanvullend && !chosen.Contains(d)));
        return [.. chosen.Select(d => (d, Encoding.UTF8.GetBytes(d.Inhoud ?? $"ChainHarness testbijlage: {d.DocumentType} voor {aanvraag.Projectnaam}.")))];
    }

    public static IngediendDocument Ingediend(ScenarioDocument d, byte[] inhoud) =>
        new(d.Bestandsnaam, d.DocumentType, d.Vertrouwelijk, inhoud.Length, Convert.ToHexStringLower(SHA256.HashData(inhoud)));

    private static string FileName(string type) =>
        string.Concat(type.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')).Trim('-') + ".txt";
}
