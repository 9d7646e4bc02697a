using System.Text;
using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Http;
using WireMock.ResponseBuilders;

namespace ChainHarness.Simulators.Tests.Robustness;

/// <summary>
/// A national endpoint answers with garbage: the step that asked fails with a cause that names the
/// service, never a crash or a stack trace, and the reports are still written.
/// </summary>
[Category("Robustness")]
[Parallelizable(ParallelScope.Children)]
public sealed class BadResponseTests
{
    private const string BillionLaughs = """
        <?xml version="1.0"?>
        <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
        <lolz>&lol3;</lolz>
        """;

    private const string SoapWithDoctype = """
        <?xml version="1.0"?>
        <!DOCTYPE e [<!ENTITY x SYSTEM "file:///etc/passwd">]>
        <s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Body>&x;</s:Body></s:Envelope>
        """;

    /// <summary>Answers a JSON endpoint can give that are not the HAL list the harness expects.</summary>
    public static IEnumerable<TestCaseData> JsonGarbage()
    {
        yield return Case("not JSON", r => r.WithStatusCode(200).WithHeader("Content-Type", "application/hal+json").WithBody("this is not json"));
        yield return Case("truncated JSON", r => r.WithStatusCode(200).WithHeader("Content-Type", "application/hal+json").WithBody("""{"_embedded":{"activiteiten":[{"identificatie":"nl.imow-gm9999.activ"""));
        yield return Case("HTML error page with 200", r => r.WithStatusCode(200).WithHeader("Content-Type", "text/html").WithBody("<html><body><h1>Service unavailable</h1></body></html>"));
        yield return Case("wrong content type (XML)", r => r.WithStatusCode(200).WithHeader("Content-Type", "application/xml").WithBody("<activiteiten/>"));
        yield return Case("XML with entity expansion", r => r.WithStatusCode(200).WithHeader("Content-Type", "application/xml").WithBody(BillionLaughs));
        yield return Case("huge body over the limit", r => r.WithStatusCode(200).WithHeader("Content-Type", "application/hal+json").WithBody("{\"x\":\"" + new string('a', 2 * 1024 * 1024) + "\"}"));
        yield return Case("wrong encoding (Latin-1 declared UTF-8)", r => r.WithStatusCode(200).WithHeader("Content-Type", "application/hal+json; charset=utf-8").WithBody(Encoding.Latin1.GetBytes("""{"_embedded":{"activiteiten":[{"identificatie":"nl.imow-gm9999.activiteit.bruidsschatdakkapél"}]}}""")));
        yield return Case("missing HAL _embedded", r => r.WithStatusCode(200).WithHeader("Content-Type", "application/hal+json").WithBody("""{"activiteiten":[{"identificatie":"nl.imow-gm9999.activiteit.bruidsschatdakkapel"}]}"""));
        yield return Case("unknown enum values", r => r.WithStatusCode(200).WithHeader("Content-Type", "application/hal+json").WithBody("""{"_embedded":{"activiteiten":[{"identificatie":42,"status":"ONBEKEND"}]}}"""));
        yield return Case("empty body", r => r.WithStatusCode(200).WithHeader("Content-Type", "application/hal+json"));
        yield return Case("JSON null", r => r.WithStatusCode(200).WithHeader("Content-Type", "application/hal+json").WithBody("null"));
        yield return Case("JSON array", r => r.WithStatusCode(200).WithHeader("Content-Type", "application/hal+json").WithBody("[1,2,3]"));
        yield return Case("problem+json 404", r => r.WithStatusCode(404).WithHeader("Content-Type", "application/problem+json").WithBody("""{"title":"Not Found"}"""));
        yield return Case("401 unauthorised", r => r.WithStatusCode(401).WithBody("no key"));
        yield return Case("deeply nested JSON", r => r.WithStatusCode(200).WithHeader("Content-Type", "application/hal+json").WithBody(new string('[', 5000) + new string(']', 5000)));
        yield return Case("redirect to itself", r => r.WithStatusCode(302).WithHeader("Location", "/"));
    }

    /// <summary>Answers the SOAP aanleveren endpoint can give that are not a SOAP answer.</summary>
    public static IEnumerable<TestCaseData> SoapGarbage()
    {
        yield return Case("SOAP with a DOCTYPE and external entity", r => r.WithStatusCode(200).WithHeader("Content-Type", "text/xml").WithBody(SoapWithDoctype));
        yield return Case("XML entity expansion", r => r.WithStatusCode(200).WithHeader("Content-Type", "text/xml").WithBody(BillionLaughs));
        yield return Case("not XML", r => r.WithStatusCode(200).WithHeader("Content-Type", "text/xml").WithBody("{\"ok\":true}"));
        yield return Case("truncated XML", r => r.WithStatusCode(200).WithHeader("Content-Type", "text/xml").WithBody("<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"><s:Body>"));
        yield return Case("HTML error page with 200", r => r.WithStatusCode(200).WithHeader("Content-Type", "text/html").WithBody("<html><body>Proxy error</body></html>"));
        yield return Case("empty body", r => r.WithStatusCode(200).WithHeader("Content-Type", "text/xml"));
        yield return Case("500 with HTML", r => r.WithStatusCode(500).WithHeader("Content-Type", "text/html").WithBody("<html>oops</html>"));
    }

    [TestCaseSource(nameof(JsonGarbage))]
    public async Task Rtr_AnswersGarbage_StepFiveFailsNamingTheRtr(Func<IResponseBuilder, IResponseBuilder> respond)
    {
        // Given the RTR answers garbage
        using var standIn = StandIn.Answering(respond);
        var profile = RobustChain.Profile();

        // When step 5 asks it for the activity
        var result = await RobustChain.RunWithStandInAsync(profile, DsoEndpoint.Rtr, standIn.Url, "5");

        // Then step 5 fails, saying the RTR is where it went wrong
        RobustChain.AssertFailedClearly(result, profile, "5", "RTR");
    }

    [TestCaseSource(nameof(SoapGarbage))]
    public async Task Aanleveren_AnswersGarbage_StepSevenFailsNamingAanleveren(Func<IResponseBuilder, IResponseBuilder> respond)
    {
        using var standIn = StandIn.Answering(respond);
        var profile = RobustChain.Profile();

        var result = await RobustChain.RunWithStandInAsync(profile, DsoEndpoint.Aanleveren, standIn.Url, "5-7");

        RobustChain.AssertFailedClearly(result, profile, "7", "aanleveren");
    }

    [TestCaseSource(nameof(JsonGarbage))]
    public async Task Verifieren_AnswersGarbage_StepSixFailsNamingTheVerifier(Func<IResponseBuilder, IResponseBuilder> respond)
    {
        using var standIn = StandIn.Answering(respond);
        var profile = RobustChain.Profile();

        var result = await RobustChain.RunWithStandInAsync(profile, DsoEndpoint.Verifieren, standIn.Url, "5-6");

        RobustChain.AssertFailedClearly(result, profile, "6", "verif");
    }

    private static TestCaseData Case(string name, Func<IResponseBuilder, IResponseBuilder> respond) =>
        new TestCaseData(respond).SetArgDisplayNames(name);
}
