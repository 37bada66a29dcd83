using NodaTime;
using Wsp.Sdk.Counting;
using Wsp.Sdk.Geography;
using Wsp.Sdk.Storage;

namespace Wsp.Sdk.ManagementInformation;

/// <summary>The figures computed from the records a region keeps itself: staff counts and contacts (H5), regional projects (H6).</summary>
public sealed partial class ManagementInformationReader
{
    /// <summary>
    /// Computes figure <c>sector-coverage/1</c> (rule H5) from the records: the latest stored sector totals on or before
    /// <paramref name="asOf"/> against the employers in contact derived by <see cref="EmployerContacts.DeriveAsync"/>.
    /// </summary>
    /// <param name="region">The labour market region.</param>
    /// <param name="asOf">The date: the totals are the latest on or before it, the contacts those of the twelve months up to it.</param>
    /// <param name="cancellationToken">Stops the reads.</param>
    /// <returns>The coverage per sector with the totals and contacts used, or null when the region has no totals on or before the date.</returns>
    /// <exception cref="ArgumentException"><paramref name="region"/> is not initialized.</exception>
    public Task<CoverageReport?> CoverageAsync(RegionCode region, LocalDate asOf, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckInitialized(region);
        return CoverageCoreAsync(region, asOf, cancellationToken);
    }

    /// <summary>
    /// Computes figure <c>sector-coverage/1</c> (rule H5) against given employers in contact instead of those derived from
    /// the records (a what-if): the latest stored sector totals on or before <paramref name="asOf"/>, the same totals
    /// <see cref="CoverageAsync(RegionCode, LocalDate, CancellationToken)"/> uses.
    /// </summary>
    /// <param name="region">The labour market region.</param>
    /// <param name="asOf">The date: the totals are the latest on or before it.</param>
    /// <param name="contacts">The employers in contact; smaller ones and repeats are ignored by the definition.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>The coverage per sector with the totals used (no derived contacts), or null when the region has no totals on or before the date.</returns>
    /// <exception cref="ArgumentException"><paramref name="region"/> is not initialized, <paramref name="contacts"/> is null or holds a null.</exception>
    public Task<CoverageReport?> CoverageAsync(RegionCode region, LocalDate asOf, IEnumerable<EmployerContact> contacts, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckInitialized(region);
        EmployerContact[] given = [.. Preconditions.CheckNotNull(contacts).Select(c => Preconditions.CheckNotNull(c, nameof(contacts)))];
        return GivenCoverageAsync(region, asOf, given, cancellationToken);
    }

    /// <summary>Computes figure <c>regional-project-placements/1</c> (rule H6) for the projects the region stored (<see cref="IWspStore.Projects"/>).</summary>
    /// <param name="region">The labour market region.</param>
    /// <param name="cancellationToken">Stops the count.</param>
    /// <returns>One count per stored project, ordered by id; empty when the region stored none.</returns>
    /// <exception cref="ArgumentException"><paramref name="region"/> is not initialized.</exception>
    public Task<IReadOnlyList<RegionalProjectCount>> RegionalProjectPlacementsAsync(RegionCode region, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckInitialized(region);
        return StoredProjectPlacementsAsync(region, cancellationToken);
    }

    private async Task<CoverageReport?> CoverageCoreAsync(RegionCode region, LocalDate asOf, CancellationToken cancellationToken)
    {
        if (await _store.EmployerTotals.FindLatestAsync(region, asOf, cancellationToken).ConfigureAwait(false) is not { } totals)
        {
            return null;
        }

        return CoverageBySector.Compute(totals, await EmployerContacts.DeriveAsync(_store, region, asOf, cancellationToken).ConfigureAwait(false));
    }

    private async Task<CoverageReport?> GivenCoverageAsync(RegionCode region, LocalDate asOf, EmployerContact[] contacts, CancellationToken cancellationToken) =>
        await _store.EmployerTotals.FindLatestAsync(region, asOf, cancellationToken).ConfigureAwait(false) is { } totals
            ? CoverageBySector.Compute(totals, contacts)
            : null;

    private async Task<IReadOnlyList<RegionalProjectCount>> StoredProjectPlacementsAsync(RegionCode region, CancellationToken cancellationToken)
    {
        var projects = await _store.Projects.ListAsync(region, cancellationToken).ConfigureAwait(false);
        return projects.Count == 0 ? [] : await RegionalProjectPlacementsAsync(projects.Select(p => p.Value), [region], cancellationToken).ConfigureAwait(false);
    }
}
