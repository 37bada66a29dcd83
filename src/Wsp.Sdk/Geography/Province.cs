namespace Wsp.Sdk.Geography;

/// <summary>
/// A province (provincie), with its CBS code (<c>PV20</c>–<c>PV31</c>) and official name, for example
/// <c>PV21</c> <c>Fryslân</c>.
/// </summary>
/// <remarks>Instances come from <see cref="Gazetteer"/> only; they are immutable and thread-safe.</remarks>
public sealed class Province
{
    internal Province(string code, string name)
    {
        Code = code;
        Name = name;
    }

    /// <summary>Gets the CBS province code, for example <c>PV28</c>.</summary>
    public string Code { get; }

    /// <summary>Gets the official name, for example <c>Zuid-Holland</c>.</summary>
    public string Name { get; }

    /// <summary>Gets the current municipalities (gemeenten) in this province, ordered by name.</summary>
    public IReadOnlyList<Municipality> Municipalities { get; internal set; } = [];

    /// <inheritdoc />
    public override string ToString() => $"{Code} {Name}";
}
