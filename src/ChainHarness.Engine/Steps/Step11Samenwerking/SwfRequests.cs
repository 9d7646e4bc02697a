using ChainHarness.Engine.Http;
using RestSharp;

namespace ChainHarness.Engine.Steps.Step11Samenwerking;

/// <summary>
/// The reads of step 11 in the Samenwerkfunctionaliteit v4 (contracts/samenwerken): GET on a path under the
/// base path, on behalf of an OIN. <c>samenwerkingen/{id}</c> is SEEN (v5 link <c>self</c>); the lists
/// <c>deelnemers</c>, <c>documenten</c> and one actieverzoek are our design (the v4 OpenAPI is not public).
/// </summary>
public static class SwfRequests
{
    public static string Samenwerking(string samenwerkingId) => $"samenwerkingen/{Uri.EscapeDataString(samenwerkingId)}";

    public static string Actieverzoek(string samenwerkingId, string actieverzoekId) =>
        $"{Samenwerking(samenwerkingId)}/actieverzoeken/{Uri.EscapeDataString(actieverzoekId)}";

    /// <summary><c>GET {path}</c> as <paramref name="oin"/> (the acting OIN; its header name is unknown, <see cref="PkioIdentity.OinHeader"/> stands in).</summary>
    public static RestRequest Get(string path, string oin) => new RestRequest(path.TrimStart('/')).AddHeader(PkioIdentity.OinHeader, oin);
}
