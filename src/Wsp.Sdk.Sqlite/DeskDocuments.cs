using NodaTime;
using Wsp.Sdk.Arrangements;
using Wsp.Sdk.Employers;
using Wsp.Sdk.Geography;
using Wsp.Sdk.RegionalProjects;
using Wsp.Sdk.Sectors;

namespace Wsp.Sdk.Sqlite;

// The national desk's stored JSON documents (schema version 2): arrangements with every version, input, decision and
// link; the desk's organisation; the sector employer totals. Plain values only, as in Documents.cs.

internal sealed record ArrangementVersionDocument(int Number, string Terms, int JobOpportunities, Instant At);

internal sealed record RegionalInputDocument(string Region, string Input, int OnVersion, Instant At);

internal sealed record RegionDecisionDocument(string Region, bool Joined, int Version, string DecidedBy, Instant At);

internal sealed record RegionalAgreementDocument(string Region, string Reference);

internal sealed record ArrangementDocument(
    string Id,
    string AccountId,
    string EmployerName,
    string? Employer,
    ArrangementKind Kind,
    string AdvisorId,
    ArrangementStatus Status,
    ArrangementVersionDocument[] Versions,
    RegionalInputDocument[] Inputs,
    RegionDecisionDocument[] Decisions,
    RegionalAgreementDocument[] RegionalAgreements,
    string[] UwvReferences);

internal sealed record AdvisorDocument(string Id, string Name, string[] Sectors, string[] AdoptionRegions);

internal sealed record DeskDocument(Dictionary<string, string> Contacts, AdvisorDocument[] Advisors);

internal sealed record SectorEmployerTotalsDocument(string Region, LocalDate Date, string Source, Dictionary<string, int> EmployersBySector);

internal sealed record RegionalProjectDocument(string Id, string Name, string Region, LocalDate From, LocalDate To, string[] Employers, string[] VacancyIds);

/// <summary>Maps the national desk's aggregates to their stored documents and back, through the domain's constructors and <see cref="Arrangement.FromState"/>.</summary>
internal static class DeskDocuments
{
    public static string ToJson(Arrangement arrangement) => Documents.Serialize(new ArrangementDocument(
        arrangement.Id,
        arrangement.AccountId,
        arrangement.EmployerName,
        arrangement.Employer?.ToString(),
        arrangement.Kind,
        arrangement.AdvisorId,
        arrangement.Status,
        [.. arrangement.Versions.Select(v => new ArrangementVersionDocument(v.Number, v.Terms, v.JobOpportunities, v.At))],
        [.. arrangement.Inputs.Select(i => new RegionalInputDocument(i.Region.ToString(), i.Input, i.OnVersion, i.At))],
        [.. arrangement.Decisions.Select(d => new RegionDecisionDocument(d.Region.ToString(), d.Joined, d.Version, d.DecidedBy, d.At))],
        [.. arrangement.RegionalAgreements.Select(a => new RegionalAgreementDocument(a.Region.ToString(), a.Reference))],
        [.. arrangement.UwvReferences]));

    public static Arrangement ArrangementFromJson(string json)
    {
        var d = Documents.Deserialize<ArrangementDocument>(json);
        return Arrangement.FromState(new ArrangementState
        {
            Id = d.Id,
            AccountId = d.AccountId,
            EmployerName = d.EmployerName,
            Employer = d.Employer is null ? null : KvkNumber.Parse(d.Employer),
            Kind = d.Kind,
            AdvisorId = d.AdvisorId,
            Status = d.Status,
            Versions = [.. d.Versions.Select(v => new ArrangementVersion(v.Number, v.Terms, v.JobOpportunities, v.At))],
            Inputs = [.. d.Inputs.Select(i => new RegionalInput(RegionCode.Parse(i.Region), i.Input, i.OnVersion, i.At))],
            Decisions = [.. d.Decisions.Select(x => new RegionDecision(RegionCode.Parse(x.Region), x.Joined, x.Version, x.DecidedBy, x.At))],
            RegionalAgreements = [.. d.RegionalAgreements.Select(a => new RegionalAgreement(RegionCode.Parse(a.Region), a.Reference))],
            UwvReferences = [.. d.UwvReferences],
        });
    }

    public static string ToJson(NationalDesk desk) => Documents.Serialize(new DeskDocument(
        desk.Contacts.ToDictionary(c => c.Key.ToString(), c => c.Value, StringComparer.Ordinal),
        [.. desk.Advisors.Values.OrderBy(a => a.Id, StringComparer.Ordinal).Select(a => new AdvisorDocument(a.Id, a.Name, [.. a.SectorCodes], [.. a.AdoptionRegions.Select(r => r.ToString())]))]));

    public static NationalDesk DeskFromJson(string json)
    {
        var d = Documents.Deserialize<DeskDocument>(json);
        // Restore, not WithContact: a contact registered before its municipality merged still loads (rule L4 judges new contacts only).
        return NationalDesk.Restore(
            d.Contacts.Select(c => KeyValuePair.Create(RegionCode.Parse(c.Key), c.Value)),
            d.Advisors.Select(a => new Advisor(a.Id, a.Name, a.Sectors, a.AdoptionRegions.Select(RegionCode.Parse))));
    }

    public static string ToJson(SectorEmployerTotals totals) => Documents.Serialize(new SectorEmployerTotalsDocument(
        totals.Region.ToString(), totals.Date, totals.Source, totals.EmployersBySector.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal)));

    public static SectorEmployerTotals TotalsFromJson(string json)
    {
        var d = Documents.Deserialize<SectorEmployerTotalsDocument>(json);
        return new SectorEmployerTotals(RegionCode.Parse(d.Region), d.Date, d.Source, d.EmployersBySector);
    }

    public static string ToJson(RegionalProject project) => Documents.Serialize(new RegionalProjectDocument(
        project.Id, project.Name, project.Region.ToString(), project.Period.Start, project.Period.End, [.. project.Employers.Select(e => e.ToString())], [.. project.VacancyIds]));

    public static RegionalProject ProjectFromJson(string json)
    {
        var d = Documents.Deserialize<RegionalProjectDocument>(json);
        return new RegionalProject(d.Id, d.Name, RegionCode.Parse(d.Region), new DateInterval(d.From, d.To), d.Employers.Select(KvkNumber.Parse), d.VacancyIds);
    }
}
