using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using ChainHarness.Engine.Configuration;

namespace ChainHarness.Engine.Http;

/// <summary>Loads an endpoint's PKIoverheid client certificate from its PKCS#12 file, the password from the environment.</summary>
internal static class ClientCertificate
{
    public static X509Certificate2? Load(EndpointOptions options, string path)
    {
        if (options.CertificateFile is null)
        {
            return null;
        }

        var password = Environment.GetEnvironmentVariable(options.CertificatePasswordVariable);
        try
        {
            return X509CertificateLoader.LoadPkcs12FromFile(options.CertificateFile, password);
        }
        catch (CryptographicException)
        {
            // Never the password or the machine path in the message.
            throw ConfigurationErrorException.WithErrors([
                $"{path}:CertificateFile: '{Path.GetFileName(options.CertificateFile)}' could not be opened; check the password in environment variable {options.CertificatePasswordVariable}.",
            ]);
        }
    }
}
