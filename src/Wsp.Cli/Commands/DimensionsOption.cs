using System.CommandLine;
using System.CommandLine.Parsing;
using Wsp.Sdk.Counting;

namespace Wsp.Cli.Commands;

/// <summary>
/// A <c>--by</c> option: comma-separated dimension names (<c>region,sector</c>) from a figure's own list; an unknown name,
/// or none, is a usage error naming the names allowed. A name the figure refuses for a rule is refused with the rule's reason.
/// </summary>
internal static class DimensionsOption
{
    /// <summary>Creates the option.</summary>
    /// <param name="description">What the option does.</param>
    /// <param name="names">The names allowed, each with its dimension.</param>
    /// <param name="required">Whether at least one name must be given.</param>
    /// <param name="refused">The reason a name outside <paramref name="names"/> is refused, when a rule gives one; null for "not one of".</param>
    public static Option<PlacementDimensions> Create(string description, IReadOnlyList<(string Name, PlacementDimensions Dimension)> names, bool required, Func<string, string?>? refused = null) => new("--by")
    {
        Description = description,
        Required = required,
        CustomParser = result => Parse(result, names, refused),
    };

    /// <summary>The names of the dimensions in <paramref name="by"/>, in the order of <paramref name="names"/>, comma-separated.</summary>
    public static string Names(PlacementDimensions by, IReadOnlyList<(string Name, PlacementDimensions Dimension)> names) =>
        string.Join(",", names.Where(n => (by & n.Dimension) != 0).Select(n => n.Name));

    private static PlacementDimensions Parse(ArgumentResult result, IReadOnlyList<(string Name, PlacementDimensions Dimension)> names, Func<string, string?>? refused)
    {
        var all = PlacementDimensions.None;
        var allowed = string.Join(", ", names.Select(n => n.Name));
        foreach (var name in result.Tokens.SelectMany(t => t.Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            if (names.FirstOrDefault(n => n.Name.Equals(name, StringComparison.OrdinalIgnoreCase)) is { Name: not null } known)
            {
                all |= known.Dimension;
            }
            else
            {
                result.AddError(refused?.Invoke(name) ?? $"--by: '{name}' is not one of {allowed}.");
            }
        }

        if (all == PlacementDimensions.None && !result.Errors.Any())
        {
            result.AddError($"--by: name at least one of {allowed}.");
        }

        return all;
    }
}
