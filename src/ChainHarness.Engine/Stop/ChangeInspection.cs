
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
    public IReadOnlyList<string> Missing { get; }

    /// <summary>Everything the change carries: its current rules, activities, locations, what it ends and its text mutations.</summary>
    public ChangeContent Content { get; }

    /// <summary>Text the besluit withdraws while the OW part keeps annotating it (F5); empty when the intrekking is whole.</summary>
    public IReadOnlyList<string> UnendedWithdrawals { get; }

    /// <summary>Why no rule text is annotated with an activity and a location; null when one is.</summary>
    public string? WeakAnnotation { get; }

    public OwRule? Rule { get; }

    public string? ActivityId { get; }

    public string? LocationId { get; }

    public string? RegelingWorkId { get; }

    public string? RegelingExpressionId { get; }

    public string? BesluitWorkId { get; }

    public bool Complete => Missing.Count == 0 && WeakAnnotation is null && UnendedWithdrawals.Count == 0;

    private static IEnumerable<string> FindMissing(StopDelivery d)
    {
        foreach (var (file, error) in d.Unreadable)
        {
            yield return $"{file} is not well-formed XML ({error})";
        }

        if (d.Opdracht is null)
        {
            yield return $"no {StopDeliveryReader.OpdrachtFile}";
        }
        else if (d.Besluit is not { IsBesluit: true })
        {
            yield return $"no besluit (AanleveringBesluit) in '{d.Opdracht.Publicatie}', the file the opdracht names";
        }

        if (d.Manifest is null)
        {
            yield return $"no {StopDeliveryReader.ManifestFile}";
        }

        if (!d.Gios.Any(g => g.GmlFiles.Any(f => d.Gmls.Any(m => m.File == f))))
        {
            yield return "no GIO (an information object .xml with its .gml)";
        }

        if (d.OwManifest?.WorkIdRegeling is null)
        {
            yield return $"no {StopDeliveryReader.OwManifestFile} naming the regeling (WorkIDRegeling)";
        }

        if (d.OwObjects.Count == 0)
        {
            yield return "no OW files (ow*.xml) with OW objects";
        }
    }

    private static string DescribeWeakAnnotation(StopDelivery d)
    {
        var regelteksten = d.ObjectsOfType("Regeltekst").Count();
        if (d.Rules.Count == 0)
        {
            return regelteksten == 0
                ? "the delivery annotates no rule text at all (no Regeltekst, no juridische regel)"
                : $"the delivery has {regelteksten} rule text(s) but no juridische regel that gives them an activity and a location";
        }

        var rule = d.Rules[0];
        var lacks = new List<string>();
        if (!rule.ActivityIds.Any(a => d.FindObject(a)?.Type == "Activiteit"))
        {
            lacks.Add("activity (Activiteit) defined in the delivery");
        }

        if (!rule.LocationIds.Any(l => LocationTypes.Contains(d.FindObject(l)?.Type)))
        {
            lacks.Add("werkingsgebied (Gebied or Gebiedengroep) defined in the delivery");
        }

        if (rule.RegeltekstId is null)
        {
            lacks.Add("rule text (Regeltekst) it annotates");
        }

        return $"juridische regel {rule.Id} has no {string.Join(" and no ", lacks)}";
    }
}
