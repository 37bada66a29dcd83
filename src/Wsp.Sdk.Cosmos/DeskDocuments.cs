using Newtonsoft.Json;
using Wsp.Sdk.Arrangements;
using Wsp.Sdk.Employers;
using Wsp.Sdk.Geography;
using Wsp.Sdk.RegionalProjects;
using Wsp.Sdk.Sectors;

namespace Wsp.Sdk.Cosmos;

// The national desk's documents as stored (camelCase names written out, instants and dates as fixed-width ISO strings,
// as in Documents.cs). An arrangement keeps what lists filter on at top level (status, advisor, the regions that joined
// and declined), the rest under state.

/// <summary>A national arrangement, partitioned by the employer's account.</summary>
internal sealed class ArrangementDocument
{
    [JsonProperty("id")] public string Id { get; set; } = "";
    [JsonProperty("accountId")] public string AccountId { get; set; } = "";
    [JsonProperty("advisorId")] public string AdvisorId { get; set; } = "";
    [JsonProperty("status")] public string Status { get; set; } = "";
    [JsonProperty("joinedRegions")] public List<string> JoinedRegions { get; set; } = [];
    [JsonProperty("declinedRegions")] public List<string> DeclinedRegions { get; set; } = [];
    [JsonProperty("state")] public ArrangementStateDocument State { get; set; } = new();
}

internal sealed class ArrangementStateDocument
{
    [JsonProperty("employerName")] public string EmployerName { get; set; } = "";
    [JsonProperty("employer")] public string? Employer { get; set; }
    [JsonProperty("kind")] public string Kind { get; set; } = "";
    [JsonProperty("versions")] public List<ArrangementVersionDocument> Versions { get; set; } = [];
    [JsonProperty("inputs")] public List<RegionalInputDocument> Inputs { get; set; } = [];
    [JsonProperty("decisions")] public List<RegionDecisionDocument> Decisions { get; set; } = [];
    [JsonProperty("regionalAgreements")] public List<RegionalAgreementDocument> RegionalAgreements { get; set; } = [];
    [JsonProperty("uwvReferences")] public List<string> UwvReferences { get; set; } = [];
}

internal sealed class ArrangementVersionDocument
{
    [JsonProperty("number")] public int Number { get; set; }
    [JsonProperty("terms")] public string Terms { get; set; } = "";
    [JsonProperty("jobOpportunities")] public int JobOpportunities { get; set; }
    [JsonProperty("at")] public string At { get; set; } = "";
}

internal sealed class RegionalInputDocument
{
    [JsonProperty("region")] public string Region { get; set; } = "";
    [JsonProperty("input")] public string Input { get; set; } = "";
    [JsonProperty("onVersion")] public int OnVersion { get; set; }
    [JsonProperty("at")] public string At { get; set; } = "";
}

internal sealed class RegionDecisionDocument
{
    [JsonProperty("region")] public string Region { get; set; } = "";
    [JsonProperty("joined")] public bool Joined { get; set; }
    [JsonProperty("version")] public int Version { get; set; }
    [JsonProperty("decidedBy")] public string DecidedBy { get; set; } = "";
    [JsonProperty("at")] public string At { get; set; } = "";
}

internal sealed class RegionalAgreementDocument
{
    [JsonProperty("region")] public string Region { get; set; } = "";
    [JsonProperty("reference")] public string Reference { get; set; } = "";
}

/// <summary>The desk's organisation: one document, partitioned by its id; contacts keyed by region.</summary>
internal sealed class DeskDocument
{
    [JsonProperty("id")] public string Id { get; set; } = "";
    [JsonProperty("contacts")] public Dictionary<string, string> Contacts { get; set; } = [];
    [JsonProperty("advisors")] public List<AdvisorDocument> Advisors { get; set; } = [];
}

internal sealed class AdvisorDocument
{
    [JsonProperty("id")] public string Id { get; set; } = "";
    [JsonProperty("name")] public string Name { get; set; } = "";
    [JsonProperty("sectors")] public List<string> Sectors { get; set; } = [];
    [JsonProperty("adoptionRegions")] public List<string> AdoptionRegions { get; set; } = [];
}

/// <summary>Sector employer totals of a region at a date, partitioned by region; the id is the date.</summary>
internal sealed class SectorEmployerTotalsDocument
{
    [JsonProperty("id")] public string Id { get; set; } = "";
    [JsonProperty("regionCode")] public string RegionCode { get; set; } = "";
    [JsonProperty("date")] public string Date { get; set; } = "";
    [JsonProperty("source")] public string Source { get; set; } = "";
    [JsonProperty("employersBySector")] public Dictionary<string, int> EmployersBySector { get; set; } = [];
}

/// <summary>A regional project (rule H6), partitioned by region; its id is the project's id, unique within the region.</summary>
internal class RegionalProjectDocument
{
    [JsonProperty("id")] public string Id { get; set; } = "";
    [JsonProperty("regionCode")] public string RegionCode { get; set; } = "";
    [JsonProperty("name")] public string Name { get; set; } = "";
    [JsonProperty("from")] public string From { get; set; } = "";
    [JsonProperty("to")] public string To { get; set; } = "";
    [JsonProperty("employers")] public List<string> Employers { get; set; } = [];
    [JsonProperty("vacancyIds")] public List<string> VacancyIds { get; set; } = [];
}

/// <summary>A regional project as a query returns it, with its ETag (<c>_etag</c>), so a listed project can be corrected.</summary>
internal sealed class VersionedProjectDocument : RegionalProjectDocument
{
    [JsonProperty("_etag")] public string ETag { get; set; } = "";
}

/// <summary>The national desk's aggregates to documents and back, through the domain's constructors.</summary>
internal static class DeskMapping
{
    public const string DeskId = "national-desk";

    public static ArrangementDocument ToDocument(Arrangement arrangement) => new()
    {
        Id = arrangement.Id,
        AccountId = arrangement.AccountId,
        AdvisorId = arrangement.AdvisorId,
        Status = arrangement.Status.ToString(),
        JoinedRegions = [.. arrangement.JoinedRegions.Select(d => d.Region.ToString())],
        DeclinedRegions = [.. arrangement.DeclinedRegions.Select(d => d.Region.ToString())],
        State = new ArrangementStateDocument
        {
            EmployerName = arrangement.EmployerName,
            Employer = arrangement.Employer?.ToString(),
            Kind = arrangement.Kind.ToString(),
            Versions = [.. arrangement.Versions.Select(v => new ArrangementVersionDocument { Number = v.Number, Terms = v.Terms, JobOpportunities = v.JobOpportunities, At = Mapping.Format(v.At) })],
            Inputs = [.. arrangement.Inputs.Select(i => new RegionalInputDocument { Region = i.Region.ToString(), Input = i.Input, OnVersion = i.OnVersion, At = Mapping.Format(i.At) })],
            Decisions = [.. arrangement.Decisions.Select(d => new RegionDecisionDocument { Region = d.Region.ToString(), Joined = d.Joined, Version = d.Version, DecidedBy = d.DecidedBy, At = Mapping.Format(d.At) })],
            RegionalAgreements = [.. arrangement.RegionalAgreements.Select(a => new RegionalAgreementDocument { Region = a.Region.ToString(), Reference = a.Reference })],
            UwvReferences = [.. arrangement.UwvReferences],
        },
    };

    public static Arrangement ToArrangement(ArrangementDocument d) => Arrangement.FromState(new ArrangementState
    {
        Id = d.Id,
        AccountId = d.AccountId,
        EmployerName = d.State.EmployerName,
        Employer = d.State.Employer is null ? null : KvkNumber.Parse(d.State.Employer),
        Kind = Enum.Parse<ArrangementKind>(d.State.Kind),
        AdvisorId = d.AdvisorId,
        Status = Enum.Parse<ArrangementStatus>(d.Status),
        Versions = [.. d.State.Versions.Select(v => new ArrangementVersion(v.Number, v.Terms, v.JobOpportunities, Mapping.ParseInstant(v.At)))],
        Inputs = [.. d.State.Inputs.Select(i => new RegionalInput(RegionCode.Parse(i.Region), i.Input, i.OnVersion, Mapping.ParseInstant(i.At)))],
        Decisions = [.. d.State.Decisions.Select(x => new RegionDecision(RegionCode.Parse(x.Region), x.Joined, x.Version, x.DecidedBy, Mapping.ParseInstant(x.At)))],
        RegionalAgreements = [.. d.State.RegionalAgreements.Select(a => new RegionalAgreement(RegionCode.Parse(a.Region), a.Reference))],
        UwvReferences = [.. d.State.UwvReferences],
    });

    public static DeskDocument ToDocument(NationalDesk desk) => new()
    {
        Id = DeskId,
        Contacts = desk.Contacts.ToDictionary(c => c.Key.ToString(), c => c.Value, StringComparer.Ordinal),
        Advisors = [.. desk.Advisors.Values.OrderBy(a => a.Id, StringComparer.Ordinal).Select(a => new AdvisorDocument
        {
            Id = a.Id,
            Name = a.Name,
            Sectors = [.. a.SectorCodes],
            AdoptionRegions = [.. a.AdoptionRegions.Select(r => r.ToString())],
        })],
    };

    public static NationalDesk ToDesk(DeskDocument d)
    {
        // Restore, not WithContact: a contact registered before its municipality merged still loads (rule L4 judges new contacts only).
        return NationalDesk.Restore(
            d.Contacts.Select(c => KeyValuePair.Create(RegionCode.Parse(c.Key), c.Value)),
            d.Advisors.Select(a => new Advisor(a.Id, a.Name, a.Sectors, a.AdoptionRegions.Select(r => RegionCode.Parse(r)))));
    }

    public static SectorEmployerTotalsDocument ToDocument(SectorEmployerTotals totals) => new()
    {
        Id = Mapping.Format(totals.Date),
        RegionCode = totals.Region.ToString(),
        Date = Mapping.Format(totals.Date),
        Source = totals.Source,
        EmployersBySector = totals.EmployersBySector.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal),
    };

    public static SectorEmployerTotals ToTotals(SectorEmployerTotalsDocument d) =>
        new(RegionCode.Parse(d.RegionCode), Mapping.ParseDate(d.Date), d.Source, d.EmployersBySector);

    public static RegionalProjectDocument ToDocument(RegionalProject project) => new()
    {
        Id = project.Id,
        RegionCode = project.Region.ToString(),
        Name = project.Name,
        From = Mapping.Format(project.Period.Start),
        To = Mapping.Format(project.Period.End),
        Employers = [.. project.Employers.Select(e => e.ToString())],
        VacancyIds = [.. project.VacancyIds],
    };

    public static RegionalProject ToProject(RegionalProjectDocument d) =>
        new(d.Id, d.Name, RegionCode.Parse(d.RegionCode), new NodaTime.DateInterval(Mapping.ParseDate(d.From), Mapping.ParseDate(d.To)), d.Employers.Select(KvkNumber.Parse), d.VacancyIds);
}
