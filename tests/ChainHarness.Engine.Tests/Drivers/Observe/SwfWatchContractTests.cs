using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Drivers.Observe;
using ChainHarness.Engine.Http;
using ChainHarness.Engine.Tests.Contracts;
using ChainHarness.Testing.Contracts;

namespace ChainHarness.Engine.Tests.Drivers.Observe;

/// <summary>
/// The observe drivers of step 11 look into the Samenwerkfunctionaliteit through <see cref="SwfWatch"/>: each request it
/// sends, through the real <c>ApiClient</c> to a recording handler, fits its operation in contracts/samenwerken.
/// </summary>
public sealed class SwfWatchContractTests
{
    private const string Oin = "00000001999999990000";
    private static readonly ServiceContract Contract = ServiceContracts.Load("samenwerken");

    [Test]
    public async Task EveryRequest_FitsItsOperationInTheSamenwerkenContract()
    {
        var handler = new RecordingHandler { Answer = ("""{ "_embedded": { "samenwerkingen": [ { "samenwerkingId": "SAM-1" } ] } }""", "application/hal+json") };
        using var endpoints = Endpoints(handler);
        var watch = new SwfWatch(endpoints, Oin);

        Assert.That(await watch.SamenwerkingAsync("2026060500001", CancellationToken.None), Is.EqualTo("SAM-1"));
        await watch.ActieverzoekenAsync("SAM-1", CancellationToken.None);
        await watch.ListAsync("samenwerkingen/SAM-1/documenten", "documenten", CancellationToken.None);
        await watch.ListAsync("notificaties", "notificaties", CancellationToken.None);
        await watch.DeleteAsync("notificaties/N-1", CancellationToken.None);

        string[] operations = ["zoeken", "actieverzoeken", "documenten", "notificaties", "notificatieVerwijderen"];
        Assert.That(handler.Requests, Has.Count.EqualTo(operations.Length));
        Assert.Multiple(() =>
        {
            foreach (var (operation, request) in operations.Zip(handler.Requests))
            {
                Assert.That(ContractRequests.Validate(Contract, operation, request), Is.Empty, $"{operation}: {request.Method} {request.Url.PathAndQuery}");
            }
        });
    }

    [Test]
    public async Task AListOfActieverzoekenUnderTheSamenwerking_IsNotInTheContract()
    {
        var handler = new RecordingHandler();
        using var endpoints = Endpoints(handler);

        await new SwfWatch(endpoints, Oin).ListAsync("samenwerkingen/SAM-1/actieverzoeken", "actieverzoeken", CancellationToken.None);

        Assert.That(ContractRequests.Validate(Contract, "actieverzoeken", handler.Requests.Single()), Is.Not.Empty);
    }

    private static EndpointDirectory Endpoints(RecordingHandler handler)
    {
        var profile = new ProfileOptions();
        var url = new Uri("http://127.0.0.1:9" + Contract.BasePath);
        return new EndpointDirectory(profile, new Dictionary<string, Uri> { [DsoEndpoint.Samenwerken] = url }, TimeProvider.System, new RecordingTransport(handler));
    }
}
