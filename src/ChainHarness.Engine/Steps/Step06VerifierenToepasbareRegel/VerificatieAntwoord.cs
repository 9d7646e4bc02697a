using System.Text.Json;
using ChainHarness.Engine.Loket;

namespace ChainHarness.Engine.Steps.Step06VerifierenToepasbareRegel;

/// <summary>
/// The report of Regels verifiëren for one file: its meldingen (code, ernst, beschrijving). The
/// service's OpenAPI is not public; this shape is our design, shared with the simulator.
/// </summary>
public sealed record VerificatieAntwoord(IReadOnlyList<VerificatieAntwoord.Melding> Meldingen)
{
    public IEnumerable<Melding> Fouten => Meldingen.Where(m => m.Ernst == "fout");

    public static VerificatieAntwoord? Parse(string? body)
    {
        try
        {
            using var document = JsonDocument.Parse(body ?? "");
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("meldingen", out var items) || items.ValueKind != JsonValueKind.Array)
            {
                return null;
            }

            return new VerificatieAntwoord([.. items.EnumerateArray().Select(m => new Melding(Text(m, "code"), Text(m, "ernst"), Text(m, "beschrijving")))]);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Text(JsonElement element, string name) => JsonRead.Text(element, name) ?? "";

    public sealed record Melding(string Code, string Ernst, string Beschrijving);
}
