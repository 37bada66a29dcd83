using GraphQL.Types;
using Wsp.Sdk.Counting;
using Wsp.Sdk.Disclosure;
using Wsp.Sdk.ManagementInformation;
using Wsp.Sdk.Sectors;

namespace Wsp.Gateway.Schema;

/// <summary>The GraphQL type of coverage by sector (dekkingsgraad per sector, rule H5).</summary>
internal sealed class CoverageReportType : ObjectGraphType<CoverageReport>
{
    public CoverageReportType()
    {
        Name = "CoverageBySector";
        Description = "Employers with 10 or more staff in contact against all employers per sector (rule H5); the totals are stored input data with their source and date.";
        Field<NonNullGraphType<StringGraphType>>("figure").Resolve(c => c.Source.Figure.ToString());
        Field<NonNullGraphType<StringGraphType>>("definition").Resolve(c => c.Source.Definition.ToString());
        Field<NonNullGraphType<StringGraphType>>("region").Resolve(c => c.Source.Region.ToString());
        Field<NonNullGraphType<StringGraphType>>("totalsDate").Resolve(c => Iso.Date(c.Source.TotalsDate));
        Field<NonNullGraphType<StringGraphType>>("totalsSource").Resolve(c => c.Source.TotalsSource);
        Field<NonNullGraphType<IntGraphType>>("contactsOutsideTotals").Description("Contacts in sectors without a stored total: shown apart, never guessed.").Resolve(c => c.Source.ContactsOutsideTotals);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SectorCoverageType>>>>("sectors").Resolve(c => c.Source.Sectors);
        Field<NonNullGraphType<BooleanGraphType>>("contactsFromRecords").Description("Whether the employers in contact were derived from the stored records (true) or given (false).").Resolve(c => c.Source.DerivedContacts is not null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("accountsWithoutStaffCount").Description("Accounts in contact without a recorded staff count (or KvK number) at the date: not counted, never guessed; empty when the contacts were given.").Resolve(c => c.Source.DerivedContacts?.AccountsWithoutStaffCount ?? []);
    }
}

/// <summary>The GraphQL type of one sector's coverage.</summary>
internal sealed class SectorCoverageType : ObjectGraphType<SectorCoverage>
{
    public SectorCoverageType()
    {
        Name = "SectorCoverage";
        Description = "One sector's employers in contact against all its employers in the region (rule H5).";
        Field<NonNullGraphType<StringGraphType>>("sectorCode").Resolve(c => c.Source.SectorCode);
        Field<NonNullGraphType<IntGraphType>>("employersInContact").Resolve(c => c.Source.EmployersInContact);
        Field<NonNullGraphType<IntGraphType>>("employersInRegion").Resolve(c => c.Source.EmployersInRegion);
        Field<FloatGraphType>("ratio").Resolve(c => (double?)c.Source.Ratio);
    }
}

/// <summary>An employer in contact, as input to <c>coverageBySector</c> (the store keeps no staff counts).</summary>
internal sealed class EmployerContactInputType : InputObjectGraphType
{
    public EmployerContactInputType()
    {
        Name = "EmployerContactInput";
        Description = "An employer in contact with its sector and staff count (rule H5).";
        Field<NonNullGraphType<StringGraphType>>("kvk");
        Field<NonNullGraphType<StringGraphType>>("sectorCode");
        Field<NonNullGraphType<IntGraphType>>("employees");
    }
}

/// <summary>A sector's employer total, as input to <c>recordSectorEmployerTotals</c>.</summary>
internal sealed class SectorTotalInputType : InputObjectGraphType
{
    public SectorTotalInputType()
    {
        Name = "SectorTotalInput";
        Field<NonNullGraphType<StringGraphType>>("sectorCode");
        Field<NonNullGraphType<IntGraphType>>("employers");
    }
}

/// <summary>Input of <c>recordSectorEmployerTotals</c> (werkgeverstotalen per sector, rule H5).</summary>
internal sealed class RecordSectorEmployerTotalsInputType : InputObjectGraphType
{
    public RecordSectorEmployerTotalsInputType()
    {
        Name = "RecordSectorEmployerTotalsInput";
        Field<NonNullGraphType<StringGraphType>>("region");
        Field<NonNullGraphType<StringGraphType>>("date").Description("The date the totals describe (ISO).");
        Field<NonNullGraphType<StringGraphType>>("source").Description("Where they come from, for example 'LISA 2025'.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SectorTotalInputType>>>>("sectors");
    }
}

/// <summary>What <c>recordSectorEmployerTotals</c> answers.</summary>
internal sealed class SectorEmployerTotalsType : ObjectGraphType<SectorEmployerTotals>
{
    public SectorEmployerTotalsType()
    {
        Name = "SectorEmployerTotals";
        Description = "All employers per sector in a region at a date, with their source (rule H5).";
        Field<NonNullGraphType<StringGraphType>>("region").Resolve(c => c.Source.Region.ToString());
        Field<NonNullGraphType<StringGraphType>>("date").Resolve(c => Iso.Date(c.Source.Date));
        Field<NonNullGraphType<StringGraphType>>("source").Resolve(c => c.Source.Source);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SectorTotalType>>>>("sectors").Resolve(c => c.Source.EmployersBySector.OrderBy(p => p.Key, StringComparer.Ordinal).ToArray());
    }
}

/// <summary>One sector's total.</summary>
internal sealed class SectorTotalType : ObjectGraphType<KeyValuePair<string, int>>
{
    public SectorTotalType()
    {
        Name = "SectorTotal";
        Field<NonNullGraphType<StringGraphType>>("sectorCode").Resolve(c => c.Source.Key);
        Field<NonNullGraphType<IntGraphType>>("employers").Resolve(c => c.Source.Value);
    }
}

/// <summary>A regional project, as input to <c>recordRegionalProject</c> and to <c>regionalProjectPlacements</c> for a what-if.</summary>
internal sealed class RegionalProjectInputType : InputObjectGraphType
{
    public RegionalProjectInputType()
    {
        Name = "RegionalProjectInput";
        Description = "A regional project (regionaal project) with its period, employers and vacancies (rule H6).";
        Field<NonNullGraphType<StringGraphType>>("id");
        Field<NonNullGraphType<StringGraphType>>("name");
        Field<NonNullGraphType<StringGraphType>>("region");
        Field<NonNullGraphType<StringGraphType>>("from");
        Field<NonNullGraphType<StringGraphType>>("to");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("employerKvks");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("vacancyIds");
    }
}

/// <summary>The GraphQL type of a regional project's placements.</summary>
internal sealed class RegionalProjectCountType : ObjectGraphType<RegionalProjectCount>
{
    public RegionalProjectCountType()
    {
        Name = "RegionalProjectPlacements";
        Description = "Placements realised under a regional project, per partner (rule H6).";
        Field<NonNullGraphType<StringGraphType>>("figure").Resolve(c => c.Source.Figure.ToString());
        Field<NonNullGraphType<StringGraphType>>("projectId").Resolve(c => c.Source.ProjectId);
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<StringGraphType>>("region").Resolve(c => c.Source.Region.ToString());
        Field<IntGraphType>("placements").Description(JobAgreementStockType.Withheld).Resolve(c => Total(c) is { } t ? t.Count : c.Source.Placements);
        this.AddSuppressedField("the placements are", c => Total(c)?.Suppression ?? SuppressionKind.None);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PartnerCountType>>>>("byPartner").Resolve(c => MinistrySuppression.Figure<RegionalProjectCount>(c, c.Source) is { } figure
            ? figure.Groups.Where(g => ReferenceEquals(g.Group, c.Source)).Select(g => new PartnerCount(g.Column, g.Count, g.Suppression)).ToArray()
            : c.Source.ByPartner.OrderBy(p => p.Key.ToString(), StringComparer.Ordinal).Select(p => new PartnerCount(p.Key.ToString(), p.Value, SuppressionKind.None)).ToArray());
    }

    private static SuppressedEntry? Total(GraphQL.IResolveFieldContext<RegionalProjectCount> context) =>
        MinistrySuppression.Figure<RegionalProjectCount>(context, context.Source)?.RowTotal(context.Source.ProjectId);
}

/// <summary>Placements of one partner, null when withheld for the ministry.</summary>
internal sealed record PartnerCount(string Partner, int? Placements, SuppressionKind Suppressed);

/// <summary>The GraphQL type of <see cref="PartnerCount"/>.</summary>
internal sealed class PartnerCountType : ObjectGraphType<PartnerCount>
{
    public PartnerCountType()
    {
        Name = "PartnerCount";
        Field<NonNullGraphType<StringGraphType>>("partner").Resolve(c => c.Source.Partner);
        Field<IntGraphType>("placements").Description(JobAgreementStockType.Withheld).Resolve(c => c.Source.Placements);
        this.AddSuppressedField("the placements are", c => c.Source.Suppressed);
    }
}
