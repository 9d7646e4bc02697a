using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using ChainHarness.Engine.Http;
using ChainHarness.Simulators.Faults;
using ChainHarness.Simulators.Routing;
using ChainHarness.Simulators.Tests.Contracts;
using ChainHarness.Testing.Contracts;

namespace ChainHarness.Simulators.Tests.Routing;

/// <summary>
/// The simulated Behandeldienstconfiguraties v1: what the profile configured in pre-productie, per bevoegd gezag,
/// changeable through the API, hidden by F18, and in the shapes of contracts/behandeldienstconfiguraties.
/// </summary>
public sealed class BehandeldienstconfiguratiesSimulatorTests
{
    private static readonly ServiceContract Contract = ServiceContracts.Load("behandeldienstconfiguraties");
    private static readonly string Gemeente = PartnerChain.WithBehandeldienst(PartnerChain.Profile()).Municipality.Oin;

    [Test]
    public async Task Lijst_SeededFromTheProfile_NamesTheBehandeldienstPerActivity()
    {
        using var host = Start();

        var response = await Send(host, HttpMethod.Get, SimulatorContract.Url(host.Server, Contract, "lijst"), Gemeente);

        await SimulatorContract.AssertFitsAsync(Contract, "lijst", response);
        var item = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["_embedded"]!["behandeldienstconfiguraties"]!.AsArray().Single()!;
        Assert.That((string?)item["activiteit"]!["identificatie"], Is.EqualTo(SubmittedAanvraagStep.Milieu));
        Assert.That((string?)item["behandeldienst"]!["oin"], Is.EqualTo(PartnerChain.OdOin));
    }

    [Test]
    public async Task Lijst_AnotherBevoegdGezag_SeesNone()
    {
        using var host = Start();

        var response = await Send(host, HttpMethod.Get, SimulatorContract.Url(host.Server, Contract, "lijst"), "00000001777777770000");

        await SimulatorContract.AssertFitsAsync(Contract, "lijst", response);
        Assert.That(JsonNode.Parse(await response.Content.ReadAsStringAsync())!["_embedded"]!["behandeldienstconfiguraties"]!.AsArray(), Is.Empty);
    }

    [Test]
    public async Task Lijst_FaultF18_ShowsNothingInPreProductie()
    {
        using var host = Start(PartnerFaults.F18);

        var response = await Send(host, HttpMethod.Get, SimulatorContract.Url(host.Server, Contract, "lijst"), Gemeente);

        Assert.That(JsonNode.Parse(await response.Content.ReadAsStringAsync())!["_embedded"]!["behandeldienstconfiguraties"]!.AsArray(), Is.Empty);
    }

    [Test]
    public async Task Toevoegen_ThenTwice_SecondIs409_AndDeleteRemovesIt()
    {
        using var host = Start();
        const string Body = """{ "activiteit": { "identificatie": "nl.imow-gm9999.activiteit.kappen" }, "behandeldienst": { "oin": "00000001555555550000", "naam": "ODT" } }""";

        var added = await Send(host, HttpMethod.Post, SimulatorContract.Url(host.Server, Contract, "toevoegen"), Gemeente, Body);
        await SimulatorContract.AssertFitsAsync(Contract, "toevoegen", added, 201);
        await SimulatorContract.AssertFitsAsync(Contract, "toevoegen", await Send(host, HttpMethod.Post, SimulatorContract.Url(host.Server, Contract, "toevoegen"), Gemeente, Body), 409);
        var id = new Dictionary<string, string> { ["id"] = (string)JsonNode.Parse(await added.Content.ReadAsStringAsync())!["id"]! };
        await SimulatorContract.AssertFitsAsync(Contract, "configuratie", await Send(host, HttpMethod.Get, SimulatorContract.Url(host.Server, Contract, "configuratie", id), Gemeente));

        Assert.That((await Send(host, HttpMethod.Delete, SimulatorContract.Url(host.Server, Contract, "verwijderen", id), Gemeente)).StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        await SimulatorContract.AssertFitsAsync(Contract, "configuratie", await Send(host, HttpMethod.Get, SimulatorContract.Url(host.Server, Contract, "configuratie", id), Gemeente), 404);
    }

    [Test]
    public async Task WithoutIdentity_401_FitsTheContract()
    {
        using var host = Start();

        await SimulatorContract.AssertFitsAsync(Contract, "lijst", await Send(host, HttpMethod.Get, SimulatorContract.Url(host.Server, Contract, "lijst"), null), 401);
    }

    [Test]
    public void Routing_FollowsTheApi_NotTheProfile()
    {
        using var host = Start();
        var configuraties = host.World.Behandeldienstconfiguraties;
        configuraties.Remove(configuraties.Of(Gemeente).Single().Id);
        configuraties.Add(Gemeente, "nl.imow-gm9999.activiteit.kappen", PartnerChain.OdOin, PartnerChain.OdName);

        Assert.That(BehandeldienstRouting.Configured(host.World, Gemeente).Select(c => c.Activiteit), Is.EqualTo(new[] { "nl.imow-gm9999.activiteit.kappen" }));
    }

    private static SimulatorHost<BehandeldienstconfiguratiesSimulator> Start(params string[] faults)
    {
        var profile = PartnerChain.WithBehandeldienst(PartnerChain.Profile("VT", faults));
        var host = SimulatorHost<BehandeldienstconfiguratiesSimulator>.Start(w => new BehandeldienstconfiguratiesSimulator(w), profile);
        host.World.Behandeldienstconfiguraties.SeedFrom(profile);
        return host;
    }

    private static async Task<HttpResponseMessage> Send(SimulatorHost<BehandeldienstconfiguratiesSimulator> host, HttpMethod method, Uri url, string? oin, string? body = null)
    {
        using var request = new HttpRequestMessage(method, url);
        if (oin is not null)
        {
            request.Headers.Add(PkioIdentity.OinHeader, oin);
        }

        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        return await host.Http.SendAsync(request);
    }
}
