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
    /// Domains whose every host is production unless it is one of the <see cref="PreProductionHosts"/>:
    /// the DSO (<c>omgevingswet.overheid.nl</c>) and KOOP (LVBB, officielebekendmakingen) domains.
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

    /// <summary>
    /// The pre-productie hosts, by exact name [doc: DSO register pages, /shared/protocols/auth.md]. A
    /// <c>pre</c> label alone exempts nothing (<c>pre.service.omgevingswet.overheid.nl</c> is refused):
    /// who can create a DNS name under a guarded domain decides, not its spelling. KOOP publishes no
    /// pre-productie host we know of; its hosts are always refused.
    /// </summary>
    public static readonly IReadOnlyList<string> PreProductionHosts =
    [
        "service.pre.omgevingswet.overheid.nl",
        "pkio.service.pre.omgevingswet.overheid.nl",
    ];

    /// <summary>True when <paramref name="host"/> is a production DSO, LVBB or KOOP host (any host under their domains but the known pre-productie ones).</summary>
    public static bool IsProductionHost(string host)
    {
        var name = Normalise(host);
        if (PreProductionHosts.Contains(name, StringComparer.Ordinal) || IdentifierHosts.Contains(name, StringComparer.Ordinal))
        {
            return false;
        }

        return GuardedDomains.Any(d => name == d || name.EndsWith("." + d, StringComparison.Ordinal))
            || (name.Split('.')[0] == "pkio" && name.EndsWith(".overheid.nl", StringComparison.Ordinal));
    }

    /// <summary>The pre-productie host to use instead (<c>service.pre.omgevingswet.overheid.nl</c>, <c>pkio.service.pre…</c>), or null when none is known.</summary>
    public static string? PreProductionEquivalent(string host)
    {
        var name = Normalise(host);
        return name.StartsWith("pkio.", StringComparison.Ordinal) && name.EndsWith(".omgevingswet.overheid.nl", StringComparison.Ordinal)
            ? PreProductionHosts[1]
            : name.EndsWith("omgevingswet.overheid.nl", StringComparison.Ordinal) ? PreProductionHosts[0] : null;
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

    /// <summary>A request from <paramref name="from"/> (the host of <paramref name="key"/>) went on to a production host: a redirect, or a URL filled in at run time.</summary>
    public static string DescribeHop(string key, string from, string host) =>
        $"{key}: a request to {Normalise(from)} was sent on to '{Normalise(host)}' (a redirect or a URL filled in at run time), a production host; refused. "
        + "ChainHarness never talks to production (publishing there is a legal act). Check what that server redirects to.";

    private static string Describe(string key, string host)
    {
        var name = Normalise(host);
        var instead = PreProductionEquivalent(name) is { } pre ? $"use the pre-productie host {pre} or a simulator." : "it has no known pre-productie host; use a simulator.";
        return $"{key}: '{name}' is a production host. ChainHarness never talks to production (publishing there is a legal act); {instead}";
    }

    private static string Normalise(string host) => host.Trim().TrimEnd('.').ToLowerInvariant();
}
