using Wsp.Sdk.Employers;

namespace Wsp.Sdk.Counting;

/// <summary>
/// A placement that counts for the job agreement (werkende in de banenafspraak) on a measuring date, narrowed to what a
/// breakdown of job-agreement jobs needs: its ledger cell, its employer, its hours, its candidate (the working person,
/// H3) and its record key. A store hands these out instead
/// of whole placements, so a breakdown by employer reads a few columns of the active placements only.
/// </summary>
/// <param name="Key">The cell of the job-agreement ledger the placement counts in (region, employer kind, sector, partner, arrangement).</param>
/// <param name="Employer">The employer (KvK number).</param>
/// <param name="HoursPerWeek">The paid hours per week.</param>
/// <param name="Candidate">The candidate's pseudonym (kandidaatreferentie): with the booking partner of <paramref name="Key"/> it names the working person (H3), counted once however many jobs it holds.</param>
/// <param name="RecordKey">The placement's record key (<see cref="RecordKey"/>).</param>
/// <remarks>
/// This is an immutable value type and is thread-safe: a national count reads millions of these, and as values they
/// cost no allocation of their own. The default value holds no candidate and is refused by the counts.
/// </remarks>
public readonly record struct JobAgreementPlacement(JobAgreementLedgerKey Key, KvkNumber Employer, decimal HoursPerWeek, string Candidate, uint RecordKey)
{
    /// <summary>Gets the candidate's pseudonym.</summary>
    public string Candidate { get; init; } = Preconditions.CheckNotNull(Candidate);
}
