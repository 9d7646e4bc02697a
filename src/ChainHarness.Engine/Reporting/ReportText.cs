using System.Globalization;
using ChainHarness.Engine.Chain;
using ChainHarness.Engine.Findings;
using ChainHarness.Engine.Reporting.History;
using ChainHarness.Engine.Running;
using ChainHarness.Engine.Steps;

namespace ChainHarness.Engine.Reporting;

/// <summary>Every fixed word of the reports, in Dutch (default) or English; each label has both side by side.</summary>
public sealed class ReportText(ReportLanguage language)
{
    public static ReportText Dutch { get; } = new(ReportLanguage.Dutch);

    public static ReportText English { get; } = new(ReportLanguage.English);

    public ReportLanguage Language { get; } = language;

    public string HtmlLang => Pick("nl", "en");

    public CultureInfo Culture => CultureInfo.InvariantCulture;

    public string Title => Pick("Ketentest DSO", "DSO chain test");
    public string StepWord => Pick("Stap", "Step");
    public string Municipality => Pick("Gemeente", "Municipality");
    public string Profile => Pick("Profiel", "Profile");
    public string StartedAt => Pick("Gestart", "Started");
    public string Duration => Pick("Duur", "Duration");
    public string Chain => Pick("De keten in beeld", "The chain at a glance");
    public string Legend => Pick("Legenda", "Legend");
    public string StepsHeading => Pick("De stappen", "The steps");
    public string Checked => Pick("Wat is gecontroleerd", "What was checked");
    public string Expected => Pick("Verwacht", "Expected");
    public string Observed => Pick("Waargenomen", "Observed");
    public string Cause => Pick("Oorzaak", "Cause");
    public string Why => Pick("Waarom", "Why");
    public string Owner => Pick("Waarschijnlijke eigenaar", "Likely owner");
    public string WhomToCall => Pick("Wie bellen", "Whom to call");
    public string Finding => Pick("Bevinding uit de werkplaats", "Werkplaats finding");
    public string WhatToCheck => Pick("Wat te controleren", "What to check");
    public string Evidence => Pick("Bewijs", "Evidence");
    public string Request => Pick("Verzoek", "Request");
    public string Response => Pick("Antwoord", "Response");
    public string Characters => Pick("tekens", "characters");
    public string NoEvidence => Pick("Geen bewijs vastgelegd.", "No evidence recorded.");
    public string StatusLabel => Pick("Status", "Status");
    public string ChangesHeading => Pick("Wat is veranderd sinds de vorige run", "What changed since the previous run");
    public string Since => Pick("sinds", "since");
    public string NoChanges => Pick("Niets veranderd sinds de vorige run van", "Nothing changed since the previous run of");
    public string PartnerNote => Pick("Stap 10 en 11 tellen niet mee voor het sluiten van de keten.", "Steps 10 and 11 do not count towards closing the chain.");
    public string Cancelled => Pick("De run is afgebroken: wat nog niet liep, is niet uitgevoerd.", "The run was cancelled: what had not run yet was not run.");
    public string Redacted => Pick("Geheimen (API-sleutels, tokens) zijn in het bewijs vervangen door ***.", "Secrets (API keys, tokens) are replaced by *** in the evidence.");
    public string FindingsTitle => Pick("Bevindingenlijst", "Findings list");
    public string NoFindings => Pick("Geen bevindingen: elke stap is geslaagd, niet van toepassing of niet uitgevoerd.", "No findings: every step passed, does not apply or was not run.");
    public string Open => Pick("open", "open");
    public string Resolved => Pick("opgelost", "resolved");
    public string NotTested => Pick("niet getest: stap nog niet gebouwd", "not tested: step not built yet");
    public string NameLabel => Pick("Naam", "Name");
    public string DetailsLabel => Pick("Toelichting", "Details");
    public string WaitingOn => Pick("wacht op", "waiting on");
    public string Running => Pick("bezig", "running");
    public string ReportsIn => Pick("Rapporten in", "Reports in");
    public string GeneratedBy => Pick("Gemaakt door ChainHarness", "Made by ChainHarness");

    public string Name(StepDefinition step) => Pick(step.DutchName, step.EnglishName);

    public string Verdict(ChainResult result) => Pick(result.VerdictDutch, result.VerdictEnglish);

    public string SourcesLabel => Pick("Echt of gesimuleerd", "Real or simulated");

    public string ValidationLabel => Pick("Validatie LVBB", "LVBB validation");

    /// <summary>"officiële XSD + Schematron: ja (…)" / "…: nee, omdat …"; null when the run did not say.</summary>
    public string? Validation(ChainResult result) => result.Provenance?.Validation is { } v ? Pick(v.Dutch, v.English) : null;

    /// <summary>"PlanSoftware: gesimuleerd; Lvbb: echt (pre-productie)" for one step; null when the run did not say.</summary>
    public string? Sources(ChainResult result, StepId step) => result.Provenance is { } p && p.ForStep(step.ToString()) is { Count: > 0 } parts
        ? string.Join("; ", parts.Select(x => Pick(x.Dutch, x.English)))
        : null;

    public string Text(Bilingual text) => text.In(Language);

    /// <summary>"4b: geslaagd → gefaald sinds 2026-05-01 10:00 UTC".</summary>
    public string Change(StepChange change, DateTimeOffset previousRunAt) =>
        $"{change.Step}: {Status(change.Before)} → {Status(change.After)} {Since} {When(previousRunAt)}";

    public string BlockedBy(StepId step) => Pick($"Overgeslagen: stap {step} is niet geslaagd.", $"Skipped: step {step} did not pass.");

    public string LaneName(Lane lane) => lane switch
    {
        Lane.Omgevingsplan => Pick("Omgevingsplan", "Omgevingsplan"),
        Lane.ToepasbareRegels => Pick("Toepasbare regels", "Applicable rules"),
        Lane.CheckEnAanvraag => Pick("Check en aanvraag", "Check and application"),
        _ => Pick("Samenwerken", "Collaboration"),
    };

    public string Status(StepStatus status) => status switch
    {
        StepStatus.Passed => Pick("geslaagd", "passed"),
        StepStatus.Failed => Pick("gefaald", "failed"),
        StepStatus.Skipped => Pick("overgeslagen", "skipped"),
        StepStatus.NotApplicable => Pick("niet van toepassing", "not applicable"),
        StepStatus.NotImplemented => Pick("niet gebouwd", "not built"),
        _ => Pick("niet uitgevoerd", "not run"),
    };

    /// <summary>A date and time as a werkplaats writes it (UTC).</summary>
    public string When(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", Culture);

    public string Seconds(TimeSpan span) => span.TotalSeconds.ToString("0.0", Culture) + " s";

    public static ReportText For(ReportLanguage language) => language == ReportLanguage.English ? English : Dutch;

    private string Pick(string dutch, string english) => Language == ReportLanguage.English ? english : dutch;
}
