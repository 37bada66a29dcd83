using NodaTime;
using Wsp.Sdk.Geography;

namespace Wsp.Sdk.JobAgreements;

/// <summary>
/// A job agreement target (banenafspraak-doelstelling): the extra jobs to be realised by a deadline, split into the
/// market and government parts, nationally or for one region.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record JobAgreementTarget
{
    /// <summary>Initializes a target.</summary>
    /// <param name="region">The region, or null for the national target.</param>
    /// <param name="deadline">The date by which the jobs are due (end of year).</param>
    /// <param name="market">Jobs by market employers, not negative.</param>
    /// <param name="government">Jobs by government employers, not negative.</param>
    /// <param name="confirmedBySources">Whether the figure is confirmed by the sources, rather than taken from the published schedule.</param>
    /// <param name="source">Where the figure comes from.</param>
    /// <exception cref="ArgumentException">A number is negative or the source is missing.</exception>
    public JobAgreementTarget(RegionCode? region, LocalDate deadline, int market, int government, bool confirmedBySources, string source)
    {
        Region = region;
        Deadline = deadline;
        Market = Preconditions.CheckArgumentRange(market, 0, int.MaxValue);
        Government = Preconditions.CheckArgumentRange(government, 0, int.MaxValue);
        ConfirmedBySources = confirmedBySources;
        Source = Preconditions.CheckNotNullOrWhiteSpace(source);
    }

    /// <summary>Gets the region, or null for the national target.</summary>
    public RegionCode? Region { get; }

    /// <summary>Gets the date by which the jobs are due.</summary>
    public LocalDate Deadline { get; }

    /// <summary>Gets the jobs due from market employers (marktsector).</summary>
    public int Market { get; }

    /// <summary>Gets the jobs due from government employers (overheid).</summary>
    public int Government { get; }

    /// <summary>Gets the jobs due in all.</summary>
    public int Total => Market + Government;

    /// <summary>Gets a value indicating whether the sources confirm the figure; otherwise it follows the published schedule.</summary>
    public bool ConfirmedBySources { get; }

    /// <summary>Gets where the figure comes from.</summary>
    public string Source { get; }

    /// <summary>
    /// Gets the deadline of the target this one carries forward unchanged (a year after the published schedule ends:
    /// the banenafspraak's 125,000 holds after 2025), or null for a target the sources or the schedule give for its own date.
    /// </summary>
    public LocalDate? CarriedForwardFrom { get; init; }
}
