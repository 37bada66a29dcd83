namespace Wsp.Sdk.Sectors;

/// <summary>
/// A sector (sector, branche) of a sector classification, identified by a stable code such as <c>RETAIL</c>.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record Sector
{
    /// <summary>Initializes a sector.</summary>
    /// <param name="code">The stable code, upper-case letters, digits and underscores (<c>CARE_WELFARE_CLEANING</c>).</param>
    /// <param name="name">The Dutch name as the classification prints it, or null when the source lost it.</param>
    /// <exception cref="ArgumentException"><paramref name="code"/> is empty or not of that form, or <paramref name="name"/> is blank.</exception>
    public Sector(string code, string? name)
    {
        Preconditions.CheckNotNullOrWhiteSpace(code);
        Preconditions.CheckArgument(code.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c) || c == '_'), nameof(code), $"Sector code '{code}' may hold only upper-case letters, digits and underscores.");
        Preconditions.CheckArgument(name is null || !string.IsNullOrWhiteSpace(name), nameof(name), "A sector's name is null when unknown, never blank.");
        Code = code;
        Name = name;
    }

    /// <summary>Gets the stable code used in files and queries, for example <c>RETAIL</c>.</summary>
    public string Code { get; }

    /// <summary>Gets the Dutch name (<c>Detailhandel</c>), or null when the source lost it and nobody may guess it.</summary>
    public string? Name { get; }

    /// <inheritdoc />
    public override string ToString() => Name is null ? Code : $"{Code} ({Name})";
}
