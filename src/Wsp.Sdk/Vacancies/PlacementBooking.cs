using NodaTime;
using Wsp.Sdk.Partners;
using Wsp.Sdk.Placements;

namespace Wsp.Sdk.Vacancies;

/// <summary>A request to book a placement (plaatsing boeken) on a vacancy for a referred candidate.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record PlacementBooking
{
    /// <summary>Initializes a request.</summary>
    /// <param name="placementId">The new placement's id.</param>
    /// <param name="candidate">The hired candidate, referred on the vacancy before (rules H14 and H16).</param>
    /// <param name="bookingPartner">The partner that books (rule H15).</param>
    /// <param name="start">The first working day.</param>
    /// <param name="hoursPerWeek">Paid hours per week, in (0, 60].</param>
    /// <param name="end">The last working day, when known.</param>
    /// <param name="arrangementId">The national arrangement it falls under, if any.</param>
    /// <exception cref="ArgumentException">An argument is missing.</exception>
    public PlacementBooking(
        string placementId,
        CandidateReference candidate,
        BookingPartner bookingPartner,
        LocalDate start,
        decimal hoursPerWeek,
        LocalDate? end = null,
        string? arrangementId = null)
    {
        PlacementId = Preconditions.CheckNotNullOrWhiteSpace(placementId);
        Candidate = Preconditions.CheckInitialized(candidate);
        BookingPartner = Preconditions.CheckInitialized(bookingPartner);
        Start = start;
        HoursPerWeek = hoursPerWeek;
        End = end;
        ArrangementId = arrangementId;
    }

    /// <summary>Gets the new placement's id.</summary>
    public string PlacementId { get; }

    /// <summary>Gets the hired candidate.</summary>
    public CandidateReference Candidate { get; }

    /// <summary>Gets the partner that books.</summary>
    public BookingPartner BookingPartner { get; }

    /// <summary>Gets the first working day.</summary>
    public LocalDate Start { get; }

    /// <summary>Gets the paid hours per week.</summary>
    public decimal HoursPerWeek { get; }

    /// <summary>Gets the last working day, or null.</summary>
    public LocalDate? End { get; }

    /// <summary>Gets the national arrangement, or null.</summary>
    public string? ArrangementId { get; }
}
