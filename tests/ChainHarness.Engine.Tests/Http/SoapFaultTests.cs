using System.Net;
using ChainHarness.Engine.Http;
using RestSharp;

namespace ChainHarness.Engine.Tests.Http;

public sealed class SoapFaultTests
{
    [TestCase("<faultcode>soap:Client</faultcode>", false)]
    [TestCase("<faultcode>SOAP-ENV:Client</faultcode>", false)]
    [TestCase("<faultcode>soap:Server</faultcode>", true)]
    [TestCase("Internal Server Error", true)]
    public void TransientFailure_Http500_RetriedUnlessItIsASoapClientFault(string body, bool transient)
    {
        var response = new RestResponse(new RestRequest()) { StatusCode = HttpStatusCode.InternalServerError, Content = body, ResponseStatus = ResponseStatus.Completed };

        Assert.That(TransientFailure.Is(response), Is.EqualTo(transient));
    }
}
