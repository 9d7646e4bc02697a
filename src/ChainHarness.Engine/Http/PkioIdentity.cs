namespace ChainHarness.Engine.Http;

/// <summary>
/// Who calls a protected (<c>pkio.service…/overheid/…</c>) endpoint. In the real DSO the caller is
/// the organisation whose PKIoverheid client certificate opens the TLS connection: its OIN is the
/// certificate's subject serialNumber. Under <c>simulate --tls</c> the simulators read it there too; without TLS
/// (local runs) the caller states that OIN in <see cref="OinHeader"/>, as a TLS-terminating gateway would forward it.
/// That header is our design; a real endpoint, and a simulator over TLS, ignores it and reads the certificate.
/// </summary>
public static class PkioIdentity
{
    public const string OinHeader = "X-Client-Oin";
}
