using GraphQL.Types;
using NodaTime;
using Wsp.Sdk.Counting;
using Wsp.Sdk.Disclosure;
using Wsp.Sdk.ManagementInformation;
using Wsp.Sdk.RegionalProjects;
using Wsp.Sdk.Sectors;

namespace Wsp.Gateway.Schema;

/// <summary>The GraphQL type of coverage by sector (dekkingsgraad per sector, rule H5), rendered as disclosed for the caller.</summary>
internal sealed class CoverageReportType : ObjectGraphType<DisclosedCoverage>
{
    public CoverageReportType()
    {
        Name = "CoverageBySector";
        Description = "Employers with 10 or more staff in contact against all employers per sector (rule H5); the totals are stored input data with their source and date.";
        Field<NonNullGraphType<StringGraphType>>("figure").Resolve(c => c.Source.Result.Figure.ToString());
        Field<NonNullGraphType<StringGraphType>>("definition").Resolve(c => c.Source.Result.Definition.ToString());
        Field<NonNullGraphType<StringGraphType>>("region").Resolve(c => c.Source.Result.Region.ToString());
        Field<NonNullGraphType<StringGraphType>>("totalsDate").Resolve(c => Iso.Date(c.Source.Result.TotalsDate));
        Field<NonNullGraphType<StringGraphType>>("totalsSource").Resolve(c => c.Source.Result.TotalsSource);
        Field<IntGraphType>("contactsOutsideTotals").Description("Contacts in sectors without a stored total: shown apart, never guessed. " + DisclosedCounts.Withheld).Resolve(c => c.Source.ContactsOutsideTotals.Count);
        this.AddSuppressedField("contactsOutsideTotals is", r => r.ContactsOutsideTotals.Suppression, "contactsOutsideTotalsSuppressed");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SectorCoverageType>>>>("sectors").Resolve(c => c.Source.Sectors);
        Field<NonNullGraphType<BooleanGraphType>>("contactsFromRecords").Description("Whether the employers in contact were derived from the stored records (true) or given (false).").Resolve(c => c.Source.Result.DerivedContacts is not null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("accountsWithoutStaffCount").Description("Accounts in contact without a recorded staff count (or KvK number) at the date: not counted, never guessed; empty when the contacts were given, and always for the ministry (no record id reaches it).").Resolve(c => c.Source.Result.DerivedContacts?.AccountsWithoutStaffCount ?? []);
        Field<IntGraphType>("accountsWithoutStaffCountTotal").Description("How many accounts in contact lack a staff count; null when the contacts were given. " + DisclosedCounts.Withheld).Resolve(c => c.Source.AccountsWithoutStaffCount?.Count);
        this.AddSuppressedField("accountsWithoutStaffCountTotal is", r => r.AccountsWithoutStaffCount?.Suppression ?? SuppressionKind.None, "accountsWithoutStaffCountSuppressed");
        this.AddDisclosureField(r => r.Disclosure);
    }
}

/// <summary>The GraphQL type of one sector's coverage.</summary>
internal sealed class SectorCoverageType : ObjectGraphType<DisclosedSectorCoverage>
{
    public SectorCoverageType()
    {
        Name = "SectorCoverage";
        Description = "One sector's employers in contact against all its employers in the region (rule H5).";
        Field<NonNullGraphType<StringGraphType>>("sectorCode").Resolve(c => c.Source.Group.SectorCode);
        Field<IntGraphType>("employersInContact").Description(DisclosedCounts.Withheld).Resolve(c => c.Source.EmployersInContact.Count);
        this.AddSuppressedField("employersInContact is", s => s.EmployersInContact.Suppression, "employersInContactSuppressed");
        Field<IntGraphType>("employersInRegion").Description(DisclosedCounts.Withheld).Resolve(c => c.Source.EmployersInRegion.Count);
        this.AddSuppressedField("employersInRegion is", s => s.EmployersInRegion.Suppression, "employersInRegionSuppressed");
        Field<FloatGraphType>("ratio").Description("employersInContact / employersInRegion; null when either is withheld or the region has none.").Resolve(c => (double?)c.Source.Ratio);
    }
}

/// <summary>The fields of <c>EmployerContactInput</c> as GraphQL gives them.</summary>
internal sealed class EmployerContactInput
{
    public string Kvk { get; init; } = "";

    public string SectorCode { get; init; } = "";

    public int Employees { get; init; }

    public EmployerContact ToContact() => new(InputValues.Kvk(Kvk, "kvk")!.Value, SectorCode, Employees);
}

/// <summary>An employer in contact, as input to <c>coverageBySector</c> (the store keeps no staff counts).</summary>
internal sealed class EmployerContactInputType : InputObjectGraphType<EmployerContactInput>
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

/// <summary>The fields of <c>SectorTotalInput</c> as GraphQL gives them.</summary>
internal sealed class SectorTotalInput
{
    public string SectorCode { get; init; } = "";

    public int Employers { get; init; }
}

/// <summary>A sector's employer total, as input to <c>recordSectorEmployerTotals</c>.</summary>
internal sealed class SectorTotalInputType : InputObjectGraphType<SectorTotalInput>
{
    public SectorTotalInputType()
    {
        Name = "SectorTotalInput";
        Field<NonNullGraphType<StringGraphType>>("sectorCode");
        Field<NonNullGraphType<IntGraphType>>("employers");
    }
}

/// <summary>The fields of <c>RecordSectorEmployerTotalsInput</c> as GraphQL gives them.</summary>
internal sealed class RecordSectorEmployerTotalsInput
{
    public string Region { get; init; } = "";

    public string Date { get; init; } = "";

    public string Source { get; init; } = "";

    public List<SectorTotalInput> Sectors { get; init; } = [];

    public SectorEmployerTotals ToTotals()
    {
        var sectors = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var sector in Sectors)
        {
            sectors[sector.SectorCode] = InputValues.NotNegative(sector.Employers, "employers");
        }

        return new SectorEmployerTotals(InputValues.Region(Region, "region"), Iso.ParseDate(Date, "date"), Source, sectors);
    }
}

/// <summary>Input of <c>recordSectorEmployerTotals</c> (werkgeverstotalen per sector, rule H5).</summary>
internal sealed class RecordSectorEmployerTotalsInputType : InputObjectGraphType<RecordSectorEmployerTotalsInput>
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

/// <summary>The fields of <c>RegionalProjectInput</c> as GraphQL gives them.</summary>
internal sealed class RegionalProjectInput
{
    public string Id { get; init; } = "";

    public string Name { get; init; } = "";

    public string Region { get; init; } = "";

    public string From { get; init; } = "";

    public string To { get; init; } = "";

    public List<string>? EmployerKvks { get; init; }

    public List<string>? VacancyIds { get; init; }

    /// <summary>The project; shared with the ad-hoc projects of <c>regionalProjectPlacements</c>.</summary>
    public RegionalProject ToProject() => RegionalProjectInputs.Project(Id, Name, Region, From, To, EmployerKvks, VacancyIds);
}

/// <summary>A regional project, as input to <c>recordRegionalProject</c> and to <c>regionalProjectPlacements</c> for a what-if.</summary>
internal sealed class RegionalProjectInputType : InputObjectGraphType<RegionalProjectInput>
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

/// <summary>One regional project's placements as disclosed: its total is the figure's row total, its partners the row's groups.</summary>
internal sealed record DisclosedProjectCount(RegionalProjectCount Project, SuppressedEntry Placements, IReadOnlyList<SuppressedGroup<RegionalProjectCount>> ByPartner, FigureDisclosure Disclosure)
{
    public static IReadOnlyList<DisclosedProjectCount> Of(DisclosedFigure<IReadOnlyList<RegionalProjectCount>, RegionalProjectCount> figure) =>
        [.. figure.Result.Select(p => new DisclosedProjectCount(p, figure.RowTotal(p.ProjectId), figure.GroupsOfRow(p.ProjectId), figure.Disclosure))];
}

/// <summary>The GraphQL type of a regional project's placements.</summary>
internal sealed class RegionalProjectCountType : ObjectGraphType<DisclosedProjectCount>
{
    public RegionalProjectCountType()
    {
        Name = "RegionalProjectPlacements";
        Description = "Placements realised under a regional project, per partner (rule H6).";
        Field<NonNullGraphType<StringGraphType>>("figure").Resolve(c => c.Source.Project.Figure.ToString());
        Field<NonNullGraphType<StringGraphType>>("projectId").Resolve(c => c.Source.Project.ProjectId);
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Project.Name);
        Field<NonNullGraphType<StringGraphType>>("region").Resolve(c => c.Source.Project.Region.ToString());
        Field<IntGraphType>("placements").Description(DisclosedCounts.Withheld).Resolve(c => c.Source.Placements.Count);
        this.AddSuppressedField("the placements are", p => p.Placements.Suppression);
        this.AddDisclosureField(p => p.Disclosure);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PartnerCountType>>>>("byPartner")
            .Description("The partners with placements in the project; for the ministry those whose counts are published.")
            .Resolve(c => c.Source.ByPartner);
    }
}

/// <summary>The GraphQL type of one partner's placements in a project.</summary>
internal sealed class PartnerCountType : ObjectGraphType<SuppressedGroup<RegionalProjectCount>>
{
    public PartnerCountType()
    {
        Name = "PartnerCount";
        Field<NonNullGraphType<StringGraphType>>("partner").Resolve(c => c.Source.Column);
        Field<IntGraphType>("placements").Description(DisclosedCounts.Withheld).Resolve(c => c.Source.Count);
        this.AddSuppressedField("the placements are", g => g.Suppression);
    }
}

/// <summary>Reads a regional project from an input's fields (rule H6).</summary>
internal static class RegionalProjectInputs
{
    public static RegionalProject Project(string id, string name, string region, string from, string to, IEnumerable<string>? employerKvks, IEnumerable<string>? vacancyIds)
    {
        var code = InputValues.Region(region, "region");
        var first = Iso.ParseDate(from, "from");
        var last = Iso.ParseDate(to, "to");
        var employers = InputValues.Kvks(employerKvks, "employerKvks");
        return last < first ? throw InputValues.Bad("to", "is before 'from'") : new RegionalProject(id, name, code, new DateInterval(first, last), employers, vacancyIds ?? []);
    }
}
