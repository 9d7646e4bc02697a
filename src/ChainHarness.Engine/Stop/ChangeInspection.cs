using ChainHarness.Engine.Chain;
using ChainHarness.Engine.Texts;

namespace ChainHarness.Engine.Stop;

/// <summary>
/// Step 1's check of a delivery: are the parts of a change there (opdracht, manifest, besluit,
/// GIO with its GML, manifest-ow, OW files), and is the new rule text annotated with an activity
/// and a werkingsgebied that the delivery itself defines? A rule text without them is the weak
/// annotation of finding F6: it would not show at its location and gives the rules chain no activity.
/// A change that withdraws text must end its rule texts in OW as well (<see cref="ChangeContent.UnendedWithdrawals"/>, F5).
/// </summary>
public sealed class ChangeInspection
{
    private static readonly IReadOnlyList<string> LocationTypes = ChangeContent.LocationTypes;

    public ChangeInspection(StopDelivery delivery)
    {
        Missing = [.. FindMissing(delivery)];
        Content = ChangeContent.From(delivery);
        UnendedWithdrawals = Content.UnendedWithdrawals(delivery);
        var rule = Content.Rules.FirstOrDefault(r => r.RegeltekstId is not null
            && r.ActivityIds.Any(a => delivery.FindObject(a)?.Type == "Activiteit")
            && r.LocationIds.Any(l => LocationTypes.Contains(delivery.FindObject(l)?.Type)));
        if (rule is null)
        {
            WeakAnnotation = DescribeWeakAnnotation(delivery);
            return;
        }

        Rule = rule;
        ActivityId = rule.ActivityIds.First(a => delivery.FindObject(a)?.Type == "Activiteit");
        LocationId = rule.LocationIds.First(l => LocationTypes.Contains(delivery.FindObject(l)?.Type));
        RegelingWorkId = delivery.OwManifest?.WorkIdRegeling ?? delivery.Besluit?.RegelingWorkIds.FirstOrDefault();
        RegelingExpressionId = delivery.Besluit?.RegelingExpressionIds.FirstOrDefault(e => AknIds.WorkOf(e) == RegelingWorkId);
        BesluitWorkId = delivery.Besluit?.WorkId;
    }

    /// <summary>Parts of a change the delivery lacks, in plain words.</summary>
    public IReadOnlyList<Bilingual> Missing { get; }

    /// <summary>Everything the change carries: its current rules, activities, locations, what it ends and its text mutations.</summary>
    public ChangeContent Content { get; }

    /// <summary>Text the besluit withdraws while the OW part keeps annotating it (F5); empty when the intrekking is whole.</summary>
    public IReadOnlyList<Bilingual> UnendedWithdrawals { get; }

    /// <summary>Why no rule text is annotated with an activity and a location; null when one is.</summary>
    public Bilingual? WeakAnnotation { get; }

    public OwRule? Rule { get; }

    public string? ActivityId { get; }

    public string? LocationId { get; }

    public string? RegelingWorkId { get; }

    public string? RegelingExpressionId { get; }

    public string? BesluitWorkId { get; }

    public bool Complete => Missing.Count == 0 && WeakAnnotation is null && UnendedWithdrawals.Count == 0;

    private static IEnumerable<Bilingual> FindMissing(StopDelivery d)
    {
        foreach (var (file, error) in d.Unreadable)
        {
            yield return ChangeTexts.NotWellFormed(file, error);
        }

        if (d.Opdracht is null)
        {
            yield return ChangeTexts.NoFile(StopDeliveryReader.OpdrachtFile);
        }
        else if (d.Besluit is not { IsBesluit: true })
        {
            yield return ChangeTexts.NoBesluit(d.Opdracht.Publicatie);
        }

        if (d.Manifest is null)
        {
            yield return ChangeTexts.NoFile(StopDeliveryReader.ManifestFile);
        }

        if (!d.Gios.Any(g => g.GmlFiles.Any(f => d.Gmls.Any(m => m.File == f))))
        {
            yield return ChangeTexts.NoGio;
        }

        if (d.OwManifest?.WorkIdRegeling is null)
        {
            yield return ChangeTexts.NoOwManifest(StopDeliveryReader.OwManifestFile);
        }

        if (d.OwObjects.Count == 0)
        {
            yield return ChangeTexts.NoOwFiles;
        }
    }

    private static Bilingual DescribeWeakAnnotation(StopDelivery d)
    {
        var regelteksten = d.ObjectsOfType("Regeltekst").Count();
        if (d.Rules.Count == 0)
        {
            return regelteksten == 0
                ? ChangeTexts.NothingAnnotated
                : ChangeTexts.NoJuridischeRegel(regelteksten);
        }

        var rule = d.Rules[0];
        var lacks = new List<Bilingual>();
        if (!rule.ActivityIds.Any(a => d.FindObject(a)?.Type == "Activiteit"))
        {
            lacks.Add(ChangeTexts.LacksActivity);
        }

        if (!rule.LocationIds.Any(l => LocationTypes.Contains(d.FindObject(l)?.Type)))
        {
            lacks.Add(ChangeTexts.LacksWerkingsgebied);
        }

        if (rule.RegeltekstId is null)
        {
            lacks.Add(ChangeTexts.LacksRegeltekst);
        }

        return ChangeTexts.RuleLacks(rule.Id, lacks);
    }
}
