using ChainHarness.Engine.Running;
using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Drivers;
using ChainHarness.Engine.Drivers.Http;

namespace ChainHarness.Simulators.Standalone;

/// <summary>
/// The http driver mappings of the standard port contract (docs/ports.md), per port, as a profile
/// would write them: declarative calls, captures and value maps, nothing coded. <c>run --world</c>
/// drives the world's simulated software (<see cref="SoftwareServer"/>) through them; a supplier
/// whose API speaks this contract can copy them (<c>simulate --print-drivers</c>).
/// </summary>
public static class StandardContract
{
    public static IReadOnlyDictionary<string, DriverOptions> For(Uri software)
    {
        var root = software.ToString().TrimEnd('/');
        return new Dictionary<string, DriverOptions>(StringComparer.OrdinalIgnoreCase)
        {
            [DriverOptions.PlanSoftware] = Http(root + "/plansoftware", new()
            {
                ["ProduceChange"] = [Call("wijziging", "POST", "wijzigingen", "{}", ("zip", "$.zip"), ("idLevering", "$.idLevering"), ("fileName", "$.bestandsnaam"))],
                ["Submit"] = [Call("opdracht", "POST", "opdrachten", "{\"soort\":\"${soort}\",\"idLevering\":\"${idLevering}\",\"zip\":\"${deliveryBase64}\"}",
                    ("idLevering", "$.idLevering"), ("accepted", "$.geaccepteerd"), ("detail", "$.toelichting"))],
                ["GetStatus"] = [Call("status", "GET", "publicaties/${idLevering}", null, ("status", "$.status"), ("shown", "$.getoond"))],
            }),
            [DriverOptions.RulesSoftware] = Http(root + "/regelbeheer", new()
            {
                [HttpRulesSoftware.MakeToepasbaar] = [Call("toepasbaar maken", "POST", "toepasbaar", "{\"activiteitId\":\"${json:activityId}\"}",
                    ("functioneleStructuurRef", "$.functioneleStructuurRef"), ("werkzaamheden", "$.werkzaamheden[*]"),
                    ("bestandNaam", "$.bestanden[*].naam"), ("bestandType", "$.bestanden[*].type"), ("bestandXml", "$.bestanden[*].xml"))],
                [HttpRulesSoftware.PrepareDelivery] = [Call("levering", "POST", "leveringen", "${regels}", ("zip", "$.zip"), ("idLevering", "$.idLevering"), ("geldigBegindatum", "$.geldigBegindatum"))],
            }),
            [DriverOptions.VthSystem] = Vth(root + "/vth"),
            [DriverOptions.BehandeldienstSystem] = Vth(root + "/behandeldienst"),
            [DriverOptions.CaseHandler] = Http(root + "/zaaksysteem", new()
            {
                [HttpCaseHandler.StartCollaboration] = [Call("samenwerking", "POST", "samenwerkingen",
                    "{\"verzoeknummer\":\"${json:verzoeknummer}\",\"samenwerkVorm\":\"${json:samenwerkVorm}\",\"partnerNaam\":\"${json:partnerNaam}\",\"partnerOin\":\"${json:partnerOin}\","
                    + "\"partnerPrivilege\":\"${json:partnerPrivilege}\",\"actieverzoek\":\"${json:actieverzoek}\",\"documenten\":${documenten}}",
                    ("samenwerkingId", "$.samenwerkingId"), ("actieverzoekId", "$.actieverzoekId"), ("probleem", "$.probleem"))],
                [HttpCaseHandler.ReadNotifications] = [Call("notificaties", "GET", "notificaties", null,
                    ("notificatieType", "$.notificaties[*].type"), ("notificatieSamenwerking", "$.notificaties[*].samenwerkingId"), ("notificatieObject", "$.notificaties[*].objectId"))],
            }),
            [DriverOptions.CollaborationPartner] = Http(root + "/partner", new()
            {
                [HttpCollaborationPartner.TakePart] = [Found(Call("deelname", "POST", "deelnames", "{\"verzoeknummer\":\"${json:verzoeknummer}\"}",
                    ("samenwerkingId", "$.samenwerkingId"), ("documentenGezien", "$.documentenGezien[*]"), ("actieverzoekenAfgerond", "$.actieverzoekenAfgerond[*]")))],
            }),
        };
    }

    private static DriverOptions Vth(string baseUrl) => Http(baseUrl, new()
    {
        [HttpVthSystem.FindZaak] = [Found(Call("zaak", "GET", "zaken?verzoeknummer=${verzoeknummer}", null,
            ("identificatie", "$.identificatie"), ("omschrijving", "$.omschrijving"),
            ("antwoordVraag", "$.antwoorden[*].vraag"), ("antwoordWaarde", "$.antwoorden[*].waarde"),
            ("bijlageNaam", "$.bijlagen[*].naam"), ("bijlageVertrouwelijk", "$.bijlagen[*].vertrouwelijk"),
            ("bijlageOmvang", "$.bijlagen[*].omvang"), ("bijlageSha256", "$.bijlagen[*].sha256")))],
        [HttpVthSystem.FindOntvangstbevestiging] = [Found(Call("ontvangstbevestiging", "GET", "ontvangstbevestigingen?zaak=${zaakIdentificatie}", null,
            ("verzoeknummer", "$.verzoeknummer"), ("projectnaam", "$.projectnaam"), ("bijlagen", "$.bijlagen[*]"), ("ontvanger", "$.ontvanger"),
            ("straat", "$.adres.straat"), ("huisnummer", "$.adres.huisnummer"), ("postcode", "$.adres.postcode"), ("woonplaats", "$.adres.woonplaats")))],
    });

    private static DriverOptions Http(string baseUrl, Dictionary<string, List<HttpCallOptions>> operations) => new()
    {
        Mode = DriverMode.Http,
        Http = new HttpDriverOptions { BaseUrl = baseUrl, Operations = new(operations, StringComparer.OrdinalIgnoreCase) },
    };

    private static HttpCallOptions Call(string name, string method, string url, string? body, params (string Name, string Spec)[] captures) => new()
    {
        Name = name,
        Method = method,
        Url = url,
        Body = body,
        ExpectStatus = [200],
        Captures = captures.ToDictionary(c => c.Name, c => c.Spec, StringComparer.Ordinal),
    };

    /// <summary>A call whose 404 means "nothing there yet" rather than a failure.</summary>
    private static HttpCallOptions Found(HttpCallOptions call)
    {
        call.ExpectStatus = [200, 404];
        return call;
    }
}
