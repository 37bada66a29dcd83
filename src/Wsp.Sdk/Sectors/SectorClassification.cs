namespace Wsp.Sdk.Sectors;

/// <summary>
/// A sector classification (sectorindeling): the sectors one region or plan counts by, in one year. Regions classify
/// sectors their own way, so a classification is data, not an enum.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class SectorClassification
{
    private readonly Dictionary<string, Sector> _byCode;

    /// <summary>Initializes a classification.</summary>
    /// <param name="id">A stable id, for example <c>haaglanden-2015</c>.</param>
    /// <param name="year">The year the classification was made for.</param>
    /// <param name="description">Where the classification comes from.</param>
    /// <param name="sectors">The sectors in their published order; codes are unique.</param>
    /// <exception cref="ArgumentException">An argument is missing, or two sectors share a code.</exception>
    public SectorClassification(string id, int year, string description, IEnumerable<Sector> sectors)
    {
        Id = Preconditions.CheckNotNullOrWhiteSpace(id);
        Year = Preconditions.CheckArgumentRange(year, 1900, 2999);
        Description = Preconditions.CheckNotNullOrWhiteSpace(description);
        Sectors = Preconditions.CheckNotNull(sectors).Select(s => Preconditions.CheckNotNull(s, nameof(sectors))).ToArray();
        Preconditions.CheckArgument(Sectors.Count > 0, nameof(sectors), "A classification has at least one sector.");
        _byCode = new Dictionary<string, Sector>(StringComparer.Ordinal);
        foreach (var sector in Sectors)
        {
            Preconditions.CheckArgument(_byCode.TryAdd(sector.Code, sector), nameof(sectors), $"Sector code '{sector.Code}' appears twice.");
        }
    }

    /// <summary>Gets the stable id, for example <c>haaglanden-2015</c>.</summary>
    public string Id { get; }

    /// <summary>Gets the year the classification was made for.</summary>
    public int Year { get; }

    /// <summary>Gets where the classification comes from.</summary>
    public string Description { get; }

    /// <summary>Gets the sectors in their published order.</summary>
    public IReadOnlyList<Sector> Sectors { get; }

    /// <summary>Finds a sector by its code (exact, upper case).</summary>
    /// <param name="code">The sector code.</param>
    /// <returns>The sector, or null when the classification has no such code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    public Sector? Find(string code) => _byCode.GetValueOrDefault(Preconditions.CheckNotNull(code));

    /// <summary>Gets a sector by its code.</summary>
    /// <param name="code">The sector code.</param>
    /// <returns>The sector.</returns>
    /// <exception cref="ArgumentException">The classification has no such code.</exception>
    public Sector Get(string code) =>
        Find(code) ?? throw new ArgumentException($"Sector classification {Id} has no sector '{code}'.", nameof(code));

    /// <inheritdoc />
    public override string ToString() => Id;
}
