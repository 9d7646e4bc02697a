using ChainHarness.Engine.Steps;

namespace ChainHarness.Engine.Reporting.Html;

/// <summary>The CSS class of an outcome; the colours live in <see cref="HtmlStyles"/>.</summary>
public static class StatusClass
{
    public static string For(StepStatus status) => "st-" + status.ToString().ToLowerInvariant();
}
