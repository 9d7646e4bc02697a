using ChainHarness.Engine.Loket;
using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Ports;

namespace ChainHarness.Engine.Drivers.Http;

/// <summary>
/// The rules-management software driven through the supplier's API (steps 5 and 7). Operations,
/// what they are given and what they must capture:
/// <list type="bullet">
/// <item><c>MakeToepasbaar</c> (given <c>${activityId}</c>, <c>${functioneleStructuurRef}</c>): <c>bestandNaam</c>,
/// <c>bestandType</c> (Conclusie, Indieningsvereisten, Maatregelen) and <c>bestandXml</c> (lists, one item per STTR file,
/// e.g. <c>$.bestanden[*].xml</c>), <c>werkzaamheden</c> (list); optional <c>functioneleStructuurRef</c>.</item>
/// <item><c>PrepareDelivery</c> (given the same and <c>${regels}</c>, the set as JSON): <c>zip</c> (a <c>body</c> capture or base64),
/// <c>idLevering</c>; optional <c>geldigBegindatum</c> (yyyy-mm-dd).</item>
/// </list>
/// </summary>
public sealed class HttpRulesSoftware(HttpDriverOptions options, ProfileOptions profile, TimeProvider time, Engine.Http.HttpTransport? transport = null, IReadOnlyDictionary<string, Uri>? national = null)
    : HttpPort("RulesSoftware", options, profile, time, transport, national), IRulesSoftware
{
    public const string MakeToepasbaar = "MakeToepasbaar";

    public const string PrepareDelivery = "PrepareDelivery";

    public async Task<ToepasbareRegelsSet> MakeToepasbaarAsync(string activityId, CancellationToken cancellationToken)
    {
        var reference = FunctioneleStructuurRef.For(activityId);
        await RunAsync(MakeToepasbaar, Given(activityId, reference, null), ["bestandNaam", "bestandType", "bestandXml", "werkzaamheden", "functioneleStructuurRef"], cancellationToken).ConfigureAwait(false);
        var names = Values.List("bestandNaam");
        var types = Values.List("bestandType");
        var xmls = Values.List("bestandXml");
        if (names.Count == 0 || names.Count != xmls.Count || names.Count != types.Count)
        {
            throw DriverException.Missing(Software, Texts.DriverTexts.SttrFiles, Texts.DriverTexts.CaptureSttrLists(names.Count, types.Count, xmls.Count, MakeToepasbaar));
        }

        var files = names.Select((name, i) => new SttrFile(name, Type(types[i]), xmls[i])).ToList();
        return new ToepasbareRegelsSet(activityId, Values.Text("functioneleStructuurRef") ?? reference, files, Values.List("werkzaamheden"));
    }

    public async Task<RulesDelivery> PrepareDeliveryAsync(ToepasbareRegelsSet rules, CancellationToken cancellationToken)
    {
        await RunAsync(PrepareDelivery, Given(rules.ActivityId, rules.FunctioneleStructuurRef, rules), ["zip", "idLevering", "geldigBegindatum"], cancellationToken).ConfigureAwait(false);
        var zip = Values.Binary("zip") ?? Base64.From(Values.Text("zip"))
            ?? throw DriverException.Missing(Software, Texts.DriverTexts.DeliveryZip, Texts.DriverTexts.CaptureZip(PrepareDelivery));
        var idLevering = Required(PrepareDelivery, "idLevering", Texts.DriverTexts.IdLevering);
        var begindatum = DateOnly.TryParse(Values.Text("geldigBegindatum"), System.Globalization.CultureInfo.InvariantCulture, out var date) ? date : (DateOnly?)null;
        return new RulesDelivery(idLevering, zip, begindatum);
    }

    private RegelbeheerobjectType Type(string text) =>
        Enum.TryParse<RegelbeheerobjectType>(text, ignoreCase: true, out var type)
            ? type
            : throw DriverException.ExpectationFailed(Software, MakeToepasbaar, "bestandType", text, string.Join(", ", Enum.GetNames<RegelbeheerobjectType>()) + " (map the API's words with Maps:bestandType)");

    private static Dictionary<string, string?> Given(string activityId, string reference, ToepasbareRegelsSet? rules) => new()
    {
        ["activityId"] = activityId,
        ["functioneleStructuurRef"] = reference,
        ["regels"] = rules is null ? null : PortJson.Rules(rules),
    };
}
