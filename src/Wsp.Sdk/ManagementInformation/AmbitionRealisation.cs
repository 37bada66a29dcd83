using NodaTime;
using Wsp.Sdk.Ambitions;
using Wsp.Sdk.Counting;
using Wsp.Sdk.Placements;

namespace Wsp.Sdk.ManagementInformation;

/// <summary>
/// Figure <c>ambition-realisation/1</c>: a region's placement ambition (plaatsingsambitie, rule H4) against the
/// placements realised in its year, per sector × partner. Realised placements are counted by <c>placements-flow/1</c>
/// over the ambition's year (1 January–31 December), grouped by region, sector and booking partner.
/// </summary>
/// <remarks>Methods are thread-safe.</remarks>
public static class AmbitionRealisation
{
    /// <summary>The dimensions the placement counts must be grouped by.</summary>
    public const PlacementDimensions Dimensions = PlacementDimensions.Region | PlacementDimensions.Sector | PlacementDimensions.Partner;

    /// <summary>Returns the period a table's realisation is counted over: its calendar year.</summary>
    /// <param name="ambition">The ambition table.</param>
    /// <returns>1 January to 31 December of the table's year.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ambition"/> is null.</exception>
    public static DateInterval PeriodOf(PlacementAmbitionTable ambition)
    {
        Preconditions.CheckNotNull(ambition);
        return new DateInterval(new LocalDate(ambition.Year, 1, 1), new LocalDate(ambition.Year, 12, 31));
    }

    /// <summary>Sets the ambition against placement counts of its year grouped by region, sector and partner (for example pre-aggregated ones).</summary>
    /// <param name="ambition">The region's ambition table.</param>
    /// <param name="flow">The result of <see cref="PlacementsFlow"/> over the table's year, grouped by region, sector and partner.</param>
    /// <returns>The ambition against the realisation.</returns>
    /// <exception cref="ArgumentException">An argument is null, the counts are not grouped so, grouped by target group, or not of the table's year.</exception>
    public static AmbitionRealisationReport Compute(PlacementAmbitionTable ambition, PlacementFlowResult flow)
    {
        Preconditions.CheckNotNull(ambition);
        Preconditions.CheckNotNull(flow);
        Preconditions.CheckArgument(
            (flow.Dimensions & Dimensions) == Dimensions && (flow.Dimensions & PlacementDimensions.TargetGroup) == 0,
            nameof(flow),
            $"The realisation of an ambition (H4) needs placements grouped by region, sector and partner, not by target group; these are grouped by {flow.Dimensions}.");
        Preconditions.CheckArgument(
            flow.Period.Equals(PeriodOf(ambition)),
            nameof(flow),
            $"The ambition is for {ambition.Year}; the placements were counted over {flow.Period.Start:uuuu-MM-dd}–{flow.Period.End:uuuu-MM-dd}.");
        var realised = new Dictionary<(string Sector, Partners.BookingPartner Partner), Tally>();
        var outside = Tally.Zero;
        for (var i = 0; i < flow.Groups.Count; i++)
        {
            var count = flow.Groups[i];
            if (count.Group.Region != ambition.Region)
            {
                continue;
            }

            var key = (count.Group.SectorCode!, count.Group.Partner!.Value);
            if (ambition.Classification.Find(key.Item1) is null || !ambition.Partners.Contains(key.Item2))
            {
                outside += flow.TallyOf(i);
                continue;
            }

            realised[key] = realised.GetValueOrDefault(key) + flow.TallyOf(i);
        }

        var cells = ambition.Cells
            .Select(c => new AmbitionCell(c.SectorCode, c.Partner, c.Placements, realised.GetValueOrDefault((c.SectorCode, c.Partner))))
            .ToArray();
        return new AmbitionRealisationReport(ambition, cells, outside);
    }

    /// <summary>Counts the placements of the table's year and sets the ambition against them.</summary>
    /// <param name="ambition">The region's ambition table.</param>
    /// <param name="placements">The placements, read once; other regions' are ignored.</param>
    /// <returns>The ambition against the realisation.</returns>
    /// <exception cref="ArgumentException">An argument is null.</exception>
    public static AmbitionRealisationReport Compute(PlacementAmbitionTable ambition, IEnumerable<Placement> placements) =>
        Compute(ambition, PlacementsFlow.Count(placements, PeriodOf(ambition), Dimensions));

    /// <summary>Counts the placements of the table's year, streaming from a store, and sets the ambition against them.</summary>
    /// <param name="ambition">The region's ambition table.</param>
    /// <param name="placements">The placements, read once; other regions' are ignored.</param>
    /// <param name="cancellationToken">Stops the count.</param>
    /// <returns>The ambition against the realisation.</returns>
    /// <exception cref="ArgumentException">An argument is null.</exception>
    public static Task<AmbitionRealisationReport> ComputeAsync(PlacementAmbitionTable ambition, IAsyncEnumerable<Placement> placements, CancellationToken cancellationToken = default)
    {
        // Arguments are checked before the first await, so a bad call fails at once, not when awaited.
        var period = PeriodOf(ambition);
        Preconditions.CheckNotNull(placements);
        return ComputeCoreAsync(ambition, placements, period, cancellationToken);
    }

    private static async Task<AmbitionRealisationReport> ComputeCoreAsync(PlacementAmbitionTable ambition, IAsyncEnumerable<Placement> placements, DateInterval period, CancellationToken cancellationToken)
    {
        var flow = await PlacementsFlow.CountAsync(placements, period, Dimensions, cancellationToken).ConfigureAwait(false);
        return Compute(ambition, flow);
    }
}
