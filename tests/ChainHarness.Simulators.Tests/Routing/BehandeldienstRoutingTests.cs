using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Http;
using ChainHarness.Simulators.Faults;
using ChainHarness.Simulators.Tests.Verzoeken;

namespace ChainHarness.Simulators.Tests.Routing;

public sealed class BehandeldienstRoutingTests
{
    private static readonly string Milieu = $$""", { "activiteitNaam": "Milieubelastende activiteit", "imowId": "{{SubmittedAanvraagStep.Milieu}}", "functioneleStructuurRef": "{{Voorbeeld.Fsr}}", "antwoorden": [] }""";

    [Test]
    public async Task Fetch_ProfileRoutesMilieuToOd_EachAddressedPartySeesOnlyItsPartAndOthersGet403()
    {
        using var simulation = LocalSimulation.Start(PartnerChain.WithBehandeldienst(PartnerChain.Profile()));
        var nummer = await SubmitAsync(simulation);

        var gemeente = await SamenvattingAsync(simulation, Voorbeeld.Gemeente, nummer);
        var od = await SamenvattingAsync(simulation, PartnerChain.OdOin, nummer);
        var partner = await SamenvattingAsync(simulation, PartnerChain.PartnerOin, nummer);

        Assert.That(gemeente.Body!["activiteitIds"]!.AsArray().Select(a => a!.GetValue<string>()), Is.EqualTo(new[] { Voorbeeld.ActiviteitId }));
        Assert.That(od.Body!["activiteitIds"]!.AsArray().Select(a => a!.GetValue<string>()), Is.EqualTo(new[] { SubmittedAanvraagStep.Milieu }));
        Assert.That(od.Body!["uitvoerendeInstantie"]!["oin"]!.GetValue<string>(), Is.EqualTo(PartnerChain.OdOin));
        Assert.That(partner.Status, Is.EqualTo(HttpStatusCode.Forbidden), "a party not addressed may not fetch");
    }

    [Test]
    public async Task Fetch_FaultF18_OdIsNotAddressedAndGets403WhileTheMunicipalityGetsEverything()
    {
        using var simulation = LocalSimulation.Start(PartnerChain.WithBehandeldienst(PartnerChain.Profile("VT", PartnerFaults.F18)));
        var nummer = await SubmitAsync(simulation);

        var gemeente = await SamenvattingAsync(simulation, Voorbeeld.Gemeente, nummer);
        var od = await SamenvattingAsync(simulation, PartnerChain.OdOin, nummer);

        Assert.That(gemeente.Body!["activiteitIds"]!.AsArray(), Has.Count.EqualTo(2));
        Assert.That(od.Status, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(simulation.World.Verzoeken.Bezorgingen.Select(b => b.Oin), Has.No.Member(PartnerChain.OdOin), "no verzoeknotificatie for the OD");
    }

    private static async Task<string> SubmitAsync(LocalSimulation simulation)
    {
        using var http = new HttpClient();
        var root = simulation.EndpointUrls[DsoEndpoint.Indienen].ToString().TrimEnd('/');
        using var init = new HttpRequestMessage(HttpMethod.Post, root + "/verzoeken") { Content = new StringContent(Voorbeeld.Body(extraActiviteit: Milieu), Encoding.UTF8, "application/json") };
        init.Headers.Add("Content-Crs", "EPSG:28992");
        using var created = await http.SendAsync(init);
        using var submitted = await http.PostAsync(created.Headers.Location + "/_indienen", null);
        return (await submitted.Content.ReadFromJsonAsync<JsonObject>())!["verzoeknummer"]!.GetValue<string>();
    }

    private static async Task<(HttpStatusCode Status, JsonNode? Body)> SamenvattingAsync(LocalSimulation simulation, string oin, string nummer)
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{simulation.EndpointUrls[DsoEndpoint.Afhandelen].ToString().TrimEnd('/')}/verzoeken/{nummer}/samenvatting");
        request.Headers.Add(PkioIdentity.OinHeader, oin);
        using var response = await http.SendAsync(request);
        return (response.StatusCode, response.IsSuccessStatusCode ? await response.Content.ReadFromJsonAsync<JsonNode>() : null);
    }
}
