using Wsp.Sdk.Counting;
using Wsp.Sdk.Placements;
using Wsp.Sdk.RegionalProjects;

namespace Wsp.Sdk.ManagementInformation;

/// <summary>
/// Figure <c>regional-project-placements/1</c>: placements per regional project (rule H6), counted by
/// <c>placements-flow/1</c> over each project's period, of the placements the project covers, per booking partner.
/// </summary>
/// <remarks>
/// One pass over the placements; the placements a project covers and that start in its period are held until the
/// count (a project is a few hundred placements). Methods are thread-safe.
/// </remarks>
public static class RegionalProjectPlacements
{
    /// <summary>Counts the placements of every project.</summary>
    /// <param name="projects">The projects.</param>
    /// <param name="placements">The placements, read once.</param>
    /// <returns>One count per project, ordered by id.</returns>
    /// <exception cref="ArgumentException">An argument is null, or a sequence holds a null.</exception>
    public static IReadOnlyList<RegionalProjectCount> Count(IEnumerable<RegionalProject> projects, IEnumerable<Placement> placements)
    {
        Preconditions.CheckNotNull(placements);
        var accumulator = new Accumulator(projects);
        foreach (var placement in placements)
        {
            accumulator.Add(placement);
        }

        return accumulator.ToResult();
    }

    /// <summary>Counts the placements of every project, streaming from a store.</summary>
    /// <param name="projects">The projects.</param>
    /// <param name="placements">The placements, read once.</param>
    /// <param name="cancellationToken">Stops the count.</param>
    /// <returns>One count per project, ordered by id.</returns>
    /// <exception cref="ArgumentException">An argument is null, or a sequence holds a null.</exception>
    public static Task<IReadOnlyList<RegionalProjectCount>> CountAsync(IEnumerable<RegionalProject> projects, IAsyncEnumerable<Placement> placements, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(placements);
        return CountAsync(placements, new Accumulator(projects), cancellationToken);
    }

    /// <summary>
    /// Counts the placements of projects that name employers only, from the starts a store read (a few columns of each
    /// started placement: no vacancy id). Equals <see cref="Count"/> over the same placements.
    /// </summary>
    internal static async Task<IReadOnlyList<RegionalProjectCount>> FromStartsAsync(IEnumerable<RegionalProject> projects, IAsyncEnumerable<PlacementStart> starts, CancellationToken cancellationToken)
    {
        var accumulator = new Accumulator(projects);
        Preconditions.CheckArgument(!accumulator.NamesVacancies, nameof(projects), "A project that names vacancies is counted from whole placements.");
        await foreach (var start in starts.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            accumulator.Add(start);
        }

        return accumulator.ToResult();
    }

    private static async Task<IReadOnlyList<RegionalProjectCount>> CountAsync(IAsyncEnumerable<Placement> placements, Accumulator accumulator, CancellationToken cancellationToken)
    {
        await foreach (var placement in placements.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            accumulator.Add(placement);
        }

        return accumulator.ToResult();
    }

    /// <summary>Each project's covered placements, as starts: whole placements and a store's starts are counted alike.</summary>
    private sealed class Accumulator
    {
        private readonly RegionalProject[] _projects;
        private readonly List<PlacementStart>[] _covered;

        internal Accumulator(IEnumerable<RegionalProject> projects)
        {
            _projects = [.. Preconditions.CheckNotNull(projects).Select(p => Preconditions.CheckNotNull(p, nameof(projects))).OrderBy(p => p.Id, StringComparer.Ordinal)];
            Preconditions.CheckArgument(_projects.Select(p => p.Id).Distinct(StringComparer.Ordinal).Count() == _projects.Length, nameof(projects), "A project id appears twice.");
            _covered = [.. _projects.Select(_ => new List<PlacementStart>())];
        }

        /// <summary>Gets whether a project names vacancies, which only whole placements can say are covered.</summary>
        internal bool NamesVacancies => _projects.Any(p => p.NamesVacancies);

        internal void Add(Placement placement)
        {
            if (placement is null)
            {
                throw new ArgumentException("The placements hold a null.", nameof(placement));
            }

            PlacementStart? start = null;
            for (var i = 0; i < _projects.Length; i++)
            {
                if (_projects[i].Covers(placement) && _projects[i].Period.Contains(placement.Start))
                {
                    start ??= new PlacementStart(PlacementStarts.KeyOf(placement), placement.Start, placement.Employer, RecordKey.Of(placement.Id));
                    _covered[i].Add(start.Value);
                }
            }
        }

        /// <summary>Adds a started placement; only for projects that name no vacancies (<see cref="NamesVacancies"/>).</summary>
        internal void Add(PlacementStart start)
        {
            for (var i = 0; i < _projects.Length; i++)
            {
                if (_projects[i].CoversEmployerOf(start) && _projects[i].Period.Contains(start.Start))
                {
                    _covered[i].Add(start);
                }
            }
        }

        internal IReadOnlyList<RegionalProjectCount> ToResult() =>
            [.. _projects.Select((project, i) => new RegionalProjectCount(project, PlacementsFlow.FromStarts(_covered[i], project.Period, PlacementDimensions.Partner)))];
    }
}
