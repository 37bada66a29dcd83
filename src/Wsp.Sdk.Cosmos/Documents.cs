using Newtonsoft.Json;

namespace Wsp.Sdk.Cosmos;

// The documents as stored. Property names are written out (camelCase) so they do not depend on the client's naming
// policy; NodaTime values are ISO strings of fixed width, so string order is time order. The C# names of the top-level
// properties of VacancyDocument and AccountDocument equal those of VacancySummary and EmployerAccountSummary: the
// specification translator maps the summary's members to them by name.

/// <summary>A vacancy: its summary at top level (queried), the rest of its state nested.</summary>
internal sealed class VacancyDocument
{
    [JsonProperty("id")] public string Id { get; set; } = "";
    [JsonProperty("regionCode")] public string RegionCode { get; set; } = "";
    [JsonProperty("accountId")] public string AccountId { get; set; } = "";
    [JsonProperty("owner")] public string Owner { get; set; } = "";
    [JsonProperty("sectorCode")] public string SectorCode { get; set; } = "";
    [JsonProperty("title")] public string Title { get; set; } = "";
    [JsonProperty("isOpen")] public bool IsOpen { get; set; }
    [JsonProperty("isRegisteredLate")] public bool IsRegisteredLate { get; set; }

    // Top level from the duplicate's rule (H15) on; a document written before has it in its state only.
    [JsonProperty("duplicatedFrom")] public string? DuplicatedFrom { get; set; }
    [JsonProperty("registeredAt")] public string RegisteredAt { get; set; } = "";
    [JsonProperty("expiresOn")] public string ExpiresOn { get; set; } = "";
    [JsonProperty("workplaces")] public int Workplaces { get; set; }
    [JsonProperty("placements")] public int Placements { get; set; }
    [JsonProperty("referrals")] public int Referrals { get; set; }

    // The co-production (H13) and whether the owner got it by a hand-over (H11, H15), for the work queue; absent on
    // documents written before them (the state still holds the co-production).
    [JsonProperty("coProductionId", NullValueHandling = NullValueHandling.Ignore)] public string? CoProductionId { get; set; }
    [JsonProperty("isHandedOver")] public bool IsHandedOver { get; set; }
    [JsonProperty("state")] public VacancyStateDocument State { get; set; } = new();
}

/// <summary>The part of a vacancy's state that is not in its summary.</summary>
internal sealed class VacancyStateDocument
{
    [JsonProperty("employer")] public string Employer { get; set; } = "";
    [JsonProperty("employerKind")] public string EmployerKind { get; set; } = "";
    [JsonProperty("postcode")] public string Postcode { get; set; } = "";
    [JsonProperty("municipality")] public string Municipality { get; set; } = "";
    [JsonProperty("receivedAt")] public string ReceivedAt { get; set; } = "";
    [JsonProperty("publicationOpen")] public bool PublicationOpen { get; set; }
    [JsonProperty("publicationText")] public string PublicationText { get; set; } = "";
    [JsonProperty("positions")] public int Positions { get; set; }
    [JsonProperty("targetGroups")] public string TargetGroups { get; set; } = "";
    [JsonProperty("selection")] public int Selection { get; set; }
    [JsonProperty("coProductionId")] public string? CoProductionId { get; set; }
    [JsonProperty("duplicatedFrom")] public string? DuplicatedFrom { get; set; }
    [JsonProperty("status")] public string Status { get; set; } = "";
    [JsonProperty("referrals")] public List<ReferralDocument> Referrals { get; set; } = [];
    [JsonProperty("placements")] public List<PlacementDocument> Placements { get; set; } = [];
    [JsonProperty("handovers")] public List<HandoverDocument> Handovers { get; set; } = [];
    [JsonProperty("originReferrals")] public List<ReferralDocument> OriginReferrals { get; set; } = [];

    // Why it closed and its corrections: left out while there are none, so documents written before them read the same.
    [JsonProperty("closeReason", NullValueHandling = NullValueHandling.Ignore)] public string? CloseReason { get; set; }
    [JsonProperty("corrections", NullValueHandling = NullValueHandling.Ignore)] public List<VacancyChangeDocument>? Corrections { get; set; }
}

internal sealed class VacancyChangeDocument
{
    [JsonProperty("at")] public string At { get; set; } = "";
    [JsonProperty("partner")] public string Partner { get; set; } = "";
    [JsonProperty("field")] public string Field { get; set; } = "";
    [JsonProperty("from")] public string From { get; set; } = "";
    [JsonProperty("to")] public string To { get; set; } = "";
}

internal sealed class ReferralDocument
{
    [JsonProperty("candidate")] public string Candidate { get; set; } = "";
    [JsonProperty("referredBy")] public string ReferredBy { get; set; } = "";
    [JsonProperty("targetGroups")] public string TargetGroups { get; set; } = "";
    [JsonProperty("proposedAt")] public string ProposedAt { get; set; } = "";
}

internal sealed class HandoverDocument
{
    [JsonProperty("from")] public string From { get; set; } = "";
    [JsonProperty("to")] public string To { get; set; } = "";
    [JsonProperty("at")] public string At { get; set; } = "";
    [JsonProperty("rule")] public string Rule { get; set; } = "";
}

/// <summary>
/// A placement: nested in its vacancy when booked through the workflow, or a document of its own when imported (then
/// with <see cref="ImportId"/>, partitioned by <see cref="RegionCode"/>).
/// </summary>
internal sealed class PlacementDocument
{
    [JsonProperty("id")] public string Id { get; set; } = "";
    [JsonProperty("regionCode")] public string RegionCode { get; set; } = "";
    [JsonProperty("vacancyId")] public string VacancyId { get; set; } = "";
    [JsonProperty("employer")] public string Employer { get; set; } = "";
    [JsonProperty("municipality")] public string Municipality { get; set; } = "";
    [JsonProperty("sectorCode")] public string SectorCode { get; set; } = "";
    [JsonProperty("candidate")] public string Candidate { get; set; } = "";
    [JsonProperty("bookingPartner")] public string BookingPartner { get; set; } = "";
    [JsonProperty("targetGroups")] public string TargetGroups { get; set; } = "";
    [JsonProperty("start")] public string Start { get; set; } = "";
    [JsonProperty("end")] public string? End { get; set; }
    [JsonProperty("hoursPerWeek")] public string HoursPerWeek { get; set; } = "";
    [JsonProperty("employerKind")] public string EmployerKind { get; set; } = "";
    [JsonProperty("arrangementId")] public string? ArrangementId { get; set; }
    [JsonProperty("importId", NullValueHandling = NullValueHandling.Ignore)] public string? ImportId { get; set; }

    // The ministry's disclosure (issue 16): the placement's record key, derived from its id (Wsp.Sdk.Counting.RecordKey);
    // absent on documents written before it, whose key the id gives all the same.
    [JsonProperty("recordKey", NullValueHandling = NullValueHandling.Ignore)] public uint? RecordKey { get; set; }
}

/// <summary>An employer account: its summary at top level (queried), the rest of its state nested.</summary>
internal sealed class AccountDocument
{
    [JsonProperty("id")] public string Id { get; set; } = "";
    [JsonProperty("regionCode")] public string RegionCode { get; set; } = "";
    [JsonProperty("name")] public string Name { get; set; } = "";
    [JsonProperty("nameKey")] public string NameKey { get; set; } = "";
    [JsonProperty("kvk")] public string? Kvk { get; set; }
    [JsonProperty("owner")] public string Owner { get; set; } = "";
    [JsonProperty("lastContact")] public string LastContact { get; set; } = "";
    [JsonProperty("postcodes")] public List<string> Postcodes { get; set; } = [];

    // The name's search keys (EmployerName.SearchKeysOf) for the employer search, and the consent requests waiting for
    // the owner (H7) for its work queue; absent on documents written before them until they are written again.
    [JsonProperty("nameKeys")] public List<string> NameKeys { get; set; } = [];
    [JsonProperty("pendingConsentRequests")] public int PendingConsentRequests { get; set; }
    [JsonProperty("state")] public AccountStateDocument State { get; set; } = new();
}

internal sealed class AccountStateDocument
{
    [JsonProperty("kind")] public string Kind { get; set; } = "";
    [JsonProperty("establishments")] public List<EstablishmentDocument> Establishments { get; set; } = [];
    [JsonProperty("auditTrail")] public List<AuditEntryDocument> AuditTrail { get; set; } = [];

    // Staff counts (rule H5): left out while there are none, so documents written before them read the same.
    [JsonProperty("staffCounts", NullValueHandling = NullValueHandling.Ignore)] public List<StaffCountDocument>? StaffCounts { get; set; }

    // Co-account managers and consent requests (rule H7): left out while there are none.
    [JsonProperty("coAccountManagers", NullValueHandling = NullValueHandling.Ignore)] public List<string>? CoAccountManagers { get; set; }
    [JsonProperty("consentRequests", NullValueHandling = NullValueHandling.Ignore)] public List<ConsentRequestDocument>? ConsentRequests { get; set; }
}

internal sealed class ConsentRequestDocument
{
    [JsonProperty("requester")] public string Requester { get; set; } = "";
    [JsonProperty("requestedAt")] public string RequestedAt { get; set; } = "";
    [JsonProperty("note")] public string Note { get; set; } = "";
    [JsonProperty("status")] public string Status { get; set; } = "";
    [JsonProperty("answeredAt", NullValueHandling = NullValueHandling.Ignore)] public string? AnsweredAt { get; set; }
}

internal sealed class StaffCountDocument
{
    [JsonProperty("date")] public string Date { get; set; } = "";
    [JsonProperty("employees")] public int Employees { get; set; }
    [JsonProperty("sectorCode")] public string SectorCode { get; set; } = "";
    [JsonProperty("source")] public string Source { get; set; } = "";
}

internal sealed class EstablishmentDocument
{
    [JsonProperty("postcode")] public string Postcode { get; set; } = "";
    [JsonProperty("municipality")] public string Municipality { get; set; } = "";
}

internal sealed class AuditEntryDocument
{
    [JsonProperty("at")] public string At { get; set; } = "";
    [JsonProperty("partner")] public string Partner { get; set; } = "";
    [JsonProperty("kind")] public string Kind { get; set; } = "";
    [JsonProperty("note")] public string Note { get; set; } = "";

    // The day a contact took place when recorded afterwards (a visit, H7); absent otherwise.
    [JsonProperty("occurredOn", NullValueHandling = NullValueHandling.Ignore)] public string? OccurredOn { get; set; }

    // The record a step wrote the entry about (a vacancy, placement or visit), so a retried step finds it; absent for
    // contacts recorded by hand and entries written before.
    [JsonProperty("recordId", NullValueHandling = NullValueHandling.Ignore)] public string? RecordId { get; set; }
}

/// <summary>A company visit, partitioned by the account visited.</summary>
internal sealed class VisitDocument
{
    [JsonProperty("id")] public string Id { get; set; } = "";
    [JsonProperty("accountId")] public string AccountId { get; set; } = "";
    [JsonProperty("partner")] public string Partner { get; set; } = "";
    [JsonProperty("date")] public string Date { get; set; } = "";
    [JsonProperty("reason")] public string Reason { get; set; } = "";
    [JsonProperty("companyActivities")] public string CompanyActivities { get; set; } = "";
    [JsonProperty("agreements")] public string Agreements { get; set; } = "";
}

/// <summary>
/// A key in the keys container (partitioned by <c>/id</c>): <c>vacancy:ID</c>, <c>account:ID</c>, <c>visit:ID</c> or
/// <c>arrangement:ID</c> names the partition the document lives in and reserves the id across partitions;
/// <c>placement:ID</c> reserves a placement id for its <see cref="Holder"/> (<c>vacancy:ID</c> when booked,
/// <c>import:ID</c> when imported) in its region's partition; <c>import:ID</c> marks a finished import.
/// </summary>
internal sealed class KeyDocument
{
    [JsonProperty("id")] public string Id { get; set; } = "";
    [JsonProperty("partitionKey")] public string PartitionKey { get; set; } = "";
    [JsonProperty("count", NullValueHandling = NullValueHandling.Ignore)] public int? Count { get; set; }

    // Who holds a placement id; absent on a document's own key (the document holds it). Indexed: a rollback finds an
    // import's reservations by it.
    [JsonProperty("holder", NullValueHandling = NullValueHandling.Ignore)] public string? Holder { get; set; }

    // When the reservation was made (the store's clock); absent on keys written before reservations had a lease,
    // which are taken over at once when orphaned, as they always were.
    [JsonProperty("reservedAt", NullValueHandling = NullValueHandling.Ignore)] public string? ReservedAt { get; set; }
}

/// <summary>The id and partition key of a document, as the store's own queries project them.</summary>
internal sealed class DocumentKey
{
    [JsonProperty("id")] public string Id { get; set; } = "";
    [JsonProperty("pk")] public string PartitionKey { get; set; } = "";
}
