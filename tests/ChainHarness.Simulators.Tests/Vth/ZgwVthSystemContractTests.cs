using System.Collections.Concurrent;
using ChainHarness.Simulators.Tests.Indienen;
using ChainHarness.Simulators.Vth;
using ChainHarness.Testing.Contracts;
using WireMock;

namespace ChainHarness.Simulators.Tests.Vth;

/// <summary>
/// The client side of the VTH system's contracts: every request the chain's ZGW driver (<see cref="ZgwVthSystem"/>)
/// sends while it looks up a zaak fits an operation of contracts/vth-zaken or contracts/vth-documenten. The letters
/// in <c>/berichten</c> are our own design (ZGW has no such resource) and are left out, as the driver says.
/// </summary>
public sealed class ZgwVthSystemContractTests
{
    private static readonly ServiceContract[] Zgw = [ServiceContracts.Load("vth-zaken"), ServiceContracts.Load("vth-documenten")];

    [Test]
    public async Task FindZaak_EveryZgwRequestItSends_FitsAnOperationOfTheZgwContracts()
    {
        // Given a zaak made by intake, and the VTH simulator's requests captured as they arrive
        using var loket = new LoketHarness();
        var nummer = await loket.SubmitCompleteAsync();
        await LoketHarness.EventuallyAsync(() => loket.World.Vth.Berichten.FirstOrDefault());
        var seen = new ConcurrentQueue<CapturedRequest>();
        loket.Vth.RequestObserver = message => seen.Enqueue(Captured(message));

        // When the chain's ZGW driver looks the zaak up
        var zaak = await new ZgwVthSystem(() => loket.Vth.BaseUrl).FindZaakAsync(nummer, CancellationToken.None);

        // Then it found it, and each ZGW request it sent fits one contract operation
        Assert.That(zaak?.Verzoeknummer, Is.EqualTo(nummer));
        var zgw = seen.Where(r => !r.Url.AbsolutePath.EndsWith("/berichten", StringComparison.Ordinal)).ToList();
        Assert.That(zgw.Select(r => r.Url.AbsolutePath), Has.Some.EndsWith("/zaken").And.Some.EndsWith("/zaakeigenschappen").And.Some.Contains("/enkelvoudiginformatieobjecten/"));
        Assert.Multiple(() =>
        {
            foreach (var request in zgw)
            {
                Assert.That(Fits(request), Is.Not.Null, $"{request.Method} {request.Url.PathAndQuery} fits no operation of vth-zaken or vth-documenten");
            }
        });
    }

    [Test]
    public void Fits_ARequestOutsideTheZgwContracts_FitsNone()
    {
        var request = new CapturedRequest("GET", new Uri("http://127.0.0.1:1/zaken/api/v1/zaakobjecten"), [], "");

        Assert.That(Fits(request), Is.Null);
        Assert.That(Fits(request with { Url = new Uri("http://127.0.0.1:1/zaken/api/v1/zaken") }), Is.EqualTo("vth-zaken zaken"));
    }

    /// <summary>The first operation the request fits, as "service operation"; null when it fits none.</summary>
    private static string? Fits(CapturedRequest request) =>
        Zgw.SelectMany(c => c.Operations.Select(o => (Contract: c, Id: (string)o["id"]!)))
            .Where(o => ContractRequests.Validate(o.Contract, o.Id, request).Count == 0)
            .Select(o => $"{o.Contract.Service} {o.Id}")
            .FirstOrDefault();

    private static CapturedRequest Captured(IRequestMessage message) => new(
        message.Method,
        new Uri(message.AbsoluteUrl),
        [.. (message.Headers ?? new Dictionary<string, WireMock.Types.WireMockList<string>>()).Select(h => KeyValuePair.Create(h.Key, h.Value.ToString() ?? ""))],
        message.Body ?? "");
}
