using System.Net;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ChainHarness.Engine.Evidence;

/// <summary>
/// The forms a secret value takes on its way into an output: as written, JSON-escaped (both the
/// default and the relaxed encoder), HTML- and XML-escaped, URL-encoded (upper- and lower-case hex,
/// <c>+</c> for space) and, for URL userinfo, Base64 (HTTP Basic). A redactor masks every form.
/// </summary>
public static class SecretForms
{
    public static IEnumerable<string> Of(string secret)
    {
        yield return secret;
        yield return JsonEncodedText.Encode(secret).ToString();
        yield return JsonEncodedText.Encode(secret, JavaScriptEncoder.UnsafeRelaxedJsonEscaping).ToString();
        yield return WebUtility.HtmlEncode(secret);
        yield return HtmlEncoder.Default.Encode(secret);
        yield return System.Security.SecurityElement.Escape(secret) ?? secret;
        yield return secret.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace("\"", "&#34;", StringComparison.Ordinal);
        var escaped = Uri.EscapeDataString(secret);
        yield return escaped;
        yield return LowerHex(escaped);
        yield return WebUtility.UrlEncode(secret);
        yield return LowerHex(WebUtility.UrlEncode(secret));
        yield return UrlEncoder.Default.Encode(secret);
    }

    /// <summary>The secret parts of a URL's userinfo (<c>user:password@</c>): the whole, the password, decoded, and as HTTP Basic.</summary>
    public static IEnumerable<string> OfUserInfo(string? url)
    {
        if (string.IsNullOrWhiteSpace(url) || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || uri.UserInfo.Length == 0)
        {
            yield break;
        }

        var info = uri.UserInfo;
        var decoded = Uri.UnescapeDataString(info);
        yield return info;
        yield return decoded;
        yield return Convert.ToBase64String(Encoding.UTF8.GetBytes(decoded));
        var colon = info.IndexOf(':', StringComparison.Ordinal);
        if (colon >= 0)
        {
            yield return info[(colon + 1)..];
            yield return Uri.UnescapeDataString(info[(colon + 1)..]);
        }
    }

    private static string LowerHex(string encoded)
    {
        var text = new StringBuilder(encoded.Length);
        for (var i = 0; i < encoded.Length; i++)
        {
            text.Append(i > 0 && encoded[i - 1] == '%' || i > 1 && encoded[i - 2] == '%' ? char.ToLowerInvariant(encoded[i]) : encoded[i]);
        }

        return text.ToString();
    }
}
