using System.Text.RegularExpressions;
using RestSharp;

namespace ChainHarness.Engine.Http;

/// <summary>
/// A SOAP 1.1 fault blaming the client (faultcode …:Client) comes with HTTP 500 by the standard,
/// but it is an answer, not a transient failure: sending the same request again cannot help.
/// </summary>
internal static partial class SoapFault
{
    public static bool IsClientFault(RestResponse response) =>
        response.Content is { } body && ClientFaultCode().IsMatch(body);

    [GeneratedRegex(@"<faultcode>\s*(?:[\w.-]+:)?Client\s*</faultcode>", RegexOptions.CultureInvariant)]
    private static partial Regex ClientFaultCode();
}
