using System.Globalization;
using NodaTime;
using NodaTime.Text;
using Wsp.Sdk.Employers;
using Wsp.Sdk.Geography;
using Wsp.Sdk.Partners;
using Wsp.Sdk.Placements;
using Wsp.Sdk.Rules;
using Wsp.Sdk.Storage;
using Wsp.Sdk.TargetGroups;
using Wsp.Sdk.Vacancies;
using Wsp.Sdk.Visits;

namespace Wsp.Sdk.Cosmos;

/// <summary>Domain values to documents and back. Instants have a fixed width (nanoseconds, UTC), so string order is time order.</summary>
internal static class Mapping
{
    private static readonly InstantPattern s_instant = InstantPattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss'.'fffffffff'Z'");
    private static readonly LocalDatePattern s_date = LocalDatePattern.Iso;

    public static string Format(Instant instant) => s_instant.Format(instant);

    public static string Format(LocalDate date) => s_date.Format(date);

    public static Instant ParseInstant(string text) => s_instant.Parse(text).GetValueOrThrow();

    public static LocalDate ParseDate(string text) => s_date.Parse(text).GetValueOrThrow();

    // Vacancies.
    public static VacancyDocument ToDocument(Vacancy vacancy)
    {
        var summary = VacancySummary.Of(vacancy);
        return new VacancyDocument
        {
            Id = summary.Id,
            RegionCode = summary.RegionCode,
            AccountId = summary.AccountId,
            Owner = summary.Owner,
            SectorCode = summary.SectorCode,
            Title = summary.Title,
            IsOpen = summary.IsOpen,
            IsRegisteredLate = summary.IsRegisteredLate,
            DuplicatedFrom = summary.DuplicatedFrom,
            RegisteredAt = Format(summary.RegisteredAt),
            ExpiresOn = Format(summary.ExpiresOn),
            Workplaces = summary.Workplaces,
            Placements = summary.Placements,
            Referrals = summary.Referrals,
            CoProductionId = summary.CoProductionId,
            IsHandedOver = summary.IsHandedOver,
            State = new VacancyStateDocument
            {
                Employer = vacancy.Employer.ToString(),
                EmployerKind = vacancy.EmployerKind.ToString(),
                Postcode = vacancy.Establishment.Postcode.Value,
                Municipality = vacancy.Establishment.Municipality.Code.ToString(),
                ReceivedAt = Format(vacancy.ReceivedAt),
                PublicationOpen = vacancy.Publication.IsOpen,
                PublicationText = vacancy.Publication.Text,
                Positions = vacancy.Positions,
                TargetGroups = vacancy.TargetGroups.ToString(),
                Selection = (int)vacancy.Selection,
                CoProductionId = vacancy.CoProductionId,
                DuplicatedFrom = vacancy.DuplicatedFrom,
                Status = vacancy.Status.ToString(),
                Referrals = [.. vacancy.Referrals.Select(ToDocument)],
                OriginReferrals = [.. vacancy.OriginReferrals.Select(ToDocument)],
                Placements = [.. vacancy.Placements.Select(p => ToDocument(p, importId: null))],
                Handovers = [.. vacancy.Handovers.Select(h => new HandoverDocument
                {
                    From = h.From.ToString(),
                    To = h.To.ToString(),
                    At = Format(h.At),
                    Rule = h.Rule.Value,
                })],
                CloseReason = vacancy.CloseReason?.ToString(),
                Corrections = vacancy.Corrections.Count == 0 ? null : [.. vacancy.Corrections.Select(c => new VacancyChangeDocument
                {
                    At = Format(c.At),
                    Partner = c.Partner.ToString(),
                    Field = c.Field,
                    From = c.From,
                    To = c.To,
                })],
            },
        };
    }

    public static Vacancy ToVacancy(VacancyDocument document)
    {
        var state = document.State;
        return Vacancy.FromState(new VacancyState
        {
            Id = document.Id,
            AccountId = document.AccountId,
            Employer = KvkNumber.Parse(state.Employer),
            EmployerKind = Enum.Parse<EmployerKind>(state.EmployerKind),
            Establishment = new Establishment(Postcode.Parse(state.Postcode), GetMunicipality(state.Municipality)),
            Owner = BookingPartner.Parse(document.Owner),
            Title = document.Title,
            SectorCode = document.SectorCode,
            ReceivedAt = ParseInstant(state.ReceivedAt),
            RegisteredAt = ParseInstant(document.RegisteredAt),
            ExpiresOn = ParseDate(document.ExpiresOn),
            Publication = state.PublicationOpen ? Publication.Open(state.PublicationText) : Publication.Blocked(state.PublicationText),
            Positions = state.Positions,
            TargetGroups = ParseGroups(state.TargetGroups),
            Selection = (SelectionCriteria)state.Selection,
            CoProductionId = state.CoProductionId,
            DuplicatedFrom = state.DuplicatedFrom,
            Status = Enum.Parse<VacancyStatus>(state.Status),
            Workplaces = document.Workplaces,
            Referrals = [.. state.Referrals.Select(ToReferral)],
            OriginReferrals = [.. state.OriginReferrals.Select(ToReferral)],
            Placements = [.. state.Placements.Select(ToPlacement)],
            Handovers = [.. state.Handovers.Select(h => new VacancyHandover(
                BookingPartner.Parse(h.From),
                BookingPartner.Parse(h.To),
                ParseInstant(h.At),
                ParseRule(h.Rule)))],
            CloseReason = state.CloseReason is { } reason ? Enum.Parse<VacancyCloseReason>(reason) : null,
            Corrections = [.. (state.Corrections ?? []).Select(c => new VacancyChange(ParseInstant(c.At), BookingPartner.Parse(c.Partner), c.Field, c.From, c.To))],
        });
    }

    public static VacancySummary ToSummary(VacancyDocument document)
    {
        // A duplicate written before its summary named its original (rule H15) was marked late when made more than a
        // day after the original's receipt; a duplicate is never late (rule H10).
        var duplicatedFrom = document.DuplicatedFrom ?? document.State.DuplicatedFrom;
        return new()
        {
            Id = document.Id,
            AccountId = document.AccountId,
            RegionCode = document.RegionCode,
            Owner = document.Owner,
            SectorCode = document.SectorCode,
            Title = document.Title,
            IsOpen = document.IsOpen,
            IsRegisteredLate = document.IsRegisteredLate && duplicatedFrom is null,
            DuplicatedFrom = duplicatedFrom,
            RegisteredAt = ParseInstant(document.RegisteredAt),
            ExpiresOn = ParseDate(document.ExpiresOn),
            Workplaces = document.Workplaces,
            Placements = document.Placements,
            Referrals = document.Referrals,
            CoProductionId = document.CoProductionId ?? document.State.CoProductionId,
            IsHandedOver = document.IsHandedOver,
        };
    }

    private static ReferralDocument ToDocument(Referral referral) => new()
    {
        Candidate = referral.Candidate.Value,
        ReferredBy = referral.ReferredBy.ToString(),
        TargetGroups = referral.TargetGroups.ToString(),
        ProposedAt = Format(referral.ProposedAt),
    };

    private static Referral ToReferral(ReferralDocument document) => new(
        CandidateReference.Create(document.Candidate),
        BookingPartner.Parse(document.ReferredBy),
        ParseGroups(document.TargetGroups),
        ParseInstant(document.ProposedAt));

    // Placements.
    public static PlacementDocument ToDocument(Placement placement, string? importId) => new()
    {
        Id = placement.Id,
        RegionCode = placement.Region.Code.ToString(),
        VacancyId = placement.VacancyId,
        Employer = placement.Employer.ToString(),
        Municipality = placement.Municipality.Code.ToString(),
        SectorCode = placement.SectorCode,
        Candidate = placement.Candidate.Value,
        BookingPartner = placement.BookingPartner.ToString(),
        TargetGroups = placement.TargetGroups.ToString(),
        Start = Format(placement.Start),
        End = placement.End is { } end ? Format(end) : null,
        HoursPerWeek = placement.HoursPerWeek.ToString(CultureInfo.InvariantCulture),
        EmployerKind = placement.EmployerKind.ToString(),
        ArrangementId = placement.ArrangementId,
        ImportId = importId,
        RecordKey = Sdk.Counting.RecordKey.Of(placement.Id),
    };

    public static Placement ToPlacement(PlacementDocument document) => new(
        document.Id,
        document.VacancyId,
        KvkNumber.Parse(document.Employer),
        GetMunicipality(document.Municipality),
        document.SectorCode,
        CandidateReference.Create(document.Candidate),
        BookingPartner.Parse(document.BookingPartner),
        ParseGroups(document.TargetGroups),
        ParseDate(document.Start),
        document.End is { } end ? ParseDate(end) : null,
        decimal.Parse(document.HoursPerWeek, NumberStyles.Number, CultureInfo.InvariantCulture),
        Enum.Parse<EmployerKind>(document.EmployerKind),
        document.ArrangementId);

    // Employer accounts.
    public static AccountDocument ToDocument(EmployerAccount account)
    {
        var summary = EmployerAccountSummary.Of(account);
        return new AccountDocument
        {
            Id = summary.Id,
            RegionCode = summary.RegionCode,
            Name = summary.Name,
            NameKey = summary.NameKey,
            Kvk = summary.Kvk,
            Owner = summary.Owner,
            LastContact = Format(summary.LastContact),
            Postcodes = [.. account.Establishments.Select(e => e.Postcode.Value).Distinct(StringComparer.Ordinal)],
            NameKeys = [.. EmployerName.SearchKeysOf(account.Name)],
            PendingConsentRequests = summary.PendingConsentRequests,
            State = new AccountStateDocument
            {
                Kind = account.Kind.ToString(),
                Establishments = [.. account.Establishments.Select(e => new EstablishmentDocument
                {
                    Postcode = e.Postcode.Value,
                    Municipality = e.Municipality.Code.ToString(),
                })],
                AuditTrail = [.. account.AuditTrail.Select(e => new AuditEntryDocument
                {
                    At = Format(e.At),
                    Partner = e.Partner.ToString(),
                    Kind = e.Kind.ToString(),
                    Note = e.Note,
                    OccurredOn = e.OccurredOn is { } day ? Format(day) : null,
                    RecordId = e.RecordId,
                })],
                StaffCounts = account.StaffCounts.Count == 0 ? null : [.. account.StaffCounts.Select(c => new StaffCountDocument
                {
                    Date = Format(c.Date),
                    Employees = c.Employees,
                    SectorCode = c.SectorCode,
                    Source = c.Source,
                })],
                CoAccountManagers = account.CoAccountManagers.Count == 0 ? null : [.. account.CoAccountManagers.Select(p => p.ToString())],
                ConsentRequests = account.ConsentRequests.Count == 0 ? null : [.. account.ConsentRequests.Select(r => new ConsentRequestDocument
                {
                    Requester = r.Requester.ToString(),
                    RequestedAt = Format(r.RequestedAt),
                    Note = r.Note,
                    Status = r.Status.ToString(),
                    AnsweredAt = r.AnsweredAt is { } answered ? Format(answered) : null,
                })],
            },
        };
    }

    public static EmployerAccount ToAccount(AccountDocument document) => EmployerAccount.FromState(new EmployerAccountState
    {
        Id = document.Id,
        Name = document.Name,
        Kvk = document.Kvk is { } kvk ? KvkNumber.Parse(kvk) : null,
        Kind = Enum.Parse<EmployerKind>(document.State.Kind),
        Owner = BookingPartner.Parse(document.Owner),
        Establishments = [.. document.State.Establishments.Select(e => new Establishment(Postcode.Parse(e.Postcode), GetMunicipality(e.Municipality)))],
        AuditTrail = [.. document.State.AuditTrail.Select(e => new AuditEntry(
            ParseInstant(e.At),
            BookingPartner.Parse(e.Partner),
            Enum.Parse<ContactKind>(e.Kind),
            e.Note)
        {
            OccurredOn = e.OccurredOn is { } day ? ParseDate(day) : null,
            RecordId = e.RecordId,
        })],
        StaffCounts = [.. (document.State.StaffCounts ?? []).Select(c => new EmployerStaffCount(ParseDate(c.Date), c.Employees, c.SectorCode, c.Source))],
        CoAccountManagers = [.. (document.State.CoAccountManagers ?? []).Select(BookingPartner.Parse)],
        ConsentRequests = [.. (document.State.ConsentRequests ?? []).Select(r => new ConsentRequest(
            BookingPartner.Parse(r.Requester),
            ParseInstant(r.RequestedAt),
            r.Note,
            Enum.Parse<ConsentStatus>(r.Status),
            r.AnsweredAt is { } answered ? ParseInstant(answered) : null))],
    });

    public static EmployerAccountSummary ToSummary(AccountDocument document) => new()
    {
        Id = document.Id,
        Name = document.Name,
        NameKey = document.NameKey,
        Kvk = document.Kvk,
        RegionCode = document.RegionCode,
        Owner = document.Owner,
        LastContact = ParseInstant(document.LastContact),
        PendingConsentRequests = document.PendingConsentRequests,
    };

    // Visits.
    public static VisitDocument ToDocument(CompanyVisit visit) => new()
    {
        Id = visit.Id,
        AccountId = visit.AccountId,
        Partner = visit.Partner.ToString(),
        Date = Format(visit.Date),
        Reason = visit.Report.Reason,
        CompanyActivities = visit.Report.CompanyActivities,
        Agreements = visit.Report.Agreements,
    };

    public static CompanyVisit ToVisit(VisitDocument document) => new(
        document.Id,
        document.AccountId,
        BookingPartner.Parse(document.Partner),
        ParseDate(document.Date),
        new VisitReport(document.Reason, document.CompanyActivities, document.Agreements));

    private static Municipality GetMunicipality(string code) =>
        Gazetteer.Default.FindMunicipality(code)
            ?? throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"The stored municipality code '{code}' is not in the gazetteer."));

    private static TargetGroupSet ParseGroups(string text) => text.Length == 0 ? TargetGroupSet.Empty : TargetGroupSet.Parse(text);

    private static RuleId ParseRule(string text) =>
        s_rules.TryGetValue(text, out var rule) ? rule : throw new FormatException($"The stored rule id '{text}' is not a rule of the SDK.");

    private static readonly Dictionary<string, RuleId> s_rules = typeof(RuleId)
        .GetProperties(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
        .Where(p => p.PropertyType == typeof(RuleId))
        .Select(p => (RuleId)p.GetValue(null)!)
        .ToDictionary(r => r.Value, StringComparer.Ordinal);
}
