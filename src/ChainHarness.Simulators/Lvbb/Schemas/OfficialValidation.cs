using System.Collections.Concurrent;
using System.Text;
using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Running;
using ChainHarness.Engine.Stop;

namespace ChainHarness.Simulators.Lvbb.Schemas;

/// <summary>
/// The LVBB's real validation, as far as it is published: the official XSDs (in process) and the
/// official Schematron (Saxon-HE), from the bundle the delivery declares (LVBB 1.3.0-ic / STOP
/// 1.4 when its files name <c>lvbb/1.3.0-ic</c> or <c>stop/1.4</c>, else LVBB 1.2.0 / STOP 1.3).
/// On whenever a bundle is found; <see cref="Statement"/> says what ran, or why not.
/// </summary>
public sealed class OfficialValidation
{
    private static readonly ConcurrentDictionary<string, OfficialValidation> Cache = new(StringComparer.Ordinal);
    private readonly SaxonProcess? _saxon;

    private OfficialValidation(IReadOnlyList<SchemaBundle> bundles, SaxonProcess? saxon, ValidationStatement statement)
    {
        Bundles = bundles;
        _saxon = saxon;
        Statement = statement;
    }

    public IReadOnlyList<SchemaBundle> Bundles { get; }

    public ValidationStatement Statement { get; }

    /// <summary>True when the Schematron runs too (not only the XSDs).</summary>
    public bool RunsSchematron => _saxon is not null && Bundles.Count > 0;

    public static OfficialValidation For(SchemaOptions options)
    {
        var key = $"{options.Official}|{options.StopTpod}|{options.Bundles}|{Environment.GetEnvironmentVariable(SchemaBundles.EnvironmentVariable)}|{Directory.GetCurrentDirectory()}";
        return Cache.GetOrAdd(key, _ => Create(options));
    }

    /// <summary>The official validation of exactly these bundles (tests pass <c>shared/reference</c>'s).</summary>
    public static OfficialValidation Of(IReadOnlyList<SchemaBundle> bundles, string source) => Build(bundles, source);

    /// <summary>The bundle a delivery declares (see the class comment); null when none is found.</summary>
    public SchemaBundle? BundleFor(StopDelivery delivery)
    {
        var declared = new StringBuilder();
        foreach (var file in new[] { StopDeliveryReader.OpdrachtFile, delivery.Opdracht?.Publicatie }.OfType<string>())
        {
            if (delivery.File(file) is { } found)
            {
                declared.Append(Encoding.UTF8.GetString(found.Content, 0, Math.Min(found.Content.Length, 4096)));
            }
        }

        var text = declared.ToString();
        var wantsNew = text.Contains("lvbb/1.3.0", StringComparison.Ordinal) || text.Contains("stop/1.4", StringComparison.Ordinal);
        var name = wantsNew ? SchemaBundle.Lvbb130Ic : SchemaBundle.Lvbb120;
        return Bundles.FirstOrDefault(b => b.Name == name);
    }

    public StopSchemaValidator? XsdFor(StopDelivery delivery) => BundleFor(delivery) is { } bundle ? StopSchemaValidator.For(bundle) : null;

    public SchematronValidator? SchematronFor(StopDelivery delivery) =>
        _saxon is not null && BundleFor(delivery) is { } bundle ? SchematronValidator.For(bundle, _saxon) : null;

    private static OfficialValidation Create(SchemaOptions options)
    {
        if (!options.Official)
        {
            return new([], null, new ValidationStatement(
                false,
                "officiële XSD + Schematron: nee, omdat Schemas:Official uit staat (alleen de eigen controles van de gesimuleerde LVBB)",
                "official XSD + Schematron: no, because Schemas:Official is off (only the simulated LVBB's own checks)"));
        }

        var (bundles, source) = SchemaBundles.Locate(options);
        if (bundles.Count == 0)
        {
            return new([], null, new ValidationStatement(
                false,
                "officiële XSD + Schematron: nee, omdat de officiële schemabundels niet gevonden zijn (zie 'chainharness schemas'; alleen de eigen controles van de gesimuleerde LVBB)",
                "official XSD + Schematron: no, because the official schema bundles were not found (see 'chainharness schemas'; only the simulated LVBB's own checks)"));
        }

        return Build(bundles, source);
    }

    private static OfficialValidation Build(IReadOnlyList<SchemaBundle> bundles, string source)
    {
        var names = string.Join(", ", bundles.Select(b => $"LVBB {b.LvbbVersion}/STOP {b.StopVersion}"));
        var saxon = SaxonProcess.Find(out var reason);
        if (saxon is null)
        {
            var javaMissing = reason.StartsWith("java", StringComparison.Ordinal);
            return new(bundles, null, new ValidationStatement(
                false,
                $"officiële XSD: ja ({names}, uit {source}); Schematron: nee, omdat {(javaMissing ? "java niet geïnstalleerd is (apt-get install default-jre-headless)" : "Saxon-HE niet geïnstalleerd is (apt-get install libsaxonhe-java)")}",
                $"official XSD: yes ({names}, from {source}); Schematron: no, because {reason}"));
        }

        return new(bundles, saxon, new ValidationStatement(
            true,
            $"officiële XSD + Schematron: ja ({names}, uit {source}; Schematron met Saxon-HE)",
            $"official XSD + Schematron: yes ({names}, from {source}; Schematron with Saxon-HE)"));
    }
}
