namespace Wsp.Sdk.Geography;

/// <summary>
/// A COROP area (COROP-gebied), the statistical region CBS uses between province and municipality, for example
/// <c>CR26</c> <c>Agglomeratie 's-Gravenhage</c>.
/// </summary>
/// <remarks>Instances come from <see cref="Gazetteer"/> only; they are immutable and thread-safe.</remarks>
public sealed class CoropArea
{
    internal CoropArea(string code, string name)
    {
        Code = code;
        Name = name;
    }

    /// <summary>Gets the CBS COROP code, for example <c>CR26</c>.</summary>
    public string Code { get; }

    /// <summary>Gets the CBS name of the area.</summary>
    public string Name { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Code} {Name}";
}
