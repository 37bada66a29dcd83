using GraphQL.Types;
using Wsp.Sdk.Arrangements;

namespace Wsp.Gateway.Schema;

/// <summary>
/// The GraphQL type of a national arrangement (landelijke afspraak, rules L1–L3, L6) as the caller may see it (the SDK's
/// <see cref="ArrangementView"/>): its terms, and only the regions' parts the caller may read.
/// </summary>
internal sealed class ArrangementType : ObjectGraphType<ArrangementView>
{
    public ArrangementType()
    {
        Name = "Arrangement";
        Description = "A national arrangement (landelijke afspraak) with a national employer, drafted by the national desk (rules L1–L3, L6).";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Arrangement.Id);
        Field<NonNullGraphType<ArrangementStatusType>>("status").Resolve(c => c.Source.Arrangement.Status);
        Field<NonNullGraphType<ArrangementKindType>>("kind").Description("Municipal, or joint with UWV (the pilot, rule L6).").Resolve(c => c.Source.Arrangement.Kind);
        Field<NonNullGraphType<StringGraphType>>("employerName").Resolve(c => c.Source.Arrangement.EmployerName);
        Field<StringGraphType>("employerKvk").Resolve(c => c.Source.Arrangement.Employer?.ToString());
        Field<NonNullGraphType<IdGraphType>>("employerId").Description("The employer account the arrangement is with.").Resolve(c => c.Source.Arrangement.AccountId);
        Field<BooleanGraphType>("isNationalEmployer")
            .Description("Derived from the account's establishments: four or more regions (rule L1); null when the account is gone.")
            .Resolve(c => c.Loaders().NationalEmployers.Load(c.Source.Arrangement.AccountId).Then(national => (bool?)national));
        Field<EmployerType>("employer")
            .Description("The employer account, when the partner may read its home region's records.")
            .Resolve(c => c.LoadReadableEmployer(c.Source.Arrangement.AccountId));
        Field<NonNullGraphType<StringGraphType>>("advisorId").Description("The desk's advisor who manages it (rule L4).").Resolve(c => c.Source.Arrangement.AdvisorId);
        Field<AdvisorType>("advisor")
            .Description("The managing advisor with sectors and adoption regions (rule L4); null when the desk no longer lists the advisor.")
            .ResolveAsync(async c => (await c.Client().GetNationalDeskAsync(c.CancellationToken).ConfigureAwait(false)).Advisors.GetValueOrDefault(c.Source.Arrangement.AdvisorId));
        Field<NonNullGraphType<IntGraphType>>("jobOpportunities").Description("Job opportunities in the current version.").Resolve(c => c.Source.Arrangement.Current.JobOpportunities);
        Field<NonNullGraphType<BooleanGraphType>>("meetsPreferredJobOpportunities")
            .Description($"At least {Arrangement.PreferredJobOpportunities} job opportunities for the broad target group: the desk's preference, shown, not enforced (rule L1).")
            .Resolve(c => c.Source.Arrangement.MeetsPreferredJobOpportunities);
        Field<NonNullGraphType<ArrangementVersionType>>("currentVersion").Resolve(c => c.Source.Arrangement.Current);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ArrangementVersionType>>>>("versions").Description("Every version, oldest first; each region's decision names the version it signed.").Resolve(c => c.Source.Arrangement.Versions);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RegionalInputType>>>>("regionalInput")
            .Description("The regions' input on the concept (rule L2), in the regions the partner may read.")
            .Resolve(c => c.Source.Inputs);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RegionStandingType>>>>("regions")
            .Description("Each region's standing once the arrangement is final (pending, joined, declined) and the version it signed (rules L2, L3), in the regions the partner may read.")
            .Resolve(c => c.Source.Standings);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RegionalAgreementType>>>>("regionalAgreements")
            .Description("Existing regional agreements linked and kept (rule L2), in the regions the partner may read.")
            .Resolve(c => c.Source.RegionalAgreements);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("uwvReferences").Description("UWV's national arrangements referenced (rule L6).").Resolve(c => c.Source.Arrangement.UwvReferences);
    }
}

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
