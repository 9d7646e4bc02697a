using ChainHarness.Engine.Loket;
using System.Xml;
using System.Xml.Linq;
using ChainHarness.Engine.Ports;
using ChainHarness.Simulators.Dmn;
using ChainHarness.Simulators.Rtr;
using ChainHarness.Simulators.World;

namespace ChainHarness.Simulators.Aanleveren;

/// <summary>
/// What Toepasbare regels aanleveren does with one SOAP request: read the envelope and the ZIP, run
/// the functional checks verification does not (the activity exists in the RTR, every location the
/// rules refer to exists in Ozon, a geldigBegindatum is given), and store the rules in the RTR,
/// visible from their begindatum. Everything or nothing: one refused file refuses the delivery.
/// </summary>
public static class AanleverVerwerking
{
    private static readonly XNamespace Soap = AanleverSoap.Soap;
    private static readonly XNamespace Tr = AanleverSoap.Tr;

    /// <summary>Processes the request; returns the idLevering, or throws <see cref="AanleverException"/>.</summary>
    public static string Process(SimulatedWorld world, string? soapAction, string envelope)
    {
        if (soapAction?.Trim().Trim('"') != AanleverSoap.SoapAction)
        {
            throw AanleverException.SoapAction(soapAction);
        }

        var (idLevering, zip) = ReadEnvelope(envelope);
        var inhoud = AanleverPakket.Read(zip);
        if (inhoud.Opdracht.Bestanden.Count == 0)
        {
            throw AanleverException.Opdracht("die bevat geen toevoegenToepasbareRegels");
        }

        var checkedFiles = inhoud.Opdracht.Bestanden.Select(b => Check(world, b, inhoud.Bestanden[b.Bestandsnaam])).ToList();
        Store(world, inhoud, checkedFiles, idLevering);
        world.Events.Announce();
        return idLevering;
    }

    private static (string IdLevering, byte[] Zip) ReadEnvelope(string envelope)
    {
        XElement? request;
        try
        {
            using var reader = XmlReader.Create(new StringReader(envelope), DmnParser.SafeSettings);
            request = XDocument.Load(reader).Root?.Element(Soap + "Body")?.Element(Tr + AanleverSoap.Operation);
        }
        catch (XmlException ex)
        {
            throw AanleverException.Envelope($"geen welgevormde XML ({ex.Message})");
        }

        if (request is null)
        {
            throw AanleverException.Envelope($"de body bevat geen {AanleverSoap.Operation} in '{Tr}'");
        }

        var id = (string?)request.Element(Tr + "idLevering") ?? throw AanleverException.Envelope("idLevering ontbreekt");
        try
        {
            return (id, Convert.FromBase64String((string?)request.Element(Tr + "bestand") ?? throw AanleverException.Envelope("bestand ontbreekt")));
        }
        catch (FormatException)
        {
            throw AanleverException.Envelope("bestand is geen base64");
        }
    }

    private static (AanleverBestand Bestand, string Ref, string ActivityId, string Dmn) Check(SimulatedWorld world, AanleverBestand bestand, string dmn)
    {
        var name = bestand.Bestandsnaam;
        DmnModel model;
        try
        {
            model = DmnParser.Parse(dmn);
        }
        catch (DmnFormatException ex)
        {
            throw AanleverException.Dmn(name, ex.Message);
        }

        var reference = model.FunctioneleStructuurRefs.FirstOrDefault() ?? throw AanleverException.Dmn(name, "geen beslissing draagt een functioneleStructuurRef.");
        var activityId = FunctioneleStructuurRef.TryGetActivityId(reference, out var id) ? id : reference;
        if (RtrActivities.Find(world, activityId) is null)
        {
            throw AanleverException.ActivityUnknown(name, activityId);
        }

        var unknownLocation = world.Lvbb.ReadPublished(() => model.Uitvoeringsregels.Select(u => u.LocatieId).OfType<string>().FirstOrDefault(l => world.Ozon.FindLocation(l) is null));
        if (unknownLocation is not null)
        {
            throw AanleverException.LocationUnknown(name, unknownLocation);
        }

        return bestand.GeldigBegindatum is null ? throw AanleverException.BegindatumMissing(name) : (bestand, reference, activityId, dmn);
    }

    private static void Store(SimulatedWorld world, AanleverInhoud inhoud, List<(AanleverBestand Bestand, string Ref, string ActivityId, string Dmn)> files, string idLevering)
    {
        var now = world.Time.GetUtcNow();
        for (var i = 0; i < files.Count; i++)
        {
            var (bestand, reference, activityId, dmn) = files[i];
            world.Rtr.Add(new DeliveredRuleSet(
                $"{idLevering}-{i + 1}", reference, activityId, bestand.Type, bestand.Bestandsnaam, dmn, bestand.GeldigBegindatum!.Value, idLevering, now));
        }

        var begindatum = files[0].Bestand.GeldigBegindatum!.Value;
        foreach (var werkzaamheid in inhoud.Opdracht.Werkzaamheden)
        {
            world.Rtr.Add(new RtrWerkzaamheid(werkzaamheid.FunctioneleStructuurRef, werkzaamheid.Naam, werkzaamheid.ActiviteitRef, werkzaamheid.GeldigBegindatum ?? begindatum));
        }
    }
}
