using ChainHarness.Engine.Configuration;
using ChainHarness.Simulators.Samenwerken;
using ChainHarness.Simulators.World;

namespace ChainHarness.Simulators.Tests.Samenwerken;

/// <summary>A started SWF simulator with a fresh world, and the parties the tests use.</summary>
internal sealed class SwfScenario : IDisposable
{
    public const string Gemeente = "00000001999999990000";
    public const string Waterschap = "00000001888888880000";
    public const string Buitenstaander = "00000001777777770000";
    public const string Verzoeknummer = "2026060500133";

    private readonly SamenwerkenSimulator _simulator;

    public SwfScenario()
    {
        World = new SimulatedWorld(new ProfileOptions(), TimeProvider.System);
        _simulator = new SamenwerkenSimulator(World);
        _simulator.Start();
    }

    public SimulatedWorld World { get; }

    public SamenwerkenSimulator Simulator => _simulator;

    public SwfClient Client(string oin) => new(_simulator.BaseUrl, oin);

    /// <summary>The gemeente starts a samenwerking, invites the waterschap, shares RV then SV, and asks it for advice.</summary>
    public async Task<(string SamenwerkingId, string ActieverzoekId)> StartWithPartnerAsync(string privilege)
    {
        var gemeente = Client(Gemeente);
        var started = await gemeente.PostAsync("/samenwerkingen", new { verzoeknummer = Verzoeknummer, samenwerkVorm = "Advies", naam = "Testdorp" });
        var id = started.Text("samenwerkingId")!;
        await gemeente.PostAsync($"/samenwerkingen/{id}/deelnemers", new { oin = Waterschap, naam = "Waterschap Testwaard", privilege });
        await gemeente.PostAsync($"/samenwerkingen/{id}/documenten", new { naam = "Situatietekening.pdf", vertrouwelijkheid = "RV" });
        await gemeente.PostAsync($"/samenwerkingen/{id}/documenten", new { naam = "Constructieberekening.pdf", vertrouwelijkheid = "SV" });
        var asked = await gemeente.PostAsync($"/samenwerkingen/{id}/actieverzoeken", new { ontvanger = Waterschap, omschrijving = "Geef advies" });
        return (id, asked.Text("actieverzoekId")!);
    }

    public void Dispose() => _simulator.Dispose();
}
