using System.Text.Json.Nodes;
using System.Xml.Linq;
using ChainHarness.Testing;
using ChainHarness.Testing.Contracts;
using Json.Schema;

namespace ChainHarness.Engine.Tests.Contracts;

/// <summary>Every contracts/&lt;service&gt;/contract.json follows contracts/contract.schema.json, cites only sources it lists, and names examples that exist.</summary>
public sealed class ContractFormatTests
{
    private static readonly Lazy<JsonSchema> Format = new(() =>
        JsonSchema.FromFile(Path.Combine(ServiceContracts.Folder, "contract.schema.json")));

    private static IEnumerable<string> Services() => ServiceContracts.Services;

    [Test]
    public void Contracts_FolderHoldsAtLeastTheLvbb() => Assert.That(ServiceContracts.Services, Does.Contain("lvbb"));

    [TestCaseSource(nameof(Services))]
    public void Contract_FollowsTheFormat(string service)
    {
        var contract = ServiceContracts.Load(service);
        var result = Format.Value.Evaluate(contract.Root, new EvaluationOptions { OutputFormat = OutputFormat.List });
        var errors = (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"));
        Assert.That(result.IsValid, Is.True, string.Join("\n", errors));
        Assert.That(contract.Root["service"]?.GetValue<string>(), Is.EqualTo(service));
    }

    [TestCaseSource(nameof(Services))]
    public void Contract_CitesOnlyItsOwnSources(string service)
    {
        var contract = ServiceContracts.Load(service);
        var known = (contract.Root["sources"] as JsonObject ?? []).Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        var cited = Walk(contract.Root).OfType<JsonObject>().SelectMany(o => o["source"] as JsonArray ?? []).Select(s => (string?)s).ToList();
        Assert.That(cited, Is.Not.Empty);
        Assert.That(cited.Where(s => s is null || !known.Contains(s)), Is.Empty, "sources cited but not listed");
    }

    [TestCaseSource(nameof(Services))]
    public void Contract_ExamplesExistAndAreWellFormed(string service)
    {
        var contract = ServiceContracts.Load(service);
        var examples = Walk(contract.Root).OfType<JsonObject>()
            .Select(o => (string?)(o["example"] as JsonValue))
            .OfType<string>()
            .Where(e => e.StartsWith("examples/", StringComparison.Ordinal))
            .ToList();
        foreach (var example in examples)
        {
            var path = contract.ExamplePath(example);
            Assert.That(File.Exists(path), Is.True, $"{service}: {example} is missing");
            if (path.EndsWith(".xml", StringComparison.Ordinal))
            {
                Assert.DoesNotThrow(() => XDocument.Load(path), $"{service}: {example} is not well-formed");
            }
        }
    }

    [Test]
    public void Format_RefusesAFactWithoutProvenance_SoTheFormatTestCanFail()
    {
        var broken = JsonNode.Parse("""
            { "service": "x", "endpoint": "X", "title": "t", "sources": {},
              "basePath": { "value": "/x", "mark": "OFFICIAL" },
              "auth": [ { "scheme": "none", "mark": "GUESS" } ], "operations": [] }
            """);
        Assert.That(Format.Value.Evaluate(broken).IsValid, Is.False);
    }

    [Test]
    public void Format_AcceptsTheSmallestValidContract()
    {
        var minimal = JsonNode.Parse("""
            { "service": "x", "endpoint": "X", "title": "t", "sources": { "S": { "url": "u", "mark": "OFFICIAL" } },
              "basePath": { "value": "/x", "mark": "OFFICIAL", "source": ["S"] },
              "auth": [ { "scheme": "none", "mark": "GUESS", "note": "our design" } ], "operations": [] }
            """);
        Assert.That(Format.Value.Evaluate(minimal).IsValid, Is.True);
    }

    private static IEnumerable<JsonNode> Walk(JsonNode? node)
    {
        if (node is null)
        {
            yield break;
        }

        yield return node;
        var children = node switch
        {
            JsonObject o => o.Select(p => p.Value),
            JsonArray a => a.AsEnumerable(),
            _ => [],
        };
        foreach (var child in children.SelectMany(Walk))
        {
            yield return child;
        }
    }
}
