namespace ChainHarness.Cli.Commands;

/// <summary><c>schemas</c>: the profile options (for <c>Schemas:*</c> and <c>--schemas</c>) and the language.</summary>
internal sealed class SchemasSettings : LanguageSettings
{
}
