using ChainHarness.Engine.Waiting;
using ChainHarness.Testing;
using Spectre.Console.Testing;

namespace ChainHarness.Cli.Tests.Robustness;

/// <summary>
/// Bad input of kinds the first robustness suite did not try: huge and negative durations, output
/// folders that are files or cannot be written, empty step selections, non-loopback and mapped bind
/// addresses, look-alike pre-productie hosts, secrets under mistyped keys, several wrongly typed keys
/// at once, Expect keys with ':' in JSON. Each ends in exit 2 with a message naming the key or option,
/// never an internal error (exit 70), never a stack trace, and never the secret value given.
/// </summary>
[Category("Robustness")]
[Parallelizable(ParallelScope.Children)]
public sealed class OptionBadInputTests
{
    private const string P = "ChainHarness:Profiles:local:";
    private const string Secret = "pl4nted-s3cret-value";

    public static IEnumerable<TestCaseData> BadInputs()
    {
        // Durations beyond what a timer can hold, or nonsense
        foreach (var key in new[] { "StepDeadline", "AttemptTimeout", "PollInterval", "RetryDelay", "LvbbProcessingDelay" })
        {
            yield return Set($"Timing:{key}=30.00:00:00", $"Timing:{key}");
        }

        yield return Set("Timing:StepDeadline=10675199.02:48:05.4775807", "Timing:StepDeadline");
        yield return Set("Timing:StepDeadline=25.00:00:00", "Timing:StepDeadline");
        yield return Set("Timing:StepDeadline=-1.00:00:00", "Timing:StepDeadline");
        yield return Set("Timing:StepDeadline=1e9", "Timing:StepDeadline");
        yield return Set("Timing:StepDeadline=99999999.00:00:00", "Timing:StepDeadline");
        yield return Set("Endpoints:Ozon:AttemptTimeout=40.00:00:00", "Endpoints:Ozon:AttemptTimeout");
        yield return Set("Endpoints:Ozon:AttemptTimeout=lang", "Endpoints:Ozon:AttemptTimeout");
        yield return Set("Timing:MaxResponseBytes=99999999999999999999", "Timing:MaxResponseBytes");
        yield return Set("Endpoints:Ozon:Retries=-1x", "Endpoints:Ozon:Retries");

        // Secrets under mistyped keys: the key named, the value never echoed
        foreach (var key in new[] { "Endpoints:Ozon", "Endpoints", "Timing", "Municipality", "Drivers:PlanSoftware", "TestLocation", "Schemas", "Endpoints:Lvbb:Mode", "Timing:Retries", "Endpoints:Ozon:ApiKey:Value" })
        {
            yield return Set($"{key}={Secret}", key.Replace(":Value", "", StringComparison.Ordinal));
        }

        yield return Args($"--set {P}Endpoints:Ozon:BaseUrl=htp://user:{Secret}@127.0.0.1/ --set {P}Endpoints:Ozon:Mode=Live", "Endpoints:Ozon:BaseUrl");
        yield return Args($"--set {P}Endpoints:Ozon:BaseUrl=http://user:{Secret}@[::1/ --set {P}Endpoints:Ozon:Mode=Live", "Endpoints:Ozon:BaseUrl");
        yield return Args($"--set {P}Drivers:PlanSoftware:Mode=Http --set {P}Drivers:PlanSoftware:Http:BaseUrl=nope://u:{Secret}@x", "Drivers:PlanSoftware:Http:BaseUrl");

        // Several wrongly typed keys: every one named
        yield return Args($"--set {P}Timing:Retries=veel --set {P}Timing:PollInterval=straks --set {P}TestLocation:X=oost --set {P}Iteration=twee", "Timing:Retries", "Timing:PollInterval", "TestLocation:X", "Iteration");
        yield return Args($"--set {P}Endpoints:Ozon:Mode=Soms --set {P}Endpoints:Rtr:Retries=x --set {P}Bogus=1", "Endpoints:Ozon:Mode", "Endpoints:Rtr:Retries", "Bogus");
        yield return Args($"--set {P}Faults:x=F7 --set {P}Timing:StepDeadline=morgen", "Faults:x", "Timing:StepDeadline");

        // Look-alike pre-productie hosts are production
        foreach (var host in new[] { "pre.service.omgevingswet.overheid.nl", "service.pre.pre.omgevingswet.overheid.nl", "preprod.omgevingswet.overheid.nl", "pre.zoek.officielebekendmakingen.nl", "pre-productie.lvbb.overheid.nl", "pkio.pre.overheid.nl", "pre.omgevingswet.overheid.nl" })
        {
            yield return Args($"--set {P}Endpoints:Ozon:Mode=Live --set {P}Endpoints:Ozon:BaseUrl=https://{host}/x", host);
        }

        yield return Args($"--set {P}Drivers:PlanSoftware:Mode=Http --set {P}Drivers:PlanSoftware:Http:BaseUrl=https://pre.service.omgevingswet.overheid.nl/", "Drivers:PlanSoftware:Http:BaseUrl");

        // Step selections that select nothing
        foreach (var steps in new[] { ",", ",,", " , ", ",;" })
        {
            yield return new TestCaseData(new[] { "run", "--steps", steps }, new[] { "--steps" }).SetArgDisplayNames($"--steps '{steps}'");
        }

        // Driver expectations and captures that cannot be read
        const string Call = "Drivers:PlanSoftware:Http:Operations:ProduceChange:0:";
        var driver = $"--set {P}Drivers:PlanSoftware:Mode=Http --set {P}Drivers:PlanSoftware:Http:BaseUrl=http://127.0.0.1:9/ --set {P}{Call}Url=x";
        yield return Args($"{driver} --set {P}{Call}Expect:xpath:/status/code=OK", $"{Call}Expect:xpath", "xpath=");
        yield return Args($"{driver} --set {P}{Call}Expect:header:Location=/x", $"{Call}Expect:header", "header=");
        yield return Args($"{driver} --set {P}{Call}Expect:onzin=1", $"{Call}Expect:onzin");
        yield return Args($"{driver} --set {P}{Call}Captures:id=jsonpath(.id)", $"{Call}Captures:id");
        yield return Args($"{driver} --set {P}{Call}Until=xpath= --set {P}{Call}UntilValues:0=x", $"{Call}Until");
    }

    public static IEnumerable<TestCaseData> BadFolders()
    {
        yield return Folder(["run", "--report-dir", "{file}"], "--report-dir");
        yield return Folder(["run", "--report-dir", ""], "--report-dir");
        yield return Folder(["run", "--report-dir", "   "], "--report-dir");
        yield return Folder(["run", "--report-dir", "/dev/null/reports"], "--report-dir");
        yield return Folder(["run", "--report-dir", "{file}/below"], "--report-dir");
        yield return Folder(["run", "--history", "{file}"], "--history");
        yield return Folder(["run", "--history", "/dev/null/history"], "--history");
        yield return Folder(["run", "--history", ""], "--history");
        yield return Folder(["demo", "alles-goed", "--report-dir", "{file}"], "--report-dir");
        yield return Folder(["merge-reports", "{folder}", "--report-dir", "{file}"], "--report-dir");
        yield return Folder(["board", "--bind", "::ffff:10.0.0.1", "--port", "0"], "--bind");
        yield return Folder(["board", "--bind", "0.0.0.0", "--port", "0"], "--bind");
        yield return Folder(["board", "--bind", "::", "--port", "0"], "--bind");
        yield return Folder(["board", "--bind", "localhost.evil.example", "--port", "0"], "--bind");
    }

    [TestCaseSource(nameof(BadInputs))]
    public async Task Run_BadInput_ExitTwoNamingTheKeyNeverTheValue(string[] args, string[] named)
    {
        using var reports = TempFolder.Create();
        var console = new TestConsole().Width(500);

        var exit = await HarnessApp.RunAsync([.. args, "--report-dir", reports.Path], console);

        Assert.That(exit, Is.EqualTo(HarnessApp.ExitUsage), console.Output);
        foreach (var name in named)
        {
            Assert.That(console.Output, Does.Contain(name), console.Output);
        }

        Assert.That(console.Output, Does.Not.Contain(Secret).And.Not.Contain("   at ").And.Not.Contain("internal error"), console.Output);
        if (console.Output.Contains("Configuratiefout", StringComparison.Ordinal))
        {
            Assert.That(File.Exists(Path.Combine(reports.Path, "junit.xml")), Is.True, "CI still gets a junit.xml saying why");
        }
    }

    [TestCaseSource(nameof(BadFolders))]
    public async Task Command_BadFolderOrBind_ExitTwoNamingTheOption(string[] args, string named)
    {
        using var folder = TempFolder.Create();
        Directory.CreateDirectory(folder.Path);
        var file = Path.Combine(folder.Path, "een-bestand");
        await File.WriteAllTextAsync(file, "geen map");
        var console = new TestConsole().Width(500);

        var exit = await HarnessApp.RunAsync([.. args.Select(a => a.Replace("{file}", file, StringComparison.Ordinal).Replace("{folder}", folder.Path, StringComparison.Ordinal))], console);

        Assert.That(exit, Is.EqualTo(HarnessApp.ExitUsage), console.Output);
        Assert.That(console.Output, Does.Contain(named).And.Not.Contain("internal error").And.Not.Contain("   at "), console.Output);
        Assert.That(File.ReadAllText(file), Is.EqualTo("geen map"), "the file given as a folder is untouched");
    }

    private static TestCaseData Set(string keyValue, string named) =>
        new TestCaseData(new[] { "run", "--set", P + keyValue }, new[] { named }).SetArgDisplayNames("--set " + keyValue);

    private static TestCaseData Args(string args, params string[] named) =>
        new TestCaseData(new[] { "run" }.Concat(args.Split(' ')).ToArray(), named).SetArgDisplayNames(args);

    private static TestCaseData Folder(string[] args, string named) =>
        new TestCaseData(args, named).SetArgDisplayNames(string.Join(' ', args));
}
