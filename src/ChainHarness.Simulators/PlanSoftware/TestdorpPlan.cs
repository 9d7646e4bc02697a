using ChainHarness.Engine.Configuration;
using ChainHarness.Simulators.World;

namespace ChainHarness.Simulators.PlanSoftware;

/// <summary>
/// The omgevingsplan in force before the run (version 1, as Ozon shows it). The world starts with
/// it; the plan software downloads its current version and writes the change against it.
/// </summary>
public static class TestdorpPlan
{
    public static string RegelingWork(string code) => $"/akn/nl/act/{code}/2024/omgevingsplan";

    public static OzonRegeling InForce(MunicipalityOptions municipality) => new(
        RegelingWork(municipality.Code),
        $"{RegelingWork(municipality.Code)}/nld@2024-01-01;1",
        $"Omgevingsplan gemeente {municipality.Name}",
        "Omgevingsplan",
        municipality.Code,
        municipality.Name,
        1);
}
