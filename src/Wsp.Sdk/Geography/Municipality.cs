namespace Wsp.Sdk.Geography;

/// <summary>
/// A municipality (gemeente), current or former, with the labour market region, COROP area and province it
/// belonged to in <see cref="LastYear"/>.
/// </summary>
/// <remarks>
/// <para>
/// A former municipality (merged away) keeps its own code and the region it had in its last year, so records that
/// still carry its code can be placed in a region. The 37 municipalities that disappeared before the labour market
/// regions existed (2010–2013) have no <see cref="Region"/>.
/// </para>
/// <para>
/// A rename keeps the code (<c>Rijswijk</c> → <c>Rijswijk (ZH.)</c> in 2024): the municipality is then one
/// instance with the earlier name in <see cref="FormerNames"/>.
/// </para>
/// <para>Instances come from <see cref="Gazetteer"/> only; they are immutable and thread-safe.</para>
/// </remarks>
public sealed class Municipality
{
    internal Municipality(MunicipalityCode code, string name, int lastYear, bool isCurrent, LabourMarketRegion? region, CoropArea corop, Province province)
    {
        Code = code;
        Name = name;
        LastYear = lastYear;
        IsCurrent = isCurrent;
        Region = region;
        Corop = corop;
        Province = province;
    }

    /// <summary>Gets the CBS code, for example <c>GM0518</c>.</summary>
    public MunicipalityCode Code { get; }

    /// <summary>Gets the official CBS name, for example <c>'s-Gravenhage</c> (commonly Den Haag).</summary>
    public string Name { get; }

    /// <summary>Gets the names this code had before a rename, for example <c>Rijswijk</c> for <c>Rijswijk (ZH.)</c>.</summary>
    public IReadOnlyList<string> FormerNames { get; internal set; } = [];

    /// <summary>Gets the last year in which the municipality existed; the reference year for a current one.</summary>
    public int LastYear { get; }

    /// <summary>Gets a value indicating whether the municipality exists in the reference year.</summary>
    public bool IsCurrent { get; }

    /// <summary>Gets the labour market region in <see cref="LastYear"/>; null when it vanished before regions existed.</summary>
    public LabourMarketRegion? Region { get; }

    /// <summary>Gets the COROP area in <see cref="LastYear"/>.</summary>
    public CoropArea Corop { get; }

    /// <summary>Gets the province in <see cref="LastYear"/>.</summary>
    public Province Province { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Code} {Name}";
}
