using ChainHarness.Engine.Protocols;


namespace ChainHarness.Engine.Configuration;

/// <summary>
/// One declarative HTTP call. Capture and expectation specs: <c>$.a.b[0]</c> (JSON path),
/// <c>xpath:/x/y</c> (XPath on an XML body), <c>header:Location</c>, <c>status</c>, <c>body</c>
/// (the whole body; binary kept as bytes). As an <see cref="Expect"/> key in JSON, where ':' would
/// split the key into sections, write <c>xpath=/x/y</c> and <c>header=Location</c>.
/// </summary>
public sealed class HttpCallOptions
{
    /// <summary>A name for messages and evidence. Default: method and URL.</summary>
    public string? Name { get; set; }

    public string Method { get; set; } = "GET";

    /// <summary>URL template, relative to the driver's BaseUrl or absolute, e.g. <c>wijzigingen/${wijzigingId}/export</c>.</summary>
    public string Url { get; set; } = "";

    /// <summary>Headers of this call (templated).</summary>
    public Dictionary<string, string> Headers { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>An inline body template.</summary>
    public string? Body { get; set; }

    /// <summary>A fixture file whose text, with placeholders filled, is the body.</summary>
    public string? BodyFile { get; set; }

    /// <summary>A binary value to send as the body, by name (for the plan software: <c>delivery</c>, the ZIP of step 1).</summary>
    public string? BodyFrom { get; set; }

    /// <summary>Content type of the body. Default <c>application/json</c> (binary: <c>application/zip</c>).</summary>
    public string? ContentType { get; set; }

    /// <summary>The statuses that count as success. Default: any 2xx.</summary>
    public List<int> ExpectStatus { get; set; } = [];

    /// <summary>Values to keep, by name → spec.</summary>
    public Dictionary<string, string> Captures { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Assertions, spec → expected value (templated); a mismatch fails the call.</summary>
    public Dictionary<string, string> Expect { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Repeat the call (at the poll interval, within the step deadline) until this spec has one of <see cref="UntilValues"/>.</summary>
    public string? Until { get; set; }

    public List<string> UntilValues { get; set; } = [];

    public string Describe => Name ?? $"{Method.ToUpperInvariant()} {Url}";

    public IEnumerable<string> Validate(string path)
    {
        if (string.IsNullOrWhiteSpace(Url))
        {
            yield return Texts.OptionTexts.Empty($"{path}:Url").ToString();
        }

        if (Method.ToUpperInvariant() is not ("GET" or "POST" or "PUT" or "PATCH" or "DELETE"))
        {
            yield return Texts.OptionTexts.Method($"{path}:Method", Method).ToString();
        }

        if (new[] { Body, BodyFile, BodyFrom }.Count(b => b is not null) > 1)
        {
            yield return Texts.OptionTexts.OneBody(path).ToString();
        }

        if (BodyFile is not null && !File.Exists(BodyFile))
        {
            yield return Texts.OptionTexts.NoFile($"{path}:BodyFile", BodyFile ?? "").ToString();
        }

        foreach (var (name, spec) in Expect.Keys.Select(k => ($"Expect:{k}", k)).Concat(Captures.Select(c => ($"Captures:{c.Key}", c.Value))).Concat(Until is null ? [] : [("Until", Until)]))
        {
            if (!ResponseReader.IsSpec(spec))
            {
                yield return Texts.OptionTexts.NotASpec($"{path}:{name}").ToString();
            }
        }

        if (Until is not null && UntilValues.Count == 0)
        {
            yield return Texts.OptionTexts.UntilValues($"{path}:UntilValues").ToString();
        }
    }

    /// <summary>Every text of this call that placeholders are filled in (URL, headers, body, expectations), for redaction.</summary>
    public IEnumerable<string> Templates() =>
        new[] { Url, Body ?? "" }.Concat(Headers.Values).Concat(Expect.Values);
}
