using GraphQL;
using GraphQL.Types;
using Wsp.Gateway.Security;
using Wsp.Sdk.Arrangements;
using Wsp.Sdk.Geography;

namespace Wsp.Gateway.Schema;

/// <summary>
/// The GraphQL type of a national arrangement (landelijke afspraak, rules L1–L3, L6). A municipality sees the
/// arrangement's terms but only its own regions' input, standing and regional agreements (rule L3: a region decides
/// on its own); the national desk and UWV see every region.
/// </summary>
internal sealed class ArrangementType : ObjectGraphType<Arrangement>
{
    public ArrangementType()
    {
        Name = "Arrangement";
        Description = "A national arrangement (landelijke afspraak) with a national employer, drafted by the national desk (rules L1–L3, L6).";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<ArrangementStatusType>>("status").Resolve(c => c.Source.Status);
        Field<NonNullGraphType<ArrangementKindType>>("kind").Description("Municipal, or joint with UWV (the pilot, rule L6).").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<StringGraphType>>("employerName").Resolve(c => c.Source.EmployerName);
        Field<StringGraphType>("employerKvk").Resolve(c => c.Source.Employer?.ToString());
        Field<NonNullGraphType<IdGraphType>>("employerId").Description("The employer account the arrangement is with.").Resolve(c => c.Source.AccountId);
        Field<BooleanGraphType>("isNationalEmployer")
            .Description("Derived from the account's establishments: four or more regions (rule L1); null when the account is gone.")
            .Resolve(c => c.Loaders().Accounts.Load(c.Source.AccountId).Then(a => (bool?)a?.IsNationalEmployer));
        Field<EmployerType>("employer")
            .Description("The employer account, when the partner may read its home region's records.")
            .Resolve(c => c.LoadReadableEmployer(c.Source.AccountId));
        Field<NonNullGraphType<StringGraphType>>("advisorId").Description("The desk's advisor who manages it (rule L4).").Resolve(c => c.Source.AdvisorId);
        Field<AdvisorType>("advisor")
            .Description("The managing advisor with sectors and adoption regions (rule L4); null when the desk no longer lists the advisor.")
            .ResolveAsync(async c => (await c.Loaders().Desk.GetAsync(c.CancellationToken).ConfigureAwait(false)).Advisors.GetValueOrDefault(c.Source.AdvisorId));
        Field<NonNullGraphType<IntGraphType>>("jobOpportunities").Description("Job opportunities in the current version.").Resolve(c => c.Source.Current.JobOpportunities);
        Field<NonNullGraphType<BooleanGraphType>>("meetsPreferredJobOpportunities")
            .Description($"At least {Arrangement.PreferredJobOpportunities} job opportunities for the broad target group: the desk's preference, shown, not enforced (rule L1).")
            .Resolve(c => c.Source.MeetsPreferredJobOpportunities);
        Field<NonNullGraphType<ArrangementVersionType>>("currentVersion").Resolve(c => c.Source.Current);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ArrangementVersionType>>>>("versions").Description("Every version, oldest first; each region's decision names the version it signed.").Resolve(c => c.Source.Versions);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RegionalInputType>>>>("regionalInput")
            .Description("The regions' input on the concept (rule L2), in the regions the partner may read.")
            .Resolve(c => Visible(c, c.Source.Inputs, i => i.Region));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RegionStandingType>>>>("regions")
            .Description("Each region's standing once the arrangement is final (pending, joined, declined) and the version it signed (rules L2, L3), in the regions the partner may read.")
            .Resolve(c => Visible(c, Standings(c.Source), s => s.Region));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RegionalAgreementType>>>>("regionalAgreements")
            .Description("Existing regional agreements linked and kept (rule L2), in the regions the partner may read.")
            .Resolve(c => Visible(c, c.Source.RegionalAgreements, a => a.Region));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("uwvReferences").Description("UWV's national arrangements referenced (rule L6).").Resolve(c => c.Source.UwvReferences);
    }

    /// <summary>Each region that decided, and (when final) every other region as pending.</summary>
    public static IReadOnlyList<RegionStanding> Standings(Arrangement arrangement)
    {
        var decided = arrangement.Decisions.Select(d => d.Region).Distinct();
        var regions = arrangement.Status == ArrangementStatus.Final || arrangement.Status == ArrangementStatus.Ended
            ? Gazetteer.Default.Regions.Select(r => r.Code).Union(decided)
            : decided;
        return [.. regions.Order().Select(r => new RegionStanding(r, arrangement.ParticipationOf(r) ?? RegionParticipation.Pending, arrangement.SignedVersionOf(r)?.Number, arrangement.Decisions.LastOrDefault(d => d.Region == r)))];
    }

    private static IReadOnlyList<T> Visible<T>(IResolveFieldContext context, IEnumerable<T> items, Func<T, RegionCode> region)
    {
        var partner = context.Partner();
        return [.. items.Where(i => partner.CanReadRecords(region(i)))];
    }
}

/// <summary>A region's standing on an arrangement (deelname).</summary>
internal sealed record RegionStanding(RegionCode Region, RegionParticipation Participation, int? SignedVersion, RegionDecision? Decision);

/// <summary>The GraphQL type of <see cref="RegionStanding"/>.</summary>
internal sealed class RegionStandingType : ObjectGraphType<RegionStanding>
{
    public RegionStandingType()
    {
        Name = "ArrangementRegion";
        Description = "A region's standing on a final arrangement: pending, joined or declined by its contact person (rules L3, L4).";
        Field<NonNullGraphType<StringGraphType>>("region").Resolve(c => c.Source.Region.ToString());
        Field<NonNullGraphType<RegionParticipationType>>("participation").Resolve(c => c.Source.Participation);
        Field<IntGraphType>("signedVersion").Description("The version the region joined; null unless joined.").Resolve(c => c.Source.SignedVersion);
        Field<StringGraphType>("decidedBy").Description("The contact person who decided.").Resolve(c => c.Source.Decision?.DecidedBy);
        Field<StringGraphType>("decidedAt").Description("When, UTC.").Resolve(c => c.Source.Decision is { } d ? Iso.Instant(d.At) : null);
    }
}

/// <summary>The GraphQL type of an arrangement version.</summary>
internal sealed class ArrangementVersionType : ObjectGraphType<ArrangementVersion>
{
    public ArrangementVersionType()
    {
        Name = "ArrangementVersion";
        Description = "One version of an arrangement's terms (versies), kept so each region's signed version stays known.";
        Field<NonNullGraphType<IntGraphType>>("number").Resolve(c => c.Source.Number);
        Field<NonNullGraphType<StringGraphType>>("terms").Resolve(c => c.Source.Terms);
        Field<NonNullGraphType<IntGraphType>>("jobOpportunities").Resolve(c => c.Source.JobOpportunities);
        Field<NonNullGraphType<StringGraphType>>("at").Description("When it was written, UTC.").Resolve(c => Iso.Instant(c.Source.At));
    }
}

/// <summary>The GraphQL type of a region's input on a concept.</summary>
internal sealed class RegionalInputType : ObjectGraphType<RegionalInput>
{
    public RegionalInputType()
    {
        Name = "RegionalInput";
        Description = "A region's input (inbreng) on the concept version of an arrangement (rule L2).";
        Field<NonNullGraphType<StringGraphType>>("region").Resolve(c => c.Source.Region.ToString());
        Field<NonNullGraphType<StringGraphType>>("input").Resolve(c => c.Source.Input);
        Field<NonNullGraphType<IntGraphType>>("onVersion").Resolve(c => c.Source.OnVersion);
        Field<NonNullGraphType<StringGraphType>>("at").Resolve(c => Iso.Instant(c.Source.At));
    }
}

/// <summary>The GraphQL type of a linked regional agreement.</summary>
internal sealed class RegionalAgreementType : ObjectGraphType<RegionalAgreement>
{
    public RegionalAgreementType()
    {
        Name = "RegionalAgreement";
        Description = "An existing regional agreement (regionale afspraak) linked to the arrangement and kept (rule L2).";
        Field<NonNullGraphType<StringGraphType>>("region").Resolve(c => c.Source.Region.ToString());
        Field<NonNullGraphType<StringGraphType>>("reference").Resolve(c => c.Source.Reference);
    }
}

/// <summary>An arrangement's status (rule L2).</summary>
internal sealed class ArrangementStatusType : EnumerationGraphType<ArrangementStatus>
{
    public ArrangementStatusType()
    {
        Name = "ArrangementStatus";
        Description = "Draft, concept (sent to the regions), final (regions decide), ended (rule L2).";
    }
}

/// <summary>An arrangement's kind (rule L6).</summary>
internal sealed class ArrangementKindType : EnumerationGraphType<ArrangementKind>
{
    public ArrangementKindType()
    {
        Name = "ArrangementKind";
        Description = "Municipal, or joint with UWV (the pilot, rule L6).";
    }
}

/// <summary>A region's participation in a final arrangement (rule L3).</summary>
internal sealed class RegionParticipationType : EnumerationGraphType<RegionParticipation>
{
    public RegionParticipationType()
    {
        Name = "RegionParticipation";
        Description = "Pending, joined or declined: each region decides on its own (rule L3).";
    }
}
