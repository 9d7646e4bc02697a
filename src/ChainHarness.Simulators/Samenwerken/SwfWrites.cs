using ChainHarness.Simulators.Hosting;
using ChainHarness.Simulators.World.Swf;

namespace ChainHarness.Simulators.Samenwerken;

/// <summary>The SWF routes that add to a samenwerking: read and check the body, then apply it.</summary>
internal static class SwfWrites
{
    public static SimResponse Invite(SimRequest request, SwfSamenwerking samenwerking, SwfDeelnemer caller, Func<SwfDeelnemer, object> shape)
    {
        var body = new SwfBody(request.BodyText);
        var oin = body.Text("oin", valid: SwfBody.IsOin, rule: "must be an OIN of 20 digits.");
        var naam = body.Text("naam");
        var privilege = body.Text("privilege", valid: SwfCodes.IsPrivilege, rule: "must be BT or VT.");
        return body.IsValid
            ? SamenwerkenSimulator.Answer(samenwerking.Invite(caller.Oin, oin!, naam!, privilege!), shape)
            : Invalid("De partner kan niet worden uitgenodigd", body);
    }

    public static SimResponse Share(SimRequest request, SwfSamenwerking samenwerking, SwfDeelnemer caller, Func<SwfDocument, object> shape)
    {
        var body = new SwfBody(request.BodyText);
        var naam = body.Text("naam");
        var vertrouwelijkheid = body.Text("vertrouwelijkheid", valid: SwfCodes.IsVertrouwelijkheid, rule: "moet SV of RV zijn.");
        var inhoud = body.Text("inhoud", required: false, valid: IsBase64, rule: "moet base64 zijn.");
        return body.IsValid
            ? SamenwerkenSimulator.Answer(samenwerking.Share(caller.Oin, naam!, vertrouwelijkheid!, inhoud is null ? [] : Convert.FromBase64String(inhoud)), shape)
            : Invalid("Het document kan niet worden gedeeld", body);
    }

    public static SimResponse Ask(SimRequest request, SwfSamenwerking samenwerking, SwfDeelnemer caller, Func<SwfActieverzoek, object> shape)
    {
        var body = new SwfBody(request.BodyText);
        var ontvanger = body.Text("ontvanger", valid: SwfBody.IsOin, rule: "moet het OIN (20 cijfers) van een deelnemer zijn.");
        var omschrijving = body.Text("omschrijving");
        var einddatum = body.Text("einddatum", required: false, valid: s => DateOnly.TryParse(s, System.Globalization.CultureInfo.InvariantCulture, out _), rule: "moet een datum zijn (jjjj-MM-dd).");
        return body.IsValid
            ? SamenwerkenSimulator.Answer(
                samenwerking.Ask(caller.Oin, ontvanger!, omschrijving!, einddatum is null ? null : DateOnly.Parse(einddatum, System.Globalization.CultureInfo.InvariantCulture)), shape)
            : Invalid("Het actieverzoek kan niet worden verstuurd", body);
    }

    private static SimResponse Invalid(string what, SwfBody body) =>
        SimResponse.Problem(400, "Bad Request", $"{what}: zie invalidParams.", body.Invalid);

    private static bool IsBase64(string text) => Convert.TryFromBase64String(text, new byte[text.Length], out _);
}
