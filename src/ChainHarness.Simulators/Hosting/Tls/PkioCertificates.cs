using System.Formats.Asn1;
using System.Security.Cryptography.X509Certificates;

namespace ChainHarness.Simulators.Hosting.Tls;

/// <summary>
/// The OIN in a PKIoverheid certificate: the subject's serialNumber attribute (OID 2.5.4.5), as Logius'
/// OIN-stelsel prescribes (OIN-SubOIN_in_PkioCert.md; OFFICIAL).
/// </summary>
public static class PkioCertificates
{
    private const string SerialNumberOid = "2.5.4.5";

    /// <summary>The subject serialNumber, or null when the certificate has none.</summary>
    public static string? Oin(X509Certificate2 certificate)
    {
        foreach (var rdn in certificate.SubjectName.EnumerateRelativeDistinguishedNames())
        {
            if (rdn.GetSingleElementType().Value == SerialNumberOid)
            {
                return rdn.GetSingleElementValue();
            }
        }

        return null;
    }

    /// <summary>A subject name for an organisation's certificate: CN, O and the OIN as serialNumber.</summary>
    public static X500DistinguishedName Subject(string commonName, string organisation, string oin)
    {
        var builder = new X500DistinguishedNameBuilder();
        builder.AddCountryOrRegion("NL");
        builder.AddOrganizationName(organisation);
        builder.Add(SerialNumberOid, oin, UniversalTagNumber.PrintableString);
        builder.AddCommonName(commonName);
        return builder.Build();
    }
}
