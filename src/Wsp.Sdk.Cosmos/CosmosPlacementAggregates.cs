using System.Globalization;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Azure.Cosmos;
using Newtonsoft.Json;
using NodaTime;
using Wsp.Sdk.Counting;
using Wsp.Sdk.Employers;
using Wsp.Sdk.Geography;
using Wsp.Sdk.Partners;
using Wsp.Sdk.Placements;
using Wsp.Sdk.Storage;
using Wsp.Sdk.TargetGroups;

namespace Wsp.Sdk.Cosmos;

/// <summary>
/// The placements' pre-aggregates on Cosmos DB (<see cref="IPlacementAggregates"/>): each import writes, beside its
/// placements and before its marker, documents in the placements container (partitioned by region, tagged with the
/// import's id, <c>aggregate</c> = <c>ledger</c> or <c>starts</c>) holding the SDK's job-agreement ledger entries and
/// placement-starts cells of that import in that region. A rollback or failed import removes them with its placements
/// (same import id). Placements booked on vacancies are turned into entries by the SDK when read. The stand-in has no
/// GROUP BY, so the sums are the SDK's, in .NET, over a few documents per region instead of every placement.
/// </summary>
/// <remarks>
/// For a store fed by more writers than this SDK, the same documents can be kept by a change-feed processor on the
/// placements and vacancies containers (docs/cosmos.md); the read side stays as it is.
/// </remarks>
internal sealed partial class CosmosPlacementStore : IPlacementAggregates
{
    /// <summary>Cells per aggregate document: far below the 2 MB document limit (a cell is under 200 bytes).</summary>
    private const int CellsPerDocument = 2000;

    /// <summary>Cells an import holds in memory before it writes them as documents.</summary>
    private const int FlushCells = 50_000;

    public IAsyncEnumerable<JobAgreementLedgerEntry> ReadJobAgreementLedgerAsync(LocalDate measuringDate, IReadOnlyCollection<RegionCode>? regions = null, CancellationToken cancellationToken = default) =>
        ReadLedgerAsync(null, measuringDate, regions, cancellationToken);

    public async IAsyncEnumerable<PlacementStartsCell> ReadPlacementStartsAsync(DateInterval period, PlacementDimensions by, IReadOnlyCollection<RegionCode>? regions = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        // The aggregate documents are a few per region and import: read them as they are, from the regions' partitions
        // only; the SDK sums them.
        Preconditions.CheckNotNull(period);
        if ((by & PlacementDimensions.Employer) != 0)
        {
            // The documents hold no employer: by employer, the period's placements are read (their regions' partitions
            // only) and grouped here by cell and employer.
            await foreach (var cell in StartsByEmployerAsync(period, regions, cancellationToken).ConfigureAwait(false))
            {
                yield return cell;
            }

            yield break;
        }

        var partners = new Dictionary<string, BookingPartner>(StringComparer.Ordinal);
        await foreach (var document in AggregateDocumentsAsync(StartsKind, regions, cancellationToken).ConfigureAwait(false))
        {
            var region = RegionCode.Parse(document.RegionCode);
            foreach (var cell in document.Cells)
            {
                var date = Mapping.ParseDate(cell.Date);
                if (period.Contains(date))
                {
                    var key = new PlacementStartsKey(region, cell.Sector, Partner(partners, cell.Partner), cell.Arrangement, TargetGroupSet.Parse(cell.Groups!), (EmployerKind)cell.Kind);
                    yield return new PlacementStartsCell(key, date, cell.Count, cell.KeySum ?? 0u);
                }
            }
        }

        var booked = new PlacementStarts();
        await foreach (var placement in BookedAsync(PlacementFilter.StartedIn(period), regions, cancellationToken).ConfigureAwait(false))
        {
            booked.Add(placement);
        }

        foreach (var cell in booked.Cells())
        {
            yield return cell;
        }
    }

    /// <summary>
    /// The period's placements grouped by cell and employer, summed over the dates (a cell dated by its last start): an
    /// employer has a handful of cells, so a twelve-year flow by employer holds about as many as it has groups, not one
    /// a placement. The SDK sums the cells over the dimensions not asked for.
    /// </summary>
    private async IAsyncEnumerable<PlacementStartsCell> StartsByEmployerAsync(DateInterval period, IReadOnlyCollection<RegionCode>? regions, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var cells = new Dictionary<(PlacementStartsKey Key, KvkNumber Employer), (LocalDate Last, int Count, uint KeySum)>();
        await foreach (var start in ReadStartedPlacementsAsync(period, regions, cancellationToken).ConfigureAwait(false))
        {
            ref var cell = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(cells, (start.Key, start.Employer), out var exists);
            cell = exists
                ? (LocalDate.Max(cell.Last, start.Start), cell.Count + 1, unchecked(cell.KeySum + start.RecordKey))
                : (start.Start, 1, start.RecordKey);
        }

        foreach (var ((key, employer), (last, count, keySum)) in cells)
        {
            yield return new PlacementStartsCell(key, last, count, keySum) { Employer = employer };
        }
    }

    public IAsyncEnumerable<JobAgreementLedgerEntry> ReadJobAgreementLedgerChangesAsync(DateInterval period, IReadOnlyCollection<RegionCode>? regions = null, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(period);
        return ReadLedgerAsync(period.Start, period.End, regions, cancellationToken);
    }

    public async IAsyncEnumerable<JobAgreementPlacement> ReadJobAgreementPlacementsAsync(LocalDate measuringDate, IReadOnlyCollection<RegionCode>? regions = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        // The rule's filter (active on the date) in the query, the regions' partitions only.
        await foreach (var placement in InScopeAsync(PlacementFilter.ActiveOn(measuringDate), regions, cancellationToken).ConfigureAwait(false))
        {
            if (placement.CountsForJobAgreement)
            {
                yield return new JobAgreementPlacement(
                    new JobAgreementLedgerKey(placement.Region.Code, placement.EmployerKind, placement.SectorCode, placement.BookingPartner, placement.ArrangementId),
                    placement.Employer,
                    placement.HoursPerWeek,
                    placement.Candidate.Value,
                    RecordKey.Of(placement.Id));
            }
        }
    }

    public async IAsyncEnumerable<PlacementStart> ReadStartedPlacementsAsync(DateInterval period, IReadOnlyCollection<RegionCode>? regions = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(period);
        await foreach (var placement in InScopeAsync(PlacementFilter.StartedIn(period), regions, cancellationToken).ConfigureAwait(false))
        {
            yield return new PlacementStart(PlacementStarts.KeyOf(placement), placement.Start, placement.Employer, RecordKey.Of(placement.Id));
        }
    }

    /// <summary>
    /// The placements, imported and booked, that pass <paramref name="filter"/> (its region aside) in the
    /// <paramref name="regions"/>: per region one partition's queries (partition key on the request and in the text), so
    /// another region's documents are never read; across partitions when null; nothing for no region.
    /// </summary>
    private async IAsyncEnumerable<Placement> InScopeAsync(PlacementFilter filter, IReadOnlyCollection<RegionCode>? regions, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var region in Partitions(regions))
        {
            await foreach (var placement in StreamAsync(filter with { Region = region }, cancellationToken).ConfigureAwait(false))
            {
                yield return placement;
            }
        }
    }

    private const string LedgerKind = "ledger";

    private const string StartsKind = "starts";

    /// <summary>
    /// The placements booked on vacancies that pass <paramref name="filter"/> (its region aside): of the
    /// <paramref name="regions"/> only, one partition's query each (partition key on the request and in the text), or
    /// one query across partitions when null.
    /// </summary>
    private async IAsyncEnumerable<Placement> BookedAsync(PlacementFilter filter, IReadOnlyCollection<RegionCode>? regions, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var region in Partitions(regions))
        {
            var booked = Query("SELECT VALUE p FROM c JOIN p IN c.state.placements", "p", filter with { Region = region });
            var partitionKey = region is { } code ? new PartitionKey(code.ToString()) : (PartitionKey?)null;
            await foreach (var document in Queries.StreamAsync<PlacementDocument>(_vacancies, booked, partitionKey, _options.QueryPageSize, cancellationToken).ConfigureAwait(false))
            {
                yield return Mapping.ToPlacement(document);
            }
        }
    }

    /// <summary>
    /// The imports' pre-aggregate documents of one kind: of the <paramref name="regions"/> only, one partition's query
    /// each, so another region's documents are never read; across partitions when null.
    /// </summary>
    private async IAsyncEnumerable<AggregateDocument> AggregateDocumentsAsync(string kind, IReadOnlyCollection<RegionCode>? regions, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var region in Partitions(regions))
        {
            var query = new QueryDefinition("SELECT * FROM c WHERE c.aggregate = @aggregate" + (region is null ? "" : " AND c.regionCode = @region"))
                .WithParameter("@aggregate", kind);
            PartitionKey? partitionKey = null;
            if (region is { } code)
            {
                query = query.WithParameter("@region", code.ToString());
                partitionKey = new PartitionKey(code.ToString());
            }

            await foreach (var document in Queries.StreamAsync<AggregateDocument>(_placements, query, partitionKey, _options.QueryPageSize, cancellationToken).ConfigureAwait(false))
            {
                yield return document;
            }
        }
    }

    /// <summary>The partitions a region scope reads: each region once, or null (across partitions) for every region.</summary>
    private static IEnumerable<RegionCode?> Partitions(IReadOnlyCollection<RegionCode>? regions) =>
        regions is null ? [null] : regions.Distinct().Select(r => (RegionCode?)r);

    /// <summary>
    /// The ledger entries dated from <paramref name="first"/> (or the beginning) to <paramref name="last"/>: the imports'
    /// documents, then the booked placements' entries (a booked placement's end delta falls the day after its end, so
    /// every one that started by <paramref name="last"/> is read).
    /// </summary>
    private async IAsyncEnumerable<JobAgreementLedgerEntry> ReadLedgerAsync(LocalDate? first, LocalDate last, IReadOnlyCollection<RegionCode>? regions, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var partners = new Dictionary<string, BookingPartner>(StringComparer.Ordinal);
        await foreach (var document in AggregateDocumentsAsync(LedgerKind, regions, cancellationToken).ConfigureAwait(false))
        {
            var region = RegionCode.Parse(document.RegionCode);
            foreach (var cell in document.Cells)
            {
                var date = Mapping.ParseDate(cell.Date);
                if (date <= last && (first is null || date >= first))
                {
                    var key = new JobAgreementLedgerKey(region, (EmployerKind)cell.Kind, cell.Sector, Partner(partners, cell.Partner), cell.Arrangement);
                    yield return new JobAgreementLedgerEntry(key, date, decimal.Parse(cell.Hours!, NumberStyles.Number, CultureInfo.InvariantCulture), cell.Count);
                }
            }
        }

        var booked = new JobAgreementLedger();
        await foreach (var placement in BookedAsync(new PlacementFilter(StartedOnOrBefore: last), regions, cancellationToken).ConfigureAwait(false))
        {
            booked.Add(placement);
        }

        foreach (var entry in booked.Entries())
        {
            if (entry.Date <= last && (first is null || entry.Date >= first))
            {
                yield return entry;
            }
        }
    }

    private static BookingPartner Partner(Dictionary<string, BookingPartner> partners, string text)
    {
        if (!partners.TryGetValue(text, out var partner))
        {
            partner = BookingPartner.Parse(text);
            partners.Add(text, partner);
        }

        return partner;
    }

    /// <summary>What one import adds to the pre-aggregates, written as documents in parts to bound its memory.</summary>
    private sealed class ImportAggregates(CosmosPlacementStore store, string importId)
    {
        private readonly JobAgreementLedger _ledger = new();
        private readonly PlacementStarts _starts = new();
        private readonly string _idPrefix = "agg-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(importId)))[..32];
        private int _documents;

        public bool IsFull => _ledger.EntryCount + _starts.CellCount >= FlushCells;

        public void Add(Placement placement)
        {
            _ledger.Add(placement);
            _starts.Add(placement);
        }

        public async Task FlushAsync(CancellationToken cancellationToken)
        {
            var documents = new List<AggregateDocument>();
            foreach (var region in _ledger.Entries().GroupBy(e => e.Key.Region))
            {
                documents.AddRange(region.Chunk(CellsPerDocument).Select(chunk => Document(region.Key, LedgerKind, chunk.Select(e => new AggregateCell
                {
                    Date = Mapping.Format(e.Date),
                    Kind = (int)e.Key.EmployerKind,
                    Sector = e.Key.SectorCode,
                    Partner = e.Key.BookingPartner.ToString(),
                    Arrangement = e.Key.ArrangementId,
                    Hours = e.HoursDelta.ToString(CultureInfo.InvariantCulture),
                    Count = e.PersonsDelta,
                }))));
            }

            foreach (var region in _starts.Cells().GroupBy(c => c.Key.Region))
            {
                documents.AddRange(region.Chunk(CellsPerDocument).Select(chunk => Document(region.Key, StartsKind, chunk.Select(c => new AggregateCell
                {
                    Date = Mapping.Format(c.Date),
                    Kind = (int)c.Key.EmployerKind,
                    Sector = c.Key.SectorCode,
                    Partner = c.Key.BookingPartner.ToString(),
                    Arrangement = c.Key.ArrangementId,
                    Groups = c.Key.TargetGroups.ToString(),
                    Count = c.Placements,
                    KeySum = c.KeySum,
                }))));
            }

            _ledger.Clear();
            _starts.Clear();
            var parallel = new ParallelOptions { MaxDegreeOfParallelism = store._options.ImportParallelism, CancellationToken = cancellationToken };
            await Parallel.ForEachAsync(documents, parallel, async (document, ct) =>
            {
                using var response = await store._placements.CreateItemStreamAsync(Json.ToStream(document), new PartitionKey(document.RegionCode), cancellationToken: ct).ConfigureAwait(false);
                Json.EnsureSuccess(response, $"Aggregate document {document.Id} of import {importId}");
            }).ConfigureAwait(false);
        }

        private AggregateDocument Document(RegionCode region, string kind, IEnumerable<AggregateCell> cells) => new()
        {
            Id = $"{_idPrefix}-{++_documents}",
            RegionCode = region.ToString(),
            ImportId = importId,
            Aggregate = kind,
            Cells = [.. cells],
        };
    }

    /// <summary>One import's pre-aggregate cells in one region.</summary>
    private sealed class AggregateDocument
    {
        [JsonProperty("id")] public string Id { get; set; } = "";

        [JsonProperty("regionCode")] public string RegionCode { get; set; } = "";

        [JsonProperty("importId")] public string ImportId { get; set; } = "";

        [JsonProperty("aggregate")] public string Aggregate { get; set; } = "";

        [JsonProperty("cells")] public List<AggregateCell> Cells { get; set; } = [];
    }

    private sealed class AggregateCell
    {
        [JsonProperty("d")] public string Date { get; set; } = "";

        [JsonProperty("k")] public int Kind { get; set; }

        [JsonProperty("s")] public string Sector { get; set; } = "";

        [JsonProperty("p")] public string Partner { get; set; } = "";

        [JsonProperty("a")] public string? Arrangement { get; set; }

        [JsonProperty("h", NullValueHandling = NullValueHandling.Ignore)] public string? Hours { get; set; }

        [JsonProperty("g", NullValueHandling = NullValueHandling.Ignore)] public string? Groups { get; set; }

        [JsonProperty("n")] public int Count { get; set; }

        // The sum of the cell's record keys modulo 2^32 (placement starts only); absent on documents written before it.
        [JsonProperty("ks", NullValueHandling = NullValueHandling.Ignore)] public uint? KeySum { get; set; }
    }
}
