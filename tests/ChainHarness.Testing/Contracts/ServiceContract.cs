using System.Text.Json.Nodes;

namespace ChainHarness.Testing.Contracts;

/// <summary>One service's contract: its base path, auth, operations, messages and schema folders, as the file states them.</summary>
public sealed class ServiceContract(string service, string folder, JsonObject root)
{
    public string Service { get; } = service;

    /// <summary>The contract's folder (examples are relative to it).</summary>
    public string Folder { get; } = folder;

    public JsonObject Root { get; } = root;

    public string BasePath => (string?)Root["basePath"]?["value"] ?? "";

    public IEnumerable<JsonObject> Operations => (Root["operations"] as JsonArray ?? []).OfType<JsonObject>();

    public IEnumerable<JsonObject> Messages => (Root["messages"] as JsonArray ?? []).OfType<JsonObject>();

    public IEnumerable<JsonObject> Auth => (Root["auth"] as JsonArray ?? []).OfType<JsonObject>();

    public JsonObject Operation(string id) =>
        Operations.FirstOrDefault(o => (string?)o["id"] == id) ?? throw new KeyNotFoundException($"contracts/{Service}: no operation '{id}'.");

    public JsonObject Message(string id) =>
        Messages.FirstOrDefault(o => (string?)o["id"] == id) ?? throw new KeyNotFoundException($"contracts/{Service}: no message '{id}'.");

    /// <summary>The response of an operation with this status (the first, when the contract lists several).</summary>
    public JsonObject Response(string operationId, int status) =>
        (Operation(operationId)["responses"] as JsonArray ?? []).OfType<JsonObject>().FirstOrDefault(r => (int?)r["status"] == status)
        ?? throw new KeyNotFoundException($"contracts/{Service}: operation '{operationId}' has no {status} response.");

    /// <summary>A fact under <c>ebms</c> (or another top-level group): its <c>value</c>.</summary>
    public string Fact(string group, string name) =>
        (string?)Root[group]?[name]?["value"] ?? throw new KeyNotFoundException($"contracts/{Service}: no fact {group}.{name}.");

    /// <summary>The shared/reference folder a schema folder names, e.g. <c>Lvbb130</c> → <c>stop-lvbb-schemas-1.4.1-ic</c>.</summary>
    public string SchemaReference(string folder) =>
        (string?)Root["schemaFolders"]?[folder]?["reference"] ?? throw new KeyNotFoundException($"contracts/{Service}: no schema folder '{folder}'.");

    /// <summary>The example file a shape names, relative to the contract's folder.</summary>
    public string ExamplePath(string relative) => Path.Combine(Folder, relative);
}
