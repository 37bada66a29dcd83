using NodaTime;

namespace Wsp.Sdk.Counting;

/// <summary>
/// One line of the job-agreement ledger (banenafspraak-grootboek): on <see cref="Date"/>, the paid hours per week
/// and working persons of one cell change by the deltas. A placement with a banenafspraak indication adds its hours on
/// its start date and takes them off the day after its end date, so the jobs at a date are the sum of every delta up
/// to and including that date.
/// </summary>
/// <param name="Key">The cell.</param>
/// <param name="Date">The date the deltas take effect.</param>
/// <param name="HoursDelta">The change in paid hours per week.</param>
/// <param name="PersonsDelta">The change in active placements (not working persons: a candidate with two jobs is two here, one person in the figures, H3).</param>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record JobAgreementLedgerEntry(JobAgreementLedgerKey Key, LocalDate Date, decimal HoursDelta, int PersonsDelta);
