using NodaTime;
using Wsp.Sdk.Employers;
using Wsp.Sdk.Geography;
using Wsp.Sdk.JobAgreements;
using Wsp.Sdk.Partners;
using Wsp.Sdk.Rules;
using Wsp.Sdk.TargetGroups;

namespace Wsp.Sdk.Placements;

/// <summary>
/// A placement (plaatsing): the filling of a vacancy by a candidate from a target group (rule H3), as partners
/// record it. It is the one record both counts are computed from: placements (a flow, counted when they start) and
/// job-agreement jobs (a stock of paid hours at a measuring date).
/// </summary>
/// <remarks>
/// <para>
/// The establishment's municipality determines the labour market region; a former municipality counts in the
/// region it had in its last year. Construction enforces the record's own rules: a region must be known, the end
/// is not before the start (a one-day placement ends on its start date), hours per week lie in (0, 60], and the
/// booking partner may book the candidate's target groups (rule H15).
/// </para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class Placement
{
    /// <summary>The most hours per week a placement can have.</summary>
    public const decimal MaxHoursPerWeek = 60m;

    /// <summary>Initializes a placement, checking every field.</summary>
    /// <param name="id">The placement's id in the partner's system.</param>
    /// <param name="vacancyId">The id of the vacancy it fills.</param>
    /// <param name="employer">The employer's KvK number.</param>
    /// <param name="municipality">The municipality of the establishment where the work is done; it decides the region.</param>
    /// <param name="sectorCode">The sector code, for example <c>RETAIL</c>.</param>
    /// <param name="candidate">The candidate's pseudonym.</param>
    /// <param name="bookingPartner">The partner that books the placement.</param>
    /// <param name="targetGroups">The candidate's target groups; at least one.</param>
    /// <param name="start">The first working day.</param>
    /// <param name="end">The last working day, or null while the placement runs.</param>
    /// <param name="hoursPerWeek">Paid hours per week, in (0, 60].</param>
    /// <param name="employerKind">Market or government.</param>
    /// <param name="arrangementId">The national arrangement it falls under, if any.</param>
    /// <exception cref="ArgumentException">A field is missing or out of range, or the municipality has no region.</exception>
    /// <exception cref="RuleViolationException">Rule H15: the booking partner may not book these target groups.</exception>
    public Placement(
        string id,
        string vacancyId,
        KvkNumber employer,
        Municipality municipality,
        string sectorCode,
        CandidateReference candidate,
        BookingPartner bookingPartner,
        TargetGroupSet targetGroups,
        LocalDate start,
        LocalDate? end,
        decimal hoursPerWeek,
        EmployerKind employerKind,
        string? arrangementId = null)
    {
        Id = Preconditions.CheckNotNullOrWhiteSpace(id);
        VacancyId = Preconditions.CheckNotNullOrWhiteSpace(vacancyId);
        Employer = Preconditions.CheckInitialized(employer);
        Municipality = Preconditions.CheckNotNull(municipality);
        Region = municipality.Region ?? throw new ArgumentException(
            $"Municipality {municipality} was merged away in {municipality.LastYear}, before the labour market regions existed: a placement there has no region.",
            nameof(municipality));
        SectorCode = Preconditions.CheckNotNullOrWhiteSpace(sectorCode);
        Candidate = Preconditions.CheckInitialized(candidate);
        BookingPartner = Preconditions.CheckInitialized(bookingPartner);
        Preconditions.CheckArgument(!targetGroups.IsEmpty, nameof(targetGroups), "A placement is of a candidate from at least one target group.");
        TargetGroups = targetGroups;
        Preconditions.CheckArgument(start.Calendar == CalendarSystem.Iso, nameof(start), "Dates are in the ISO calendar.");
        if (end < start)
        {
            // The message is built only when thrown: a million-row import constructs a million placements.
            throw new ArgumentException($"The end date {end} is before the start date {start}; a one-day placement ends on its start date.", nameof(end));
        }

        Start = start;
        End = end;
        if (hoursPerWeek <= 0m || hoursPerWeek > MaxHoursPerWeek)
        {
            throw new ArgumentOutOfRangeException(nameof(hoursPerWeek), hoursPerWeek, $"Hours per week lie in (0, {MaxHoursPerWeek}].");
        }

        HoursPerWeek = hoursPerWeek;
        EmployerKind = Preconditions.CheckDefined(employerKind);
        Preconditions.CheckArgument(arrangementId is null || !string.IsNullOrWhiteSpace(arrangementId), nameof(arrangementId), "An arrangement id is null when there is none, never blank.");
        ArrangementId = arrangementId;
        bookingPartner.EnsureMayBook(targetGroups);

        StartDay = start.ToDateOnly().DayNumber;
        EndDay = end is { } e ? e.ToDateOnly().DayNumber : int.MaxValue;
    }

    /// <summary>Gets the placement's id in the partner's system.</summary>
    public string Id { get; }

    /// <summary>Gets the id of the vacancy (vacature) it fills.</summary>
    public string VacancyId { get; }

    /// <summary>Gets the employer's KvK number.</summary>
    public KvkNumber Employer { get; }

    /// <summary>Gets the municipality of the establishment (vestiging) where the work is done.</summary>
    public Municipality Municipality { get; }

    /// <summary>Gets the labour market region, from <see cref="Municipality"/>.</summary>
    public LabourMarketRegion Region { get; }

    /// <summary>Gets the sector code.</summary>
    public string SectorCode { get; }

    /// <summary>Gets the candidate's pseudonym.</summary>
    public CandidateReference Candidate { get; }

    /// <summary>Gets the partner that booked the placement.</summary>
    public BookingPartner BookingPartner { get; }

    /// <summary>Gets the candidate's target groups.</summary>
    public TargetGroupSet TargetGroups { get; }

    /// <summary>Gets the first working day.</summary>
    public LocalDate Start { get; }

    /// <summary>Gets the last working day, or null while the placement runs.</summary>
    public LocalDate? End { get; }

    /// <summary>Gets the paid hours per week.</summary>
    public decimal HoursPerWeek { get; }

    /// <summary>Gets whether the employer counts for the market or the government.</summary>
    public EmployerKind EmployerKind { get; }

    /// <summary>Gets the national arrangement the placement falls under, or null.</summary>
    public string? ArrangementId { get; }

    /// <summary>Gets the placement's size in job-agreement jobs: hours per week / 25.5.</summary>
    public decimal Jobs => JobAgreement.ToJobs(HoursPerWeek);

    /// <summary>Gets a value indicating whether the candidate has a banenafspraak indication, so the placement counts for the job agreement.</summary>
    public bool CountsForJobAgreement => TargetGroups.Contains(TargetGroup.Banenafspraak);

    // Day numbers let the counting definitions compare dates with one integer comparison each.
    internal int StartDay { get; }

    internal int EndDay { get; }

    /// <summary>Returns whether the placement is active on <paramref name="date"/>: started on or before it, not ended before it.</summary>
    /// <param name="date">The date.</param>
    /// <returns>Whether it is active, including on its start and end dates.</returns>
    public bool IsActiveOn(LocalDate date) => Start <= date && (End is null || End.Value >= date);

    /// <inheritdoc />
    public override string ToString() => $"{Id} ({Region.Code}, {Start:uuuu-MM-dd}–{End:uuuu-MM-dd})";
}
