using System.Xml.Linq;
using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Http;
using ChainHarness.Simulators.Hosting;
using ChainHarness.Simulators.World;

namespace ChainHarness.Simulators.Aanleveren;

/// <summary>
/// Simulated Toepasbare regels aanleveren v1: a SOAP 1.1 endpoint (<see cref="AanleverSoap"/>) taking a ZIP of STTR files
/// (see <see cref="AanleverVerwerking"/>). Refusals are SOAP faults (HTTP 500, faultcode soap:Client)
/// with meldingen in the detail.
/// </summary>
public sealed class AanleverenSimulator(SimulatedWorld world) : SimulatorServer(world)
{
    private static readonly XNamespace Soap = AanleverSoap.Soap;
    private static readonly XNamespace Tr = AanleverSoap.Tr;

    public override string Name => DsoEndpoint.Aanleveren;

    public override string BasePath => "/overheid/toepasbare-regels/aanleverentoepasbareregels/v1";

    protected override void MapRoutes(RouteTable routes) => routes.Post("", Deliver);

    private SimResponse Deliver(SimRequest request)
    {
        try
        {
            var idLevering = AanleverVerwerking.Process(World, request.Header("SOAPAction"), request.BodyText);
            return Xml(200, new XElement(
                Tr + (AanleverSoap.Operation + "Response"),
                new XElement(Tr + "idLevering", idLevering),
                new XElement(Tr + "resultaat", "Geaccepteerd")));
        }
        catch (AanleverException ex)
        {
            return Xml(500, new XElement(
                Soap + "Fault",
                new XElement("faultcode", "soap:Client"),
                new XElement("faultstring", ex.Message),
                new XElement("detail", new XElement(Tr + "meldingen", new XElement(
                    Tr + "melding", new XElement(Tr + "code", ex.Code), new XElement(Tr + "beschrijving", ex.Message))))));
        }
    }

    private static SimResponse Xml(int status, XElement body) =>
        SimResponse.Xml(status, AanleverSoap.Envelope(body).ToString(SaveOptions.DisableFormatting), AanleverSoap.ContentType);
}
