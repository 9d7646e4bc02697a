using ChainHarness.Engine.Configuration;

namespace ChainHarness.Engine.Drivers.Http;

/// <summary>
/// Fills <c>${name}</c>, <c>${json:name}</c> (escaped for a JSON string), <c>${national:Lvbb}</c> and <c>${env:NAME}</c>
/// in a template; an unknown name is a broken mapping.
/// </summary>
internal static class TemplateFill
{
    public static string Fill(string template, DriverValues values, string software) =>
        Placeholders.Replace(template, name =>
        {
            if (name.StartsWith("env:", StringComparison.Ordinal))
            {
                return Environment.GetEnvironmentVariable(name[4..])
                    ?? throw DriverException.Missing(software, Texts.DriverTexts.EnvironmentVariable(name[4..]), Texts.DriverTexts.SetBeforeRun);
            }

            if (name.StartsWith("json:", StringComparison.Ordinal))
            {
                // The value escaped for a JSON string: "${json:actieverzoek}" stays valid JSON whatever the text holds.
                var raw = values.Text(name[5..]) ?? throw DriverException.UnknownPlaceholder(software, name[5..], values.Names);
                return System.Text.Json.JsonEncodedText.Encode(raw).ToString();
            }

            return values.Text(name) ?? throw DriverException.UnknownPlaceholder(software, name, values.Names);
        });
}
