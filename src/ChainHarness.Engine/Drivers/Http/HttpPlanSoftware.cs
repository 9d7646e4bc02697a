using ChainHarness.Engine.Evidence;
using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Ports;
using ChainHarness.Engine.Stop;

namespace ChainHarness.Engine.Drivers.Http;

/// <summary>
/// The plan software driven through the supplier's own API, from configuration alone. Operations
/// and what they must capture:
/// <list type="bullet">
/// <item><c>ProduceChange</c>: <c>zip</c> (the delivery: a <c>body</c> capture, or base64 text); optional <c>fileName</c>, <c>idLevering</c>.</item>
/// <item><c>Submit</c> (given <c>${soort}</c> validatie|publicatie, <c>${opdracht}</c>, <c>${idLevering}</c>, binary <c>delivery</c>, <c>${deliveryBase64}</c>):
/// <c>accepted</c> (true/false, after <c>Maps</c>); optional <c>idLevering</c> (the one the software used), <c>detail</c>.</item>
/// <item><c>GetStatus</c> (given <c>${idLevering}</c>): <c>status</c> (a <see cref="PlanPublicationState"/> name, after <c>Maps</c>); optional <c>shown</c>.</item>
/// </list>
/// Built-in values: <c>municipality</c>, <c>municipalityName</c>, <c>oin</c>, <c>today</c>, <c>national:Lvbb</c> … (see <see cref="DriverValues.For"/>).
/// </summary>
public sealed class HttpPlanSoftware : IPlanSoftware, IEvidenceSource, IDisposable
{
    private const string Software = "PlanSoftware";
    private readonly HttpScript _script;
    private readonly DriverValues _values;

    public HttpPlanSoftware(
        HttpDriverOptions options, ProfileOptions profile, TimeProvider time, Engine.Http.HttpTransport? transport = null, IReadOnlyDictionary<string, Uri>? national = null)
    {
        _script = new HttpScript(Software, options, profile.Timing, time, transport) { Redactor = ProfileSecrets.Of(profile) };
        _values = DriverValues.For(profile, time, national);
    }

    /// <summary>Every exchange with the supplier's API so far.</summary>
    public EvidenceLog Evidence => _script.Evidence;

    public async Task<PlanDelivery> ProduceChangeAsync(CancellationToken cancellationToken)
    {
        await _script.RunAsync("ProduceChange", _values, cancellationToken).ConfigureAwait(false);
        var zip = _values.Binary("zip") ?? FromBase64(_values.Text("zip"))
            ?? throw DriverException.Missing(Software, Texts.DriverTexts.DeliveryZip, Texts.DriverTexts.CaptureZip("ProduceChange"));
        var idLevering = _values.Text("idLevering") ?? StopDeliveryReader.TryRead(zip, out _)?.Opdracht?.IdLevering
            ?? throw DriverException.Missing(Software, Texts.DriverTexts.IdLevering, Texts.DriverTexts.CaptureIdLevering);
        return new PlanDelivery(_values.Text("fileName") ?? $"{idLevering}.zip", zip, idLevering);
    }

    public async Task<PlanSubmission> SubmitAsync(PlanDelivery delivery, OpdrachtSoort soort, CancellationToken cancellationToken)
    {
        _values.SetBinary("delivery", delivery.Zip)
            .Set("deliveryBase64", Convert.ToBase64String(delivery.Zip))
            .Set("idLevering", delivery.IdLevering)
            .Set("soort", soort == OpdrachtSoort.Validatie ? "validatie" : "publicatie")
            .Set("opdracht", soort == OpdrachtSoort.Validatie ? LvbbOpdrachtSoort.Validatie : LvbbOpdrachtSoort.Publicatie)
            .Set("accepted", null)
            .Set("detail", null);
        await _script.RunAsync("Submit", _values, cancellationToken).ConfigureAwait(false);
        var accepted = _values.Text("accepted")
            ?? throw DriverException.Missing(Software, Texts.DriverTexts.TakenIn, Texts.DriverTexts.CaptureAccepted);
        return new PlanSubmission(
            _values.Text("idLevering") ?? delivery.IdLevering,
            string.Equals(accepted, "true", StringComparison.OrdinalIgnoreCase),
            _values.Text("detail") ?? $"the plan software's API answered accepted={accepted}")
        {
            // Only a captured 'refused' (true: the LVBB answered and refused it) says the LVBB refused; a plain 'accepted=false' may mean it never got there.
            RefusedByLvbb = string.Equals(_values.Text("refused"), "true", StringComparison.OrdinalIgnoreCase),
        };
    }

    public async Task<PlanPublicationStatus> GetStatusAsync(string idLevering, CancellationToken cancellationToken)
    {
        _values.Set("idLevering", idLevering).Set("status", null).Set("shown", null);
        await _script.RunAsync("GetStatus", _values, cancellationToken).ConfigureAwait(false);
        var status = _values.Text("status");
        return Enum.TryParse<PlanPublicationState>(status, ignoreCase: true, out var state)
            ? new PlanPublicationStatus(state, _values.Text("shown") ?? status!)
            : throw DriverException.ExpectationFailed(Software, "GetStatus", "status", status, string.Join(", ", Enum.GetNames<PlanPublicationState>()) + " (map the API's words with Maps:status)");
    }

    public void Dispose() => _script.Dispose();

    private static byte[]? FromBase64(string? text)
    {
        try
        {
            return text is null ? null : Convert.FromBase64String(text);
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
