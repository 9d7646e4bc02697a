using System.Collections.Concurrent;
using System.Text.Json;

namespace ChainHarness.Engine.Iterations;

/// <summary>
/// The built-in content packs of the three werkplaats iterations, embedded from <c>fixtures/iterations/</c>.
/// A profile chooses one with <c>Iteration</c> (or <c>run --iteration</c>); without it, iteration 1: Testdorp's
/// one rule and one activity, the default content.
/// </summary>
public static class IterationPacks
{
    public const int Default = 1;

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
    };

    private static readonly ConcurrentDictionary<int, IterationPack> Loaded = new();

    public static IReadOnlyList<int> Numbers { get; } = [1, 2, 3];

    /// <summary>The pack of an iteration (null: the default, 1). Call <see cref="Problem"/> first for a value from outside.</summary>
    public static IterationPack For(int? iteration) => Loaded.GetOrAdd(iteration ?? Default, Load);

    /// <summary>Why a value is no iteration, in plain words; null when it is one (or not given).</summary>
    public static string? Problem(int? iteration) =>
        iteration is null || Numbers.Contains(iteration.Value)
            ? null
            : $"{iteration} is not an iteration of the werkplaats: choose 1 (one rule and one activity), 2 (more rules, annotations and locations, with routing and collaboration) or 3 (realistic content with intrekken and vervangen).";

    private static IterationPack Load(int iteration)
    {
        var name = $"iterations/{iteration}/iteratie.json";
        using var stream = typeof(IterationPacks).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The content pack '{name}' is not embedded in the engine assembly.");
        return JsonSerializer.Deserialize<IterationPack>(stream, Options)
            ?? throw new InvalidOperationException($"The content pack '{name}' is empty.");
    }
}
