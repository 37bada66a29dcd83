using System.Globalization;
using Microsoft.Azure.Cosmos;
using NodaTime;
using Wsp.Sdk.Geography;
using Wsp.Sdk.Placements;
using Wsp.Sdk.Storage;

namespace Wsp.Sdk.Cosmos;

/// <summary>
/// Placements as a list, a page at a time (<see cref="IPlacementStore.QueryAsync"/>), by keyset on
/// <see cref="PlacementQuery.Order"/> (start date, then id) from two sources, merged by that key: the imported placements
/// (<c>TOP</c> a page plus one, <c>ORDER BY c.start, c.id</c> on the composite index) and the booked ones, read in
/// start-date windows. Each region of a scope is its own partition's queries; every region is one query across them.
/// </summary>
/// <remarks>
/// <para>
/// Booked placements live inside their vacancy documents, and Cosmos DB refuses an <c>ORDER BY</c> over a <c>JOIN</c>
/// ("Order-by over correlated collections is not supported"), so they cannot come sorted and cut to a page. Instead a
/// page reads them a start-date window at a time from the first one after its position (<c>MIN(p.start)</c>), each window
/// twice as wide as the one before, and stops as soon as the page is decided: once a page plus one are known, nothing that
/// starts after the last of them can be in the page, so neither source reads past its start date. A page therefore
/// reads about a page of imported placements per region and the booked ones of at most twice the dates the page spans,
/// not every booked placement after its position.
/// </para>
/// </remarks>
internal sealed partial class CosmosPlacementStore
{
    /// <summary>The days of the first window of booked placements a page reads; each next window is twice as wide.</summary>
    internal const int FirstBookedWindowDays = 7;

    public async Task<Page<Placement>> QueryAsync(PlacementQuery query, string? continuationToken = null, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(query);
        (LocalDate Start, string Id)? after = null;
        if (continuationToken is not null)
        {
            if (!PlacementQuery.TryParseContinuation(continuationToken, out var start, out var id))
            {
                throw new ArgumentException($"'{continuationToken}' is no continuation token of a placements query.", nameof(continuationToken));
            }

            after = (start, id);
        }

        // One more than the page: whether another page follows, without another read.
        var first = new FirstPlacements(query.PageSize + 1);
        foreach (var region in Partitions(query.Regions))
        {
            await ReadImportedAsync(region, query, after, first, cancellationToken).ConfigureAwait(false);
        }

        foreach (var region in Partitions(query.Regions))
        {
            await ReadBookedAsync(region, query, after, first, cancellationToken).ConfigureAwait(false);
        }

        var found = first.Items;
        if (found.Count <= query.PageSize)
        {
            return new Page<Placement>([.. found], null);
        }

        var page = found.GetRange(0, query.PageSize);
        return new Page<Placement>(page, PlacementQuery.ContinuationAfter(page[^1]));
    }

    public async Task<int> CountAsync(PlacementQuery query, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(query);
        var count = 0;
        foreach (var region in Partitions(query.Regions))
        {
            // Summed, not taken: across partitions a count may come as one value per partition range.
            var partitionKey = PartitionKeyOf(region);
            var imported = PageQuery("SELECT VALUE COUNT(1) FROM c", "c", region, query, after: null, condition: "NOT IS_DEFINED(c.aggregate)");
            count += (await Queries.ListAsync<int>(_placements, imported, partitionKey, _options.QueryPageSize, cancellationToken).ConfigureAwait(false)).Sum();
            var booked = PageQuery("SELECT VALUE COUNT(1) FROM c JOIN p IN c.state.placements", "p", region, query, after: null);
            count += (await Queries.ListAsync<int>(_vacancies, booked, partitionKey, _options.QueryPageSize, cancellationToken).ConfigureAwait(false)).Sum();
        }

        return count;
    }

    /// <summary>The region's imported placements after the position: at most a page plus one, none after the page's last known start.</summary>
    private async Task ReadImportedAsync(RegionCode? region, PlacementQuery query, (LocalDate Start, string Id)? after, FirstPlacements first, CancellationToken cancellationToken)
    {
        var take = first.Capacity.ToString(CultureInfo.InvariantCulture);
        var imported = PageQuery($"SELECT TOP {take} * FROM c", "c", region, query, after, until: first.LastStart, condition: "NOT IS_DEFINED(c.aggregate)", orderBy: " ORDER BY c.start, c.id");
        var documents = await Queries.ListAsync<PlacementDocument>(_placements, imported, PartitionKeyOf(region), first.Capacity, cancellationToken).ConfigureAwait(false);
        first.Add(documents.Select(Mapping.ToPlacement));
    }

    /// <summary>The region's booked placements after the position, a window of start dates at a time, until the page is decided.</summary>
    private async Task ReadBookedAsync(RegionCode? region, PlacementQuery query, (LocalDate Start, string Id)? after, FirstPlacements first, CancellationToken cancellationToken)
    {
        const string Booked = "SELECT VALUE p FROM c JOIN p IN c.state.placements";
        var partitionKey = PartitionKeyOf(region);
        var days = FirstBookedWindowDays;
        var next = await FirstBookedStartAsync(region, query, after, from: null, cancellationToken).ConfigureAwait(false);
        while (next is { } from && !(first.LastStart is { } last && from > last))
        {
            var to = from.PlusDays(Math.Min(days - 1, Period.DaysBetween(from, LocalDate.MaxIsoValue)));
            if (first.LastStart is { } bound && bound < to)
            {
                to = bound;
            }

            var window = PageQuery(Booked, "p", region, query, after, from, to);
            var documents = await Queries.ListAsync<PlacementDocument>(_vacancies, window, partitionKey, _options.QueryPageSize, cancellationToken).ConfigureAwait(false);
            first.Add(documents.Select(Mapping.ToPlacement));

            // Every booked placement up to the window's end is read: the page is decided when its last known start is in it.
            if ((first.LastStart is { } decided && decided <= to) || to == LocalDate.MaxIsoValue)
            {
                return;
            }

            next = await FirstBookedStartAsync(region, query, after, to.PlusDays(1), cancellationToken).ConfigureAwait(false);
            days = (int)Math.Min(days * 2L, 400 * 366);
        }
    }

    /// <summary>The first start date of a booked placement after the position (and on or after <paramref name="from"/>); null when none is left.</summary>
    private async Task<LocalDate?> FirstBookedStartAsync(RegionCode? region, PlacementQuery query, (LocalDate Start, string Id)? after, LocalDate? from, CancellationToken cancellationToken)
    {
        var first = PageQuery("SELECT VALUE MIN(p.start) FROM c JOIN p IN c.state.placements", "p", region, query, after, from);

        // Across partitions the minimum may come as one value per partition range, and none comes for no placement.
        var starts = await Queries.ListAsync<string?>(_vacancies, first, PartitionKeyOf(region), _options.QueryPageSize, cancellationToken).ConfigureAwait(false);
        return starts.Where(s => s is not null).Min(StringComparer.Ordinal) is { } start ? Mapping.ParseDate(start) : null;
    }

    private static PartitionKey? PartitionKeyOf(RegionCode? region) => region is { } code ? new PartitionKey(code.ToString()) : null;

    /// <summary>
    /// The query's region (also the partition-key predicate), its start dates narrowed to <paramref name="from"/> and
    /// <paramref name="until"/>, and the keyset position, in the query text.
    /// </summary>
    private static QueryDefinition PageQuery(string select, string alias, RegionCode? region, PlacementQuery query, (LocalDate Start, string Id)? after, LocalDate? from = null, LocalDate? until = null, string? condition = null, string orderBy = "")
    {
        var filter = new PlacementFilter(
            region,
            StartedOnOrBefore: Earlier(query.StartedOnOrBefore, until),
            StartedOnOrAfter: Later(query.StartedOnOrAfter, from));
        if (after is not { } position)
        {
            return Query(select, alias, filter, condition, orderBy);
        }

        var keyset = $"({alias}.start > @afterStart OR ({alias}.start = @afterStart AND {alias}.id > @afterId))";
        return Query(select, alias, filter, condition is null ? keyset : $"{condition} AND {keyset}", orderBy)
            .WithParameter("@afterStart", Mapping.Format(position.Start))
            .WithParameter("@afterId", position.Id);
    }

    private static LocalDate? Earlier(LocalDate? a, LocalDate? b) => a is null ? b : b is null ? a : LocalDate.Min(a.Value, b.Value);

    private static LocalDate? Later(LocalDate? a, LocalDate? b) => a is null ? b : b is null ? a : LocalDate.Max(a.Value, b.Value);

    /// <summary>The first placements in <see cref="PlacementQuery.Order"/> of those read so far, at most <see cref="Capacity"/>.</summary>
    private sealed class FirstPlacements(int capacity)
    {
        public int Capacity { get; } = capacity;

        public List<Placement> Items { get; } = new(capacity + 1);

        /// <summary>Gets the start date of the last placement once <see cref="Capacity"/> are known: no later start can be among them.</summary>
        public LocalDate? LastStart => Items.Count == Capacity ? Items[^1].Start : null;

        public void Add(IEnumerable<Placement> placements)
        {
            Items.AddRange(placements);
            Items.Sort(PlacementQuery.Order);
            if (Items.Count > Capacity)
            {
                Items.RemoveRange(Capacity, Items.Count - Capacity);
            }
        }
    }
}
