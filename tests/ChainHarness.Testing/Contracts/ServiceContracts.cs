using System.Text.Json.Nodes;

namespace ChainHarness.Testing.Contracts;

/// <summary>
/// Reads <c>contracts/&lt;service&gt;/contract.json</c> from the clone. Test-only and free of project code: the
/// simulator's tests and the engine's tests each check their own side against the same data.
/// </summary>
public static class ServiceContracts
{
    public static string Folder => Path.Combine(RepositoryFolders.RepositoryRoot, "contracts");

    /// <summary>Every service that has a contract folder.</summary>
    public static IReadOnlyList<string> Services =>
        [.. Directory.GetDirectories(Folder).Where(d => File.Exists(Path.Combine(d, "contract.json"))).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];

    public static ServiceContract Load(string service)
    {
        var file = Path.Combine(Folder, service, "contract.json");
        if (!File.Exists(file))
        {
            throw new FileNotFoundException($"No contract for service '{service}': {file} is missing.");
        }

        var node = JsonNode.Parse(File.ReadAllText(file)) as JsonObject
            ?? throw new InvalidDataException($"contracts/{service}/contract.json is not a JSON object.");
        return new ServiceContract(service, Path.GetDirectoryName(file)!, node);
    }
}
