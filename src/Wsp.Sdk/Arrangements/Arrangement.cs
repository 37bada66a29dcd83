using NodaTime;
using Wsp.Sdk.Employers;
using Wsp.Sdk.Geography;
using Wsp.Sdk.Partners;
using Wsp.Sdk.Rules;

namespace Wsp.Sdk.Arrangements;

/// <summary>
/// An arrangement (arrangement) between the national employer desk and a national employer, which the labour market
/// regions sign up to (rules L1–L6): drafted with the employer by one advisor, sent to the regions as a concept, their
/// input recorded, made final, and then joined or declined by each region on its own; execution is the region's.
/// </summary>
/// <remarks>
/// <para>
/// The lifecycle is a state machine (<see cref="ArrangementStatus"/>); a step out of order fails with rule L2. Every
/// change of the terms makes a new version, so what each region signed stays known. Nobody can oblige a region: only
/// the region's contact person can join or decline for it (rule L4). Existing regional agreements are linked and kept
/// (rule L3); UWV's national arrangements are referenced (rule L6).
/// </para>
/// <para>The arrangement is an immutable aggregate: every operation returns the changed arrangement. This type is thread-safe.</para>
/// </remarks>
public sealed class Arrangement
{
    /// <summary>The job opportunities for the broad target group the desk prefers per employer (rule L1): shown, not enforced.</summary>
    public const int PreferredJobOpportunities = 100;

    private Arrangement(Arrangement from)
    {
        Id = from.Id;
        AccountId = from.AccountId;
        EmployerName = from.EmployerName;
        Employer = from.Employer;
        Kind = from.Kind;
        AdvisorId = from.AdvisorId;
        Status = from.Status;
        Versions = from.Versions;
        Inputs = from.Inputs;
        Decisions = from.Decisions;
        RegionalAgreements = from.RegionalAgreements;
        UwvReferences = from.UwvReferences;
    }

    private Arrangement(string id, EmployerAccount employer, ArrangementKind kind, string advisorId, ArrangementVersion first)
    {
        Id = id;
        AccountId = employer.Id;
        EmployerName = employer.Name;
        Employer = employer.Kvk;
        Kind = kind;
        AdvisorId = advisorId;
        Status = ArrangementStatus.Draft;
        Versions = [first];
        Inputs = [];
        Decisions = [];
        RegionalAgreements = [];
        UwvReferences = [];
    }

    private Arrangement(ArrangementState state)
    {
        Id = state.Id;
        AccountId = state.AccountId;
        EmployerName = state.EmployerName;
        Employer = state.Employer;
        Kind = state.Kind;
        AdvisorId = state.AdvisorId;
        Status = state.Status;
        Versions = [.. state.Versions];
        Inputs = [.. state.Inputs];
        Decisions = [.. state.Decisions];
        RegionalAgreements = [.. state.RegionalAgreements];
        UwvReferences = [.. state.UwvReferences];
    }

    /// <summary>Gets the arrangement's id.</summary>
    public string Id { get; }

    /// <summary>Gets the national employer's account id.</summary>
    public string AccountId { get; }

    /// <summary>Gets the employer's name.</summary>
    public string EmployerName { get; }

    /// <summary>Gets the employer's KvK number, when its account has one (placements name their employer by it).</summary>
    public KvkNumber? Employer { get; }

    /// <summary>Gets whether it is the municipal desk's or a joint one with UWV.</summary>
    public ArrangementKind Kind { get; }

    /// <summary>Gets the id of the advisor who manages it (rule L4).</summary>
    public string AdvisorId { get; private init; }

    /// <summary>Gets where it is in its lifecycle.</summary>
    public ArrangementStatus Status { get; private init; }

    /// <summary>Gets every version of the terms, oldest first.</summary>
    public IReadOnlyList<ArrangementVersion> Versions { get; private init; }

    /// <summary>
    /// Whether this arrangement grew from the same draft as <paramref name="draft"/> (rules L1, L2): the same id,
    /// employer account and kind, and the same terms and job opportunities in its first version. A retried draft is
    /// answered with the arrangement when it did.
    /// </summary>
    internal bool IsDraftOf(Arrangement draft) =>
        Id == draft.Id
        && AccountId == draft.AccountId
        && Kind == draft.Kind
        && Versions[0].Terms == draft.Versions[0].Terms
        && Versions[0].JobOpportunities == draft.Versions[0].JobOpportunities;

    /// <summary>Gets the current version.</summary>
    public ArrangementVersion Current => Versions[^1];

    /// <summary>Gets a value indicating whether the employer offers the job opportunities the desk prefers (rule L1; shown, not enforced).</summary>
    public bool MeetsPreferredJobOpportunities => Current.JobOpportunities >= PreferredJobOpportunities;

    /// <summary>Gets the regions' input on the concept, in the order given.</summary>
    public IReadOnlyList<RegionalInput> Inputs { get; private init; }

    /// <summary>Gets every decision of every region, in the order made; a region may reconsider.</summary>
    public IReadOnlyList<RegionDecision> Decisions { get; private init; }

    /// <summary>Gets the regions that have joined, each with the version it signed.</summary>
    public IReadOnlyList<RegionDecision> JoinedRegions =>
        Decisions.GroupBy(d => d.Region).Select(g => g.Last()).Where(d => d.Joined).OrderBy(d => d.Region).ToArray();

    /// <summary>Gets the regions whose last decision was to decline, each with the version they declined.</summary>
    public IReadOnlyList<RegionDecision> DeclinedRegions =>
        Decisions.GroupBy(d => d.Region).Select(g => g.Last()).Where(d => !d.Joined).OrderBy(d => d.Region).ToArray();

    /// <summary>Gets the existing regional agreements taken into the arrangement (rule L3).</summary>
    public IReadOnlyList<RegionalAgreement> RegionalAgreements { get; private init; }

    /// <summary>Gets the ids of UWV's national arrangements this one references (rule L6).</summary>
    public IReadOnlyList<string> UwvReferences { get; private init; }

    /// <summary>
    /// Drafts an arrangement with a national employer (rules L1, L4): the employer's establishments lie in four or more
    /// regions, and an advisor of the desk manages it.
    /// </summary>
    /// <param name="id">The arrangement's id.</param>
    /// <param name="employer">The employer's account.</param>
    /// <param name="kind">The desk's own or joint with UWV.</param>
    /// <param name="advisorId">The managing advisor.</param>
    /// <param name="desk">The desk's organisation.</param>
    /// <param name="terms">The draft terms.</param>
    /// <param name="jobOpportunities">The job opportunities offered, not negative.</param>
    /// <param name="clock">The clock that stamps the first version.</param>
    /// <returns>The draft.</returns>
    /// <exception cref="ArgumentException">An argument is missing or out of range.</exception>
    /// <exception cref="RuleViolationException">Rule L1 (not a national employer) or L4 (not an advisor of the desk).</exception>
    public static Arrangement Draft(string id, EmployerAccount employer, ArrangementKind kind, string advisorId, NationalDesk desk, string terms, int jobOpportunities, IClock clock)
    {
        Preconditions.CheckNotNullOrWhiteSpace(id);
        Preconditions.CheckNotNull(employer);
        Preconditions.CheckDefined(kind);
        Preconditions.CheckNotNullOrWhiteSpace(advisorId);
        Preconditions.CheckNotNull(desk);
        var version = NewVersion(1, terms, jobOpportunities, clock);
        if (!employer.IsNationalEmployer)
        {
            throw new RuleViolationException(RuleId.L1, $"{employer.Name} has establishments in {employer.Regions.Count} labour market region(s): a national employer has them in {EmployerAccount.NationalEmployerRegions} or more.");
        }

        return new Arrangement(id, employer, kind, desk.GetAdvisor(advisorId).Id, version);
    }

    /// <summary>Revises the terms while drafting or in concept: a new version (rule L2: the regions' input is processed).</summary>
    /// <param name="terms">The new terms.</param>
    /// <param name="jobOpportunities">The job opportunities offered.</param>
    /// <param name="clock">The clock that stamps the version.</param>
    /// <returns>The arrangement with the new version.</returns>
    /// <exception cref="RuleViolationException">Rule L2: the arrangement is final or ended.</exception>
    public Arrangement Revise(string terms, int jobOpportunities, IClock clock)
    {
        var version = NewVersion(Versions.Count + 1, terms, jobOpportunities, clock);
        Require(ArrangementStatus.Draft, ArrangementStatus.Concept, "revised");
        return new Arrangement(this) { Versions = [.. Versions, version] };
    }

    /// <summary>Sends the draft to the regions as a concept (rule L2).</summary>
    /// <returns>The arrangement in concept.</returns>
    /// <exception cref="RuleViolationException">Rule L2: it is not a draft.</exception>
    public Arrangement SendAsConcept()
    {
        Require(ArrangementStatus.Draft, ArrangementStatus.Draft, "sent as a concept");
        return new Arrangement(this) { Status = ArrangementStatus.Concept };
    }

    /// <summary>Records a region's input on the concept (rule L2), given by its contact person (rule L4).</summary>
    /// <param name="region">The region.</param>
    /// <param name="contactPerson">The region's contact person.</param>
    /// <param name="input">The input.</param>
    /// <param name="desk">The desk's organisation.</param>
    /// <param name="clock">The clock that stamps the input.</param>
    /// <returns>The arrangement with the input.</returns>
    /// <exception cref="RuleViolationException">Rule L2 (not in concept) or L4 (not the region's contact person).</exception>
    public Arrangement RecordInput(RegionCode region, string contactPerson, string input, NationalDesk desk, IClock clock)
    {
        Preconditions.CheckNotNullOrWhiteSpace(input);
        Preconditions.CheckNotNull(desk).EnsureContact(region, contactPerson);
        var at = Preconditions.CheckNotNull(clock).GetCurrentInstant();
        Require(ArrangementStatus.Concept, ArrangementStatus.Concept, "given input on");
        return new Arrangement(this) { Inputs = [.. Inputs, new RegionalInput(region, input.Trim(), Current.Number, at)] };
    }

    /// <summary>Makes the arrangement final, after the regions' input was processed (rule L2); from now on regions decide.</summary>
    /// <returns>The final arrangement.</returns>
    /// <exception cref="RuleViolationException">Rule L2: it was not sent as a concept first.</exception>
    public Arrangement MakeFinal()
    {
        Require(ArrangementStatus.Concept, ArrangementStatus.Concept, "made final");
        return new Arrangement(this) { Status = ArrangementStatus.Final };
    }

    /// <summary>A region joins (intekenen, rule L2), by its contact person (rule L4); execution is then the region's.</summary>
    /// <param name="region">The region.</param>
    /// <param name="contactPerson">The region's contact person.</param>
    /// <param name="desk">The desk's organisation.</param>
    /// <param name="clock">The clock that stamps the decision.</param>
    /// <returns>The arrangement with the region joined on the current version.</returns>
    /// <exception cref="RuleViolationException">Rule L2 (not final) or L4 (not the region's contact person).</exception>
    public Arrangement Join(RegionCode region, string contactPerson, NationalDesk desk, IClock clock) => Decide(region, contactPerson, joined: true, desk, clock);

    /// <summary>A region declines (rule L2: nobody can oblige a region), by its contact person (rule L4).</summary>
    /// <param name="region">The region.</param>
    /// <param name="contactPerson">The region's contact person.</param>
    /// <param name="desk">The desk's organisation.</param>
    /// <param name="clock">The clock that stamps the decision.</param>
    /// <returns>The arrangement with the region's decision.</returns>
    /// <exception cref="RuleViolationException">Rule L2 (not final) or L4 (not the region's contact person).</exception>
    public Arrangement Decline(RegionCode region, string contactPerson, NationalDesk desk, IClock clock) => Decide(region, contactPerson, joined: false, desk, clock);

    /// <summary>
    /// Returns whether a partner may see the arrangement at all (rule L2): a draft is the national desk's, drafted with
    /// the employer, until it is sent to the regions as a concept, so a municipality never sees, lists or counts one.
    /// </summary>
    /// <param name="partner">The partner.</param>
    /// <returns>Whether the arrangement may be shown, listed or counted for the partner.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="partner"/> is null.</exception>
    public bool IsVisibleTo(PartnerIdentity partner) =>
        Preconditions.CheckNotNull(partner).Kind != PartnerKind.Municipality || Status != ArrangementStatus.Draft;

    /// <summary>
    /// Returns each region's standing (rules L2, L3): each region that decided, and while the arrangement is final or ended
    /// every other labour market region as pending, in code order.
    /// </summary>
    /// <returns>The standings.</returns>
    public IReadOnlyList<RegionStanding> Standings()
    {
        var decided = Decisions.Select(d => d.Region).Distinct();
        var regions = Status is ArrangementStatus.Final or ArrangementStatus.Ended
            ? Gazetteer.Default.Regions.Select(r => r.Code).Union(decided)
            : decided;
        return [.. regions.Order().Select(r => new RegionStanding(r, ParticipationOf(r) ?? RegionParticipation.Pending, SignedVersionOf(r)?.Number, Decisions.LastOrDefault(d => d.Region == r)))];
    }

    /// <summary>Returns whether the region has joined, so its placements under the arrangement are its execution.</summary>
    /// <param name="region">The region.</param>
    /// <returns>Whether it has joined.</returns>
    public bool HasJoined(RegionCode region) => JoinedRegions.Any(d => d.Region == region);

    /// <summary>
    /// Returns where the region stands (rule L2): its last decision, or <see cref="RegionParticipation.Pending"/> while
    /// the arrangement is final and the region has not decided; null when the arrangement is not (or no longer) up for
    /// decision and the region never decided.
    /// </summary>
    /// <param name="region">The region.</param>
    /// <returns>Where it stands, or null.</returns>
    public RegionParticipation? ParticipationOf(RegionCode region)
    {
        var last = Decisions.LastOrDefault(d => d.Region == region);
        if (last is not null)
        {
            return last.Joined ? RegionParticipation.Joined : RegionParticipation.Declined;
        }

        return Status == ArrangementStatus.Final ? RegionParticipation.Pending : null;
    }

    /// <summary>
    /// Refuses a placement under the arrangement in a region that has not joined (rule L2: execution — recruitment,
    /// selection, booking — is the region's after it joins, and nobody can oblige a region).
    /// <see cref="Vacancies.Vacancy.BookPlacement(Vacancies.PlacementBooking, Arrangement, NodaTime.IClock)"/> calls it.
    /// </summary>
    /// <param name="region">The region of the placement.</param>
    /// <exception cref="ArgumentException">The region is not initialized.</exception>
    /// <exception cref="RuleViolationException">Rule L2: the region has not joined (it declined, is pending, or was never asked).</exception>
    public void EnsureJoined(RegionCode region)
    {
        Preconditions.CheckInitialized(region);
        if (!HasJoined(region))
        {
            throw new RuleViolationException(RuleId.L2, NotJoinedReason(region));
        }
    }

    /// <summary>
    /// Refuses a new placement under the arrangement (rule L2): once it has ended it takes none (its results stay
    /// monitored, rule L5), and before that only in a region that joined it.
    /// <see cref="Vacancies.Vacancy.BookPlacement(Vacancies.PlacementBooking, Arrangement, NodaTime.IClock)"/> calls it;
    /// an import asks <see cref="ArrangementExecution"/>, which judges the same.
    /// </summary>
    /// <param name="region">The region of the placement.</param>
    /// <exception cref="ArgumentException">The region is not initialized.</exception>
    /// <exception cref="RuleViolationException">Rule L2: the arrangement has ended, or the region has not joined it.</exception>
    public void EnsureTakesPlacements(RegionCode region)
    {
        Preconditions.CheckInitialized(region);
        if (Status == ArrangementStatus.Ended)
        {
            throw new RuleViolationException(RuleId.L2, EndedReason());
        }

        EnsureJoined(region);
    }

    /// <summary>Says that the arrangement has ended; for <see cref="EnsureTakesPlacements"/> and <see cref="ArrangementExecution"/>.</summary>
    internal string EndedReason() => $"Arrangement {Id} has ended: it takes no new placements (its results stay monitored).";

    /// <summary>Says that the region has not joined, and where it stands; for <see cref="EnsureJoined"/> and <see cref="ArrangementExecution"/>.</summary>
    internal string NotJoinedReason(RegionCode region)
    {
        var participation = ParticipationOf(region)?.ToString().ToLowerInvariant() ?? "not asked";
        return $"Region {region} has not joined arrangement {Id} ({participation}): placements under it are the region's only after it joins.";
    }

    /// <summary>Returns the version the region signed when it joined (rule L2: versions are kept), or null when it has not joined.</summary>
    /// <param name="region">The region.</param>
    /// <returns>The signed version, or null.</returns>
    public ArrangementVersion? SignedVersionOf(RegionCode region)
    {
        var last = Decisions.LastOrDefault(d => d.Region == region);
        return last is { Joined: true } ? Versions[last.Version - 1] : null;
    }

    /// <summary>Links an agreement the region already had with the employer; it is kept (rule L3).</summary>
    /// <param name="agreement">The agreement.</param>
    /// <returns>The arrangement with the agreement linked.</returns>
    /// <exception cref="ArgumentException">The agreement is null or linked already.</exception>
    /// <exception cref="RuleViolationException">Rule L2: the arrangement has ended.</exception>
    public Arrangement LinkRegionalAgreement(RegionalAgreement agreement)
    {
        Preconditions.CheckNotNull(agreement);
        Preconditions.CheckArgument(!RegionalAgreements.Contains(agreement), nameof(agreement), $"{agreement.Reference} is linked already.");
        Require(ArrangementStatus.Draft, ArrangementStatus.Final, "given a regional agreement");
        return new Arrangement(this) { RegionalAgreements = [.. RegionalAgreements, agreement] };
    }

    /// <summary>References a national arrangement of UWV's desk (rule L6).</summary>
    /// <param name="uwvArrangementId">UWV's id of its arrangement.</param>
    /// <returns>The arrangement with the reference.</returns>
    /// <exception cref="ArgumentException">The id is missing.</exception>
    public Arrangement ReferenceUwvArrangement(string uwvArrangementId)
    {
        Preconditions.CheckNotNullOrWhiteSpace(uwvArrangementId);
        return UwvReferences.Contains(uwvArrangementId) ? this : new Arrangement(this) { UwvReferences = [.. UwvReferences, uwvArrangementId] };
    }

    /// <summary>Hands the arrangement to another advisor of the desk (rule L4: one advisor manages it).</summary>
    /// <param name="advisorId">The new advisor.</param>
    /// <param name="desk">The desk's organisation.</param>
    /// <returns>The arrangement with its new advisor.</returns>
    /// <exception cref="RuleViolationException">Rule L4: not an advisor of the desk.</exception>
    public Arrangement AssignAdvisor(string advisorId, NationalDesk desk) =>
        new(this) { AdvisorId = Preconditions.CheckNotNull(desk).GetAdvisor(advisorId).Id };

    /// <summary>Ends the arrangement: no region joins or leaves any more (results stay monitored, rule L5).</summary>
    /// <returns>The ended arrangement.</returns>
    /// <exception cref="RuleViolationException">Rule L2: it was never final.</exception>
    public Arrangement End()
    {
        Require(ArrangementStatus.Final, ArrangementStatus.Final, "ended");
        return new Arrangement(this) { Status = ArrangementStatus.Ended };
    }

    /// <summary>
    /// Rebuilds an arrangement from the state a store kept. For stores only: it checks the state's shape (versions
    /// numbered from 1, decisions and input on existing versions), not the steps that led to it.
    /// </summary>
    /// <param name="state">The state, as <see cref="ToState"/> gave it.</param>
    /// <returns>The arrangement.</returns>
    /// <exception cref="ArgumentException">The state is incomplete or inconsistent.</exception>
    public static Arrangement FromState(ArrangementState state)
    {
        Preconditions.CheckNotNull(state);
        Preconditions.CheckNotNullOrWhiteSpace(state.Id, nameof(state));
        Preconditions.CheckNotNullOrWhiteSpace(state.AccountId, nameof(state));
        Preconditions.CheckNotNullOrWhiteSpace(state.EmployerName, nameof(state));
        Preconditions.CheckNotNullOrWhiteSpace(state.AdvisorId, nameof(state));
        Preconditions.CheckDefined(state.Kind, nameof(state));
        Preconditions.CheckDefined(state.Status, nameof(state));
        Preconditions.CheckArgument(
            state.Versions is { Count: > 0 } && state.Inputs is not null && state.Decisions is not null && state.RegionalAgreements is not null && state.UwvReferences is not null,
            nameof(state),
            "The state has at least one version and no missing list.");
        Preconditions.CheckArgument(
            state.Versions.Select((v, i) => v is not null && v.Number == i + 1).All(ok => ok),
            nameof(state),
            $"The versions of arrangement {state.Id} are numbered 1, 2, … in order.");
        Preconditions.CheckArgument(
            state.Inputs.All(i => i is not null && i.OnVersion <= state.Versions.Count) && state.Decisions.All(d => d is not null && d.Version <= state.Versions.Count),
            nameof(state),
            $"Every input and decision of arrangement {state.Id} is on one of its versions.");
        Preconditions.CheckArgument(
            state.RegionalAgreements.All(a => a is not null) && state.UwvReferences.All(r => !string.IsNullOrWhiteSpace(r)),
            nameof(state),
            "The state holds a null.");
        return new Arrangement(state);
    }

    /// <summary>Returns the arrangement's state, for a store to keep.</summary>
    /// <returns>The state.</returns>
    public ArrangementState ToState() => new()
    {
        Id = Id,
        AccountId = AccountId,
        EmployerName = EmployerName,
        Employer = Employer,
        Kind = Kind,
        AdvisorId = AdvisorId,
        Status = Status,
        Versions = Versions,
        Inputs = Inputs,
        Decisions = Decisions,
        RegionalAgreements = RegionalAgreements,
        UwvReferences = UwvReferences,
    };

    /// <inheritdoc />
    public override string ToString() => $"{Id} {EmployerName} (v{Current.Number}, {Status})";

    private static ArrangementVersion NewVersion(int number, string terms, int jobOpportunities, IClock clock) =>
        new(number, Preconditions.CheckNotNullOrWhiteSpace(terms).Trim(), Preconditions.CheckArgumentRange(jobOpportunities, 0, int.MaxValue), Preconditions.CheckNotNull(clock).GetCurrentInstant());

    private Arrangement Decide(RegionCode region, string contactPerson, bool joined, NationalDesk desk, IClock clock)
    {
        Preconditions.CheckNotNull(desk).EnsureContact(region, contactPerson);
        var at = Preconditions.CheckNotNull(clock).GetCurrentInstant();
        Require(ArrangementStatus.Final, ArrangementStatus.Final, joined ? "joined" : "declined");
        return new Arrangement(this) { Decisions = [.. Decisions, new RegionDecision(region, joined, Current.Number, contactPerson, at)] };
    }

    private void Require(ArrangementStatus from, ArrangementStatus to, string action)
    {
        if (Status < from || Status > to)
        {
            throw new RuleViolationException(RuleId.L2, $"Arrangement {Id} is {Status}: it can be {action} only when {(from == to ? from.ToString() : $"{from} to {to}")} (drafted, sent as a concept, made final, then each region decides).");
        }
    }
}
