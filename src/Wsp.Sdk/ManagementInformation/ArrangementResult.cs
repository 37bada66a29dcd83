using Wsp.Sdk.Arrangements;

namespace Wsp.Sdk.ManagementInformation;

/// <summary>The results of one national arrangement (arrangement) in a period (rule L5).</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class ArrangementResult
{
    private ArrangementResult(ArrangementResult from, IReadOnlyList<ArrangementRegionResult> regions)
    {
        ArrangementId = from.ArrangementId;
        EmployerName = from.EmployerName;
        Kind = from.Kind;
        Version = from.Version;
        Status = from.Status;
        JobOpportunities = from.JobOpportunities;
        MeetsPreferredJobOpportunities = from.MeetsPreferredJobOpportunities;
        Regions = regions;
        Placements = regions.Sum(r => r.Placements);
    }

    internal ArrangementResult(Arrangement arrangement, IReadOnlyList<ArrangementRegionResult> regions)
    {
        ArrangementId = arrangement.Id;
        EmployerName = arrangement.EmployerName;
        Kind = arrangement.Kind;
        Version = arrangement.Current.Number;
        Status = arrangement.Status;
        JobOpportunities = arrangement.Current.JobOpportunities;
        MeetsPreferredJobOpportunities = arrangement.MeetsPreferredJobOpportunities;
        Regions = regions;
        Placements = regions.Sum(r => r.Placements);
    }

    /// <summary>Gets the arrangement's id.</summary>
    public string ArrangementId { get; }

    /// <summary>Gets the employer's name.</summary>
    public string EmployerName { get; }

    /// <summary>Gets whether it is the municipal desk's or joint with UWV (rule L6).</summary>
    public ArrangementKind Kind { get; }

    /// <summary>Gets the number of its current version (rule L2: each change of the terms is a version).</summary>
    public int Version { get; }

    /// <summary>Gets the arrangement's status.</summary>
    public ArrangementStatus Status { get; }

    /// <summary>Gets the job opportunities of the current version: what the placements are set against.</summary>
    public int JobOpportunities { get; }

    /// <summary>Gets a value indicating whether the employer offers the 100 job opportunities the desk prefers (rule L1; shown, not enforced).</summary>
    public bool MeetsPreferredJobOpportunities { get; }

    /// <summary>Gets the placements in the period over all regions.</summary>
    public int Placements { get; }

    /// <summary>Gets <see cref="Placements"/> / <see cref="JobOpportunities"/>, or null when there are no job opportunities.</summary>
    public decimal? Realisation => JobOpportunities == 0 ? null : (decimal)Placements / JobOpportunities;

    /// <summary>Gets every region that decided or has placements under the arrangement, ordered by code.</summary>
    public IReadOnlyList<ArrangementRegionResult> Regions { get; }

    /// <summary>Returns the result with only the regions <paramref name="keep"/> keeps; its placements are theirs.</summary>
    internal ArrangementResult Within(Func<Geography.RegionCode, bool> keep) =>
        Regions.All(r => keep(r.Region)) ? this : new ArrangementResult(this, [.. Regions.Where(r => keep(r.Region))]);
}
