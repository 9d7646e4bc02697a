using Microsoft.Extensions.Configuration;

namespace ChainHarness.Engine.Configuration;

/// <summary>
/// Refuses production DSO and LVBB hosts before any request: publishing there is a legal act.
/// Every value under the <c>ChainHarness</c> section that holds a URL is checked, whatever its
/// key, so URL keys added later are covered too; the HTTP clients check again before they send.
/// </summary>
public static class ProductionGuard
{
    /// <summary>
    /// Domains whose hosts are production unless one of their labels says pre-productie. The
    /// DSO ones are [doc] (<c>service[.pre].omgevingswet.overheid.nl</c>, <c>pkio.…</c>); the KOOP
    /// (LVBB, officielebekendmakingen) pre-productie host names are our assumption [design].
    /// </summary>
    private static readonly string[] GuardedDomains =
    [
        "omgevingswet.overheid.nl",
        "officielebekendmakingen.nl",
        "officiele-overheidspublicaties.nl",
        "koop.overheid.nl",
        "lvbb.overheid.nl",
    ];

    /// <summary>Identifier namespaces under a guarded domain that are never called (functioneleStructuurRef, waardelijsten).</summary>
    private static readonly string[] IdentifierHosts =
    [
        "toepasbare-regels.omgevingswet.overheid.nl",
        "standaarden.omgevingswet.overheid.nl",
    ];

    private static readonly string[] PreLabels = ["pre", "preprod", "pre-prod", "preproductie", "pre-productie"];

    /// <summary>True when <paramref name="host"/> is a production DSO, LVBB or KOOP host.</summary>
    public static bool IsProductionHost(string host)
    {
        var name = Normalise(host);
        var labels = name.Split('.');
        if (labels.Any(l => PreLabels.Contains(l, StringComparer.Ordinal)) || IdentifierHosts.Contains(name, StringComparer.Ordinal))
        {
            return false;
        }

        return GuardedDomains.Any(d => name == d || name.EndsWith("." + d, StringComparison.Ordinal))
            || (labels[0] == "pkio" && name.EndsWith(".overheid.nl", StringComparison.Ordinal));
    }

    /// <summary>The pre-productie host to use instead, e.g. <c>service.pre.omgevingswet.overheid.nl</c>.</summary>
    public static string PreProductionEquivalent(string host)
    {
        var name = Normalise(host);
        var domain = GuardedDomains.FirstOrDefault(d => name == d || name.EndsWith("." + d, StringComparison.Ordinal));
        if (domain == "omgevingswet.overheid.nl")
        {
            return name[..^domain.Length] + "pre." + domain;
        }

        if (domain is null && name.StartsWith("pkio.", StringComparison.Ordinal))
        {
            var at = name.IndexOf('.', "pkio.".Length);
            return at < 0 ? "pkio.pre." + name[5..] : name[..at] + ".pre" + name[at..];
        }

        return "pre." + name;
    }

    /// <summary>The error for one configured value that is a URL (or URL template) on a production host; otherwise null.</summary>
    public static string? Check(string key, string? value)
    {
        var text = value?.Trim();
        return text is not null
            && (text.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || text.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
            && Uri.TryCreate(text, UriKind.Absolute, out var uri)
            && IsProductionHost(uri.IdnHost)
                ? Describe(key, uri.IdnHost)
                : null;
    }

    /// <summary>Every value under the <c>ChainHarness</c> section that names a production host.</summary>
    public static IReadOnlyList<string> Scan(IConfiguration configuration) =>
        configuration.GetSection(HarnessOptions.SectionName).AsEnumerable()
            .Select(pair => Check(pair.Key, pair.Value))
            .OfType<string>()
            .ToList();

    /// <summary>Throws a configuration error (exit 2) when <paramref name="url"/> is on a production host.</summary>
    public static void EnsureNotProduction(string key, Uri url)
    {
        if (url.IsAbsoluteUri && IsProductionHost(url.IdnHost))
        {
            throw ConfigurationErrorException.WithErrors([Describe(key, url.IdnHost)]);
        }
    }

    private static string Describe(string key, string host)
    {
        var name = Normalise(host);
        return Texts.ConfigurationTexts.ProductionHost(key, name, PreProductionEquivalent(name));
    }

    private static string Normalise(string host) => host.Trim().TrimEnd('.').ToLowerInvariant();
}
