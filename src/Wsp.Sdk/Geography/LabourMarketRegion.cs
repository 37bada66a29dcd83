namespace Wsp.Sdk.Geography;

/// <summary>
/// A labour market region (arbeidsmarktregio): one of the 35 regions in which municipalities and UWV serve
/// employers together through one employer service point (werkgeversservicepunt, from 2026 Werkcentrum).
/// </summary>
/// <remarks>Instances come from <see cref="Gazetteer"/> only; they are immutable and thread-safe.</remarks>
public sealed class LabourMarketRegion
{
    internal LabourMarketRegion(RegionCode code, string name)
    {
        Code = code;
        Name = name;
    }

    /// <summary>Gets the CBS region code, for example <c>AM21</c>.</summary>
    public RegionCode Code { get; }

    /// <summary>Gets the CBS name, for example <c>Haaglanden</c>.</summary>
    public string Name { get; }

    /// <summary>Gets the region's current municipalities (gemeenten), ordered by name.</summary>
    public IReadOnlyList<Municipality> Municipalities { get; internal set; } = [];

    /// <summary>Gets the provinces the region's current municipalities lie in (a region can cross a border).</summary>
    public IReadOnlyList<Province> Provinces { get; internal set; } = [];

    /// <inheritdoc />
    public override string ToString() => $"{Code} {Name}";
}
