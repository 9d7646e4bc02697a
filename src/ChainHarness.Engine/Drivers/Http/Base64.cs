namespace ChainHarness.Engine.Drivers.Http;

/// <summary>Binary values a supplier's API gives as base64 text (a ZIP in a JSON field).</summary>
internal static class Base64
{
    public static byte[]? From(string? text)
    {
        try
        {
            return text is null ? null : Convert.FromBase64String(text);
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
