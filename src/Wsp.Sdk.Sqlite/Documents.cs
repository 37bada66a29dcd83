using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;
using Wsp.Sdk.Employers;
using Wsp.Sdk.Geography;
using Wsp.Sdk.Partners;
using Wsp.Sdk.Placements;
using Wsp.Sdk.Rules;
using Wsp.Sdk.TargetGroups;
using Wsp.Sdk.Vacancies;
using Wsp.Sdk.Visits;

namespace Wsp.Sdk.Sqlite;

// The stored JSON documents (schema version 1): plain values only, so the file does not depend on how the domain's
// types are built. Codes are written as partners write them (GM0503, UWV, BANENAFSPRAAK;YOUTH, H15), instants and
// dates as ISO-8601. Mapping to and from the domain goes through the domain's own constructors and FromState/Restore.

internal sealed record EstablishmentDocument(string Postcode, string Municipality);

// OccurredOn came with schema version 6 (a visit counts at its date), RecordId with version 11 (a retried step finds its
// entry by the record it is about); documents written before have neither.
internal sealed record AuditDocument(Instant At, string Partner, ContactKind Kind, string Note, LocalDate? OccurredOn = null, string? RecordId = null);

// Co-account managers and consent requests (rule H7) came with schema version 6; documents written before have none.
internal sealed record ConsentRequestDocument(string Requester, Instant RequestedAt, string Note, ConsentStatus Status, Instant? AnsweredAt);

internal sealed record AccountDocument(
    string Id,
    string Name,
    string? Kvk,
    EmployerKind Kind,
    string Owner,
    EstablishmentDocument[] Establishments,
    AuditDocument[] AuditTrail,
    StaffCountDocument[]? StaffCounts = null,
    string[]? CoAccountManagers = null,
    ConsentRequestDocument[]? ConsentRequests = null);

// Staff counts (rule H5) came with schema version 4; a document written before has none (null).
internal sealed record StaffCountDocument(LocalDate Date, int Employees, string SectorCode, string Source);

internal sealed record ReferralDocument(string Candidate, string ReferredBy, string TargetGroups, Instant ProposedAt);

internal sealed record PlacementDocument(
    string Id,
    string Employer,
    string Municipality,
    string SectorCode,
    string Candidate,
    string BookingPartner,
    string TargetGroups,
    LocalDate Start,
    LocalDate? End,
    decimal HoursPerWeek,
    EmployerKind EmployerKind,
    string? ArrangementId);

internal sealed record HandoverDocument(string From, string To, Instant At, string Rule);

internal sealed record VacancyDocument(
    string Id,
    string AccountId,
    string Employer,
    EmployerKind EmployerKind,
    EstablishmentDocument Establishment,
    string Owner,
    string Title,
    string SectorCode,
    Instant ReceivedAt,
    Instant RegisteredAt,
    LocalDate ExpiresOn,
    bool PublicationOpen,
    string PublicationText,
    int Positions,
    string TargetGroups,
    SelectionCriteria Selection,
    string? CoProductionId,
    string? DuplicatedFrom,
    VacancyStatus Status,
    int Workplaces,
    ReferralDocument[] Referrals,
    PlacementDocument[] Placements,
    HandoverDocument[] Handovers,
    VacancyCloseReason? CloseReason = null,
    VacancyChangeDocument[]? Corrections = null,
    ReferralDocument[]? OriginReferrals = null);

// Close reasons and corrections came with schema version 6, a duplicate's referrals on the vacancy it duplicates
// (rule H15) with version 7; documents written before have none (null).
internal sealed record VacancyChangeDocument(Instant At, string Partner, string Field, string From, string To);

internal sealed record VisitDocument(string Id, string AccountId, string Partner, LocalDate Date, string Reason, string CompanyActivities, string Agreements);

/// <summary>Maps the domain's aggregates to their stored documents and back.</summary>
internal static class Documents
{
    private static readonly JsonSerializerOptions s_options = CreateOptions();

    private static readonly Dictionary<string, RuleId> s_rules = typeof(RuleId)
        .GetProperties(BindingFlags.Public | BindingFlags.Static)
        .Where(p => p.PropertyType == typeof(RuleId))
        .Select(p => (RuleId)p.GetValue(null)!)
        .ToDictionary(r => r.Value, StringComparer.Ordinal);

    public static string Serialize<T>(T document) => JsonSerializer.Serialize(document, s_options);

    public static T Deserialize<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, s_options) ?? throw new JsonException($"The stored document is null, not a {typeof(T).Name}.");

    public static string ToJson(EmployerAccount account) => Serialize(new AccountDocument(
        account.Id,
        account.Name,
        account.Kvk?.ToString(),
        account.Kind,
        account.Owner.ToString(),
        [.. account.Establishments.Select(Of)],
        [.. account.AuditTrail.Select(e => new AuditDocument(e.At, e.Partner.ToString(), e.Kind, e.Note, e.OccurredOn, e.RecordId))],
        account.StaffCounts.Count == 0 ? null : [.. account.StaffCounts.Select(c => new StaffCountDocument(c.Date, c.Employees, c.SectorCode, c.Source))],
        account.CoAccountManagers.Count == 0 ? null : [.. account.CoAccountManagers.Select(p => p.ToString())],
        account.ConsentRequests.Count == 0 ? null : [.. account.ConsentRequests.Select(r => new ConsentRequestDocument(r.Requester.ToString(), r.RequestedAt, r.Note, r.Status, r.AnsweredAt))]));

    public static EmployerAccount AccountFromJson(string json)
    {
        var d = Deserialize<AccountDocument>(json);
        return EmployerAccount.FromState(new EmployerAccountState
        {
            Id = d.Id,
            Name = d.Name,
            Kvk = d.Kvk is null ? null : KvkNumber.Parse(d.Kvk),
            Kind = d.Kind,
            Owner = BookingPartner.Parse(d.Owner),
            Establishments = [.. d.Establishments.Select(ToEstablishment)],
            AuditTrail = [.. d.AuditTrail.Select(e => new AuditEntry(e.At, BookingPartner.Parse(e.Partner), e.Kind, e.Note) { OccurredOn = e.OccurredOn, RecordId = e.RecordId })],
            StaffCounts = [.. (d.StaffCounts ?? []).Select(c => new EmployerStaffCount(c.Date, c.Employees, c.SectorCode, c.Source))],
            CoAccountManagers = [.. (d.CoAccountManagers ?? []).Select(BookingPartner.Parse)],
            ConsentRequests = [.. (d.ConsentRequests ?? []).Select(r => new ConsentRequest(BookingPartner.Parse(r.Requester), r.RequestedAt, r.Note, r.Status, r.AnsweredAt))],
        });
    }

    public static string ToJson(Vacancy vacancy) => Serialize(new VacancyDocument(
        vacancy.Id,
        vacancy.AccountId,
        vacancy.Employer.ToString(),
        vacancy.EmployerKind,
        Of(vacancy.Establishment),
        vacancy.Owner.ToString(),
        vacancy.Title,
        vacancy.SectorCode,
        vacancy.ReceivedAt,
        vacancy.RegisteredAt,
        vacancy.ExpiresOn,
        vacancy.Publication.IsOpen,
        vacancy.Publication.Text,
        vacancy.Positions,
        vacancy.TargetGroups.ToString(),
        vacancy.Selection,
        vacancy.CoProductionId,
        vacancy.DuplicatedFrom,
        vacancy.Status,
        vacancy.Workplaces,
        [.. vacancy.Referrals.Select(Of)],
        [.. vacancy.Placements.Select(p => new PlacementDocument(
            p.Id,
            p.Employer.ToString(),
            p.Municipality.Code.ToString(),
            p.SectorCode,
            p.Candidate.Value,
            p.BookingPartner.ToString(),
            p.TargetGroups.ToString(),
            p.Start,
            p.End,
            p.HoursPerWeek,
            p.EmployerKind,
            p.ArrangementId))],
        [.. vacancy.Handovers.Select(h => new HandoverDocument(h.From.ToString(), h.To.ToString(), h.At, h.Rule.Value))],
        vacancy.CloseReason,
        vacancy.Corrections.Count == 0 ? null : [.. vacancy.Corrections.Select(c => new VacancyChangeDocument(c.At, c.Partner.ToString(), c.Field, c.From, c.To))],
        vacancy.OriginReferrals.Count == 0 ? null : [.. vacancy.OriginReferrals.Select(Of)]));

    public static Vacancy VacancyFromJson(string json)
    {
        var d = Deserialize<VacancyDocument>(json);
        var employer = KvkNumber.Parse(d.Employer);
        return Vacancy.FromState(new VacancyState
        {
            Id = d.Id,
            AccountId = d.AccountId,
            Employer = employer,
            EmployerKind = d.EmployerKind,
            Establishment = ToEstablishment(d.Establishment),
            Owner = BookingPartner.Parse(d.Owner),
            Title = d.Title,
            SectorCode = d.SectorCode,
            ReceivedAt = d.ReceivedAt,
            RegisteredAt = d.RegisteredAt,
            ExpiresOn = d.ExpiresOn,
            Publication = d.PublicationOpen ? Publication.Open(d.PublicationText) : Publication.Blocked(d.PublicationText),
            Positions = d.Positions,
            TargetGroups = Groups(d.TargetGroups),
            Selection = d.Selection,
            CoProductionId = d.CoProductionId,
            DuplicatedFrom = d.DuplicatedFrom,
            Status = d.Status,
            Workplaces = d.Workplaces,
            Referrals = [.. d.Referrals.Select(ToReferral)],
            OriginReferrals = [.. (d.OriginReferrals ?? []).Select(ToReferral)],
            Placements = [.. d.Placements.Select(p => new Placement(
                p.Id,
                d.Id,
                KvkNumber.Parse(p.Employer),
                Gazetteer.Default.GetMunicipality(MunicipalityCode.Parse(p.Municipality)),
                p.SectorCode,
                CandidateReference.Create(p.Candidate),
                BookingPartner.Parse(p.BookingPartner),
                Groups(p.TargetGroups),
                p.Start,
                p.End,
                p.HoursPerWeek,
                p.EmployerKind,
                p.ArrangementId))],
            Handovers = [.. d.Handovers.Select(h => new VacancyHandover(BookingPartner.Parse(h.From), BookingPartner.Parse(h.To), h.At, Rule(h.Rule)))],
            CloseReason = d.CloseReason,
            Corrections = [.. (d.Corrections ?? []).Select(c => new VacancyChange(c.At, BookingPartner.Parse(c.Partner), c.Field, c.From, c.To))],
        });
    }

    public static string ToJson(CompanyVisit visit) => Serialize(new VisitDocument(
        visit.Id, visit.AccountId, visit.Partner.ToString(), visit.Date, visit.Report.Reason, visit.Report.CompanyActivities, visit.Report.Agreements));

    public static CompanyVisit VisitFromJson(string json)
    {
        var d = Deserialize<VisitDocument>(json);
        return new CompanyVisit(d.Id, d.AccountId, BookingPartner.Parse(d.Partner), d.Date, new VisitReport(d.Reason, d.CompanyActivities, d.Agreements));
    }

    private static TargetGroupSet Groups(string text) => text.Length == 0 ? TargetGroupSet.Empty : TargetGroupSet.Parse(text);

    private static RuleId Rule(string text) =>
        s_rules.TryGetValue(text, out var rule) ? rule : throw new JsonException($"'{text}' is not a rule id.");

    private static ReferralDocument Of(Referral r) => new(r.Candidate.Value, r.ReferredBy.ToString(), r.TargetGroups.ToString(), r.ProposedAt);

    private static Referral ToReferral(ReferralDocument r) => new(CandidateReference.Create(r.Candidate), BookingPartner.Parse(r.ReferredBy), Groups(r.TargetGroups), r.ProposedAt);

    private static EstablishmentDocument Of(Establishment e) => new(e.Postcode.Value, e.Municipality.Code.ToString());

    private static Establishment ToEstablishment(EstablishmentDocument d) =>
        new(Postcode.Parse(d.Postcode), Gazetteer.Default.GetMunicipality(MunicipalityCode.Parse(d.Municipality)));

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        };
        options.Converters.Add(new JsonStringEnumConverter());
        options.Converters.Add(NodaConverters.InstantConverter);
        options.Converters.Add(NodaConverters.LocalDateConverter);
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
