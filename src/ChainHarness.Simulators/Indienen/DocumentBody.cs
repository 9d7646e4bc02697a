using System.Security.Cryptography;
using System.Text.Json.Nodes;
using ChainHarness.Simulators.Hosting;
using ChainHarness.Simulators.Verzoeken;

namespace ChainHarness.Simulators.Indienen;

/// <summary>
/// Reads the body that adds a document to a verzoek. Our design (the v5 OpenAPI is not public):
/// JSON <c>{bestandsnaam, documentType, mediaType, vertrouwelijk, inhoud}</c>, the content in base64.
/// </summary>
public static class DocumentBody
{
    public static (Bijlage? Bijlage, byte[] Inhoud, IReadOnlyList<InvalidParam> Errors) Parse(string json)
    {
        var errors = new List<InvalidParam>();
        if (JsonFields.Parse(json, errors) is not JsonObject root)
        {
            return (null, [], errors.Count > 0 ? errors : [new InvalidParam("body", "json", "een JSON-object is verplicht.")]);
        }

        var naam = JsonFields.Required(root, "bestandsnaam", errors);
        var type = JsonFields.Required(root, "documentType", errors);
        var mediaType = JsonFields.Optional(root, "mediaType") ?? "application/octet-stream";
        var vertrouwelijk = JsonFields.Flag(root, "vertrouwelijk");
        var inhoud = Content(JsonFields.Optional(root, "inhoud"), errors);
        if (naam is not null && (naam.Contains('/') || naam.Contains('\\')))
        {
            errors.Add(new InvalidParam("bestandsnaam", "pattern", "een bestandsnaam mag geen pad bevatten."));
        }

        if (errors.Count > 0)
        {
            return (null, [], errors);
        }

        var bijlage = new Bijlage(Guid.NewGuid().ToString("D"), naam!, type!, mediaType, vertrouwelijk, inhoud.Length, Convert.ToHexStringLower(SHA256.HashData(inhoud)));
        return (bijlage, inhoud, []);
    }

    private static byte[] Content(string? base64, List<InvalidParam> errors)
    {
        var bytes = new byte[((base64?.Length ?? 0) * 3 / 4) + 3];
        if (base64 is null || !Convert.TryFromBase64String(base64, bytes, out var length) || length == 0)
        {
            errors.Add(new InvalidParam("inhoud", "base64", "de inhoud is verplicht, in base64, en mag niet leeg zijn."));
            return [];
        }

        return bytes[..length];
    }
}
