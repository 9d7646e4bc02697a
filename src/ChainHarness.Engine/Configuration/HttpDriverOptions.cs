namespace ChainHarness.Engine.Configuration;

/// <summary>
/// A supplier's API, described instead of coded: per operation of the port (for the plan software:
/// <c>ProduceChange</c>, <c>Submit</c>, <c>GetStatus</c>) a list of calls whose captures become the
/// operation's result. Placeholders <c>${name}</c> take built-in values, earlier captures and
/// <c>${env:NAME}</c>. Production hosts are refused here as everywhere.
/// </summary>
public sealed class HttpDriverOptions
{
    /// <summary>The API's base URL; call URLs are relative to it unless absolute.</summary>
    public string BaseUrl { get; set; } = "";

    /// <summary>Headers sent with every call (templated), e.g. <c>Authorization: Bearer ${env:SUPPLIER_TOKEN}</c>.</summary>
    public Dictionary<string, string> Headers { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The calls of each operation, by operation name.</summary>
    public Dictionary<string, List<HttpCallOptions>> Operations { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Value maps by capture name: a captured value found as a key is replaced by its value, e.g.
    /// <c>Maps:status:GEPUBLICEERD = Gepubliceerd</c>, <c>Maps:accepted:ontvangen = true</c>.
    /// </summary>
    public Dictionary<string, Dictionary<string, string>> Maps { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public IEnumerable<string> Validate(string path)
    {
        if (!Uri.TryCreate(BaseUrl, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            yield return Texts.OptionTexts.NotAUrl($"{path}:BaseUrl").ToString();
        }

        if (ProductionGuard.Check($"{path}:BaseUrl", BaseUrl) is { } production)
        {
            yield return production;
        }

        var templates = Operations.Values.SelectMany(c => c).SelectMany(c => c.Templates()).Concat(Headers.Values);
        foreach (var unknown in templates.SelectMany(Placeholders.NationalNames).Distinct(StringComparer.Ordinal)
            .Where(n => !Engine.Configuration.DsoEndpoint.All.Contains(n, StringComparer.Ordinal)))
        {
            yield return Texts.OptionTexts.UnknownNational(path, unknown, Engine.Configuration.DsoEndpoint.All).ToString();
        }

        foreach (var (operation, calls) in Operations)
        {
            for (var i = 0; i < calls.Count; i++)
            {
                foreach (var error in calls[i].Validate($"{path}:Operations:{operation}:{i}"))
                {
                    yield return error;
                }
            }
        }
    }
}
