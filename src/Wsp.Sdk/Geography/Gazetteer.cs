using Wsp.Sdk.Text;

namespace Wsp.Sdk.Geography;

/// <summary>
/// The reference geography of the Dutch public employer services (gemeentelijke indeling): the 35 labour market
/// regions (arbeidsmarktregio's), every municipality (gemeente) of the reference year and the former ones with
/// the region they had, the provinces and the COROP areas, from CBS "Gebieden in Nederland" 2010–2026
/// (CC BY 4.0, Centraal Bureau voor de Statistiek).
/// </summary>
/// <remarks>
/// <para>
/// Lookups by code are exact; lookups by name forgive case, diacritics, spacing, hyphens, apostrophes and CBS
/// suffixes, know the names people actually use (<c>Den Haag</c>, <c>Den Bosch</c>, former Dutch names of
/// Frisian municipalities) and the names of former municipalities. A name that fits several municipalities
/// (<c>Bergen</c>) is answered with all candidates, never with a guess.
/// </para>
/// <para>The data is loaded once, on first use of <see cref="Default"/>. This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class Gazetteer
{
    private static readonly Lazy<Gazetteer> s_default = new(() => new Gazetteer(MunicipalityRow.ReadEmbedded()));

    private readonly Municipality?[] _byCode = new Municipality?[10_000];
    private readonly LabourMarketRegion?[] _regionsByCode = new LabourMarketRegion?[100];
    private readonly Dictionary<string, NameMatch<Municipality>>.AlternateLookup<ReadOnlySpan<char>> _municipalityNames;
    private readonly Dictionary<string, NameMatch<LabourMarketRegion>>.AlternateLookup<ReadOnlySpan<char>> _regionNames;
    private readonly Dictionary<string, Province> _provinces;

    internal Gazetteer(IReadOnlyCollection<MunicipalityRow> rows)
    {
        ReferenceYear = rows.Max(r => r.Year);
        var current = rows.Where(r => r.Year == ReferenceYear).ToList();

        var provinces = rows.GroupBy(r => r.ProvinceCode)
            .Select(g => g.MaxBy(r => r.Year)!)
            .Select(r => new Province(r.ProvinceCode, r.ProvinceName))
            .OrderBy(p => p.Code, StringComparer.Ordinal)
            .ToList();
        var coropAreas = rows.GroupBy(r => r.CoropCode)
            .Select(g => g.MaxBy(r => r.Year)!)
            .Select(r => new CoropArea(r.CoropCode, r.CoropName))
            .OrderBy(c => c.Code, StringComparer.Ordinal)
            .ToList();
        var regions = current.Where(r => r.Region is not null)
            .GroupBy(r => r.Region!.Value)
            .Select(g => new LabourMarketRegion(g.Key, g.First().RegionName!))
            .OrderBy(r => r.Code)
            .ToList();
        foreach (var region in regions)
        {
            _regionsByCode[region.Code.Number] = region;
        }

        var provinceByCode = provinces.ToDictionary(p => p.Code, StringComparer.Ordinal);
        var coropByCode = coropAreas.ToDictionary(c => c.Code, StringComparer.Ordinal);
        var municipalities = new List<Municipality>(rows.Count);
        foreach (var group in rows.GroupBy(r => r.Code))
        {
            var latest = group.MaxBy(r => r.Year)!;
            var municipality = new Municipality(
                latest.Code,
                latest.Name,
                latest.Year,
                isCurrent: latest.Year == ReferenceYear,
                latest.Region is { } code ? _regionsByCode[code.Number] ?? RegionOnlyInHistory(latest) : null,
                coropByCode[latest.CoropCode],
                provinceByCode[latest.ProvinceCode])
            {
                FormerNames = group.Where(r => r != latest).OrderByDescending(r => r.Year).Select(r => r.Name).ToArray(),
            };
            _byCode[municipality.Code.Number] = municipality;
            municipalities.Add(municipality);
        }

        Municipalities = municipalities.Where(m => m.IsCurrent).OrderBy(m => m.Name, StringComparer.Ordinal).ToArray();
        FormerMunicipalities = municipalities.Where(m => !m.IsCurrent).OrderBy(m => m.Name, StringComparer.Ordinal).ToArray();
        Regions = regions;
        Provinces = provinces;
        CoropAreas = coropAreas;
        foreach (var region in regions)
        {
            region.Municipalities = Municipalities.Where(m => m.Region == region).ToArray();
            region.Provinces = region.Municipalities.Select(m => m.Province).Distinct().OrderBy(p => p.Code, StringComparer.Ordinal).ToArray();
        }

        foreach (var province in provinces)
        {
            province.Municipalities = Municipalities.Where(m => m.Province == province).ToArray();
        }

        _municipalityNames = BuildIndex(MunicipalityNames(municipalities), m => (!m.IsCurrent, m.Name)).GetAlternateLookup<ReadOnlySpan<char>>();
        _regionNames = BuildIndex(regions.Select(r => (r.Name, r, false)), r => (false, r.Name)).GetAlternateLookup<ReadOnlySpan<char>>();
        _provinces = new Dictionary<string, Province>(StringComparer.Ordinal);
        foreach (var province in provinces)
        {
            _provinces[province.Code] = province;
            _provinces[NameKey.Of(province.Name)] = province;
        }

        foreach (var (alias, official) in CommonNames.Provinces)
        {
            _provinces[NameKey.Of(alias)] = _provinces[NameKey.Of(official)];
        }
    }

    /// <summary>Gets the reference geography shipped with this version of the SDK.</summary>
    public static Gazetteer Default => s_default.Value;

    /// <summary>Gets the year whose classification the current municipalities and regions follow.</summary>
    public int ReferenceYear { get; }

    /// <summary>Gets the labour market regions (arbeidsmarktregio's), ordered by code.</summary>
    public IReadOnlyList<LabourMarketRegion> Regions { get; }

    /// <summary>Gets the municipalities (gemeenten) of the reference year, ordered by name.</summary>
    public IReadOnlyList<Municipality> Municipalities { get; }

    /// <summary>Gets the former municipalities (opgeheven gemeenten), ordered by name.</summary>
    public IReadOnlyList<Municipality> FormerMunicipalities { get; }

    /// <summary>Gets the provinces (provincies), ordered by code.</summary>
    public IReadOnlyList<Province> Provinces { get; }

    /// <summary>Gets the COROP areas (COROP-gebieden), ordered by code.</summary>
    public IReadOnlyList<CoropArea> CoropAreas { get; }

    /// <summary>Finds a region by its code.</summary>
    /// <param name="code">The region code.</param>
    /// <returns>The region, or null when no region has that code.</returns>
    public LabourMarketRegion? FindRegion(RegionCode code) => _regionsByCode[code.Number < 0 ? 0 : code.Number];

    /// <summary>Finds a region by its code text, for example <c>AM21</c>.</summary>
    /// <param name="code">The region code text.</param>
    /// <returns>The region, or null when the text is not the code of a region.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    public LabourMarketRegion? FindRegion(string code) =>
        RegionCode.TryParse(Preconditions.CheckNotNull(code).AsSpan(), out var parsed) ? FindRegion(parsed) : null;

    /// <summary>Gets a region by its code.</summary>
    /// <param name="code">The region code.</param>
    /// <returns>The region.</returns>
    /// <exception cref="ArgumentException">No region has that code.</exception>
    public LabourMarketRegion GetRegion(RegionCode code) =>
        FindRegion(code) ?? throw new ArgumentException($"'{code}' is not the code of a labour market region.", nameof(code));

    /// <summary>Finds a municipality, current or former, by its code.</summary>
    /// <param name="code">The municipality code.</param>
    /// <returns>The municipality, or null when no municipality had that code.</returns>
    public Municipality? FindMunicipality(MunicipalityCode code) => code == default ? null : _byCode[code.Number];

    /// <summary>Finds a municipality, current or former, by its code text, for example <c>GM0363</c>.</summary>
    /// <param name="code">The municipality code text.</param>
    /// <returns>The municipality, or null when the text is not the code of a municipality.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    public Municipality? FindMunicipality(string code) =>
        MunicipalityCode.TryParse(Preconditions.CheckNotNull(code).AsSpan(), out var parsed) ? _byCode[parsed.Number] : null;

    /// <summary>Gets a municipality, current or former, by its code.</summary>
    /// <param name="code">The municipality code.</param>
    /// <returns>The municipality.</returns>
    /// <exception cref="ArgumentException">No municipality had that code.</exception>
    public Municipality GetMunicipality(MunicipalityCode code) =>
        FindMunicipality(code) ?? throw new ArgumentException($"'{code}' is not the code of a current or former municipality.", nameof(code));

    /// <summary>Looks a municipality up by name: official, common or former (see the remarks on <see cref="Gazetteer"/>).</summary>
    /// <param name="name">The name as a person would type it, for example <c>den haag</c> or <c>Sudwest Fryslan</c>.</param>
    /// <returns>The match: found, ambiguous with its candidates (current ones first), or not found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public NameMatch<Municipality> MatchMunicipality(string name) =>
        NameKey.TryGetValue(_municipalityNames, Preconditions.CheckNotNull(name).AsSpan(), out var match) ? match : NameMatch<Municipality>.NotFound;

    /// <summary>Looks a labour market region up by name, forgiving as <see cref="MatchMunicipality"/>.</summary>
    /// <param name="name">The name, for example <c>groot-amsterdam</c>.</param>
    /// <returns>The match.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public NameMatch<LabourMarketRegion> MatchRegion(string name) =>
        NameKey.TryGetValue(_regionNames, Preconditions.CheckNotNull(name).AsSpan(), out var match) ? match : NameMatch<LabourMarketRegion>.NotFound;

    /// <summary>Finds a province by its code (<c>PV28</c>) or its name, official or common (<c>Friesland</c>).</summary>
    /// <param name="codeOrName">The code or the name.</param>
    /// <returns>The province, or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="codeOrName"/> is null.</exception>
    public Province? FindProvince(string codeOrName)
    {
        Preconditions.CheckNotNull(codeOrName);
        return _provinces.TryGetValue(codeOrName.ToUpperInvariant(), out var byCode) ? byCode
            : _provinces.TryGetValue(NameKey.Of(codeOrName), out var byName) ? byName
            : null;
    }

    private static LabourMarketRegion RegionOnlyInHistory(MunicipalityRow row) =>
        throw new FormatException($"Municipality {row.Code} names region {row.Region} that no current municipality belongs to.");

    private IEnumerable<(string Name, Municipality Municipality, bool IsShortForm)> MunicipalityNames(IEnumerable<Municipality> municipalities)
    {
        foreach (var municipality in municipalities)
        {
            yield return (municipality.Name, municipality, false);
            foreach (var former in municipality.FormerNames)
            {
                yield return (former, municipality, false);
            }

            foreach (var shortForm in CommonNames.ShortForms(municipality.Name))
            {
                yield return (shortForm, municipality, true);
            }
        }

        foreach (var (alias, code) in CommonNames.Municipalities)
        {
            yield return (alias, _byCode[MunicipalityCode.Parse(code).Number]
                ?? throw new FormatException($"Common name '{alias}' points at unknown municipality {code}."), false);
        }
    }

    private static Dictionary<string, NameMatch<T>> BuildIndex<T>(IEnumerable<(string Name, T Value, bool IsShortForm)> names, Func<T, (bool Former, string Name)> order)
        where T : class
    {
        // A full name (official, former or common) wins over a short form: "Hengelo" is the former name of
        // Hengelo (O.), whatever else might shorten to it. Short forms only compete among themselves.
        return names
            .GroupBy(n => NameKey.Of(n.Name), StringComparer.Ordinal)
            .ToDictionary(
                key => key.Key,
                key => NameMatch<T>.Of(key
                    .Where(n => !n.IsShortForm || key.All(other => other.IsShortForm))
                    .Select(n => n.Value)
                    .Distinct()
                    .OrderBy(v => order(v).Former)
                    .ThenBy(v => order(v).Name, StringComparer.Ordinal)
                    .ToArray()),
                StringComparer.Ordinal);
    }
}
