using System.Text;
using ChainHarness.Engine.Stop;
using ChainHarness.Simulators.Lvbb.Checks;
using ChainHarness.Simulators.PlanSoftware;
using ChainHarness.Simulators.World;

namespace ChainHarness.Simulators.Tests.Testing;

/// <summary>Deliveries as lists of files that a test breaks one thing in.</summary>
internal static class DeliveryEdits
{
    /// <summary>The Testdorp change as the simulated plan software writes it in <paramref name="world"/>.</summary>
    public static List<DeliveryFile> Testdorp(SimulatedWorld world, string idLevering = "gm9999-test-1") =>
        [.. DeliveryZip.TryRead(TestdorpChange.Write(world, idLevering).Zip, out _)!];

    public static List<DeliveryFile> Edit(this List<DeliveryFile> files, string name, Func<string, string> change) =>
        [.. files.Select(f => f.Name == name ? f with { Content = Encoding.UTF8.GetBytes(change(Encoding.UTF8.GetString(f.Content))) } : f)];

    /// <summary>Replaces text in every file (e.g. renames an OW id wherever it is used).</summary>
    public static List<DeliveryFile> EditAll(this List<DeliveryFile> files, string from, string to) =>
        [.. files.Select(f => f with { Content = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(f.Content).Replace(from, to, StringComparison.Ordinal)) })];

    public static List<DeliveryFile> Without(this List<DeliveryFile> files, string name) => [.. files.Where(f => f.Name != name)];

    public static List<DeliveryFile> With(this List<DeliveryFile> files, string name, string content) =>
        [.. files.Without(name), new DeliveryFile(name, Encoding.UTF8.GetBytes(content))];

    public static string Text(this List<DeliveryFile> files, string name) => Encoding.UTF8.GetString(files.Single(f => f.Name == name).Content);

    public static IReadOnlyList<Engine.Lvbb.LvbbMelding> Validate(this List<DeliveryFile> files, DeliveryCheckContext context) =>
        DeliveryValidator.Validate(StopDeliveryReader.Read(files), context);
}
