using Wsp.Sdk.Geography;
using Wsp.Sdk.RegionalProjects;

namespace Wsp.Sdk.Storage;

/// <summary>
/// Stores the regional projects (regionaal afgesproken projecten, rule H6) a region's partners agreed on: one document
/// per project, keyed by region and id, guarded by its ETag so a correction never overwrites another unseen.
/// </summary>
public interface IRegionalProjectStore
{
    /// <summary>Writes a new project.</summary>
    /// <param name="project">The project.</param>
    /// <param name="cancellationToken">Stops the write.</param>
    /// <returns>The project with its first version.</returns>
    /// <exception cref="StoreException"><see cref="StoreErrorCode.AlreadyExists"/>: the region has a project with that id.</exception>
    Task<Versioned<RegionalProject>> InsertAsync(RegionalProject project, CancellationToken cancellationToken = default);

    /// <summary>Reads a project of a region by id (a point read).</summary>
    /// <param name="region">The project's region.</param>
    /// <param name="id">The project's id.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>The project with its version, or null when the region has none with that id.</returns>
    Task<Versioned<RegionalProject>?> FindAsync(RegionCode region, string id, CancellationToken cancellationToken = default);

    /// <summary>Writes a corrected project over the version it was read at; its region and id name the project.</summary>
    /// <param name="project">The corrected project.</param>
    /// <param name="etag">The version the project was read at.</param>
    /// <param name="cancellationToken">Stops the write.</param>
    /// <returns>The project with its new version.</returns>
    /// <exception cref="StoreException"><see cref="StoreErrorCode.Conflict"/> when it changed since, <see cref="StoreErrorCode.NotFound"/> when the region has no such project.</exception>
    Task<Versioned<RegionalProject>> ReplaceAsync(RegionalProject project, string etag, CancellationToken cancellationToken = default);

    /// <summary>Reads every project of a region, ordered by id.</summary>
    /// <param name="region">The region.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>The projects with their versions.</returns>
    Task<IReadOnlyList<Versioned<RegionalProject>>> ListAsync(RegionCode region, CancellationToken cancellationToken = default);
}
