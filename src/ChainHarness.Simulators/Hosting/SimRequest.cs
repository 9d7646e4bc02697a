using System.Security.Cryptography.X509Certificates;
using System.Text;
using ChainHarness.Engine.Http;
using WireMock;

namespace ChainHarness.Simulators.Hosting;

/// <summary>A request as a simulator route sees it: method, path parameters, query, headers, body.</summary>
public sealed class SimRequest(IRequestMessage message, IReadOnlyDictionary<string, string> pathParameters)
{
    public string Method => message.Method;

    public string Path => message.Path;

    public IReadOnlyDictionary<string, string> PathParameters { get; } = pathParameters;

    public string this[string pathParameter] => PathParameters[pathParameter];

    public byte[] Body => message.BodyData?.BodyAsBytes ?? (message.Body is { } s ? Encoding.UTF8.GetBytes(s) : []);

    public string BodyText => message.Body ?? (message.BodyData?.BodyAsBytes is { } b ? Encoding.UTF8.GetString(b) : "");

    /// <summary>The client certificate the TLS connection presented, if any.</summary>
    public X509Certificate2? ClientCertificate => message.ClientCertificate as X509Certificate2;

    /// <summary>
    /// The caller's OIN: over TLS the client certificate's subject serialNumber, as a PKIoverheid route knows its
    /// caller; otherwise the <see cref="PkioIdentity.OinHeader"/> a TLS-terminating gateway would forward.
    /// </summary>
    public string? ClientOin => ClientCertificate is { } certificate ? Tls.PkioCertificates.Oin(certificate) : HeaderValue(PkioIdentity.OinHeader);

    /// <summary>A header's value; for <see cref="PkioIdentity.OinHeader"/> the OIN of the client certificate wins when there is one.</summary>
    public string? Header(string name) =>
        string.Equals(name, PkioIdentity.OinHeader, StringComparison.OrdinalIgnoreCase) ? ClientOin : HeaderValue(name);

    private string? HeaderValue(string name) =>
        message.Headers?.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault();

    public string? Query(string name) =>
        message.Query?.FirstOrDefault(q => string.Equals(q.Key, name, StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault();
}
