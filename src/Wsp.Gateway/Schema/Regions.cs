using GraphQL;
using Wsp.Sdk.Geography;

namespace Wsp.Gateway.Schema;

/// <summary>
/// Labour market region codes (arbeidsmarktregio's, <c>AMxx</c>) in arguments and inputs: one parse, one
/// <c>BAD_USER_INPUT</c> message naming the field, wherever a region is asked for.
/// </summary>
internal static class Regions
{
    /// <summary>Parses a code of one of the current regions, or refuses naming <paramref name="field"/>.</summary>
    public static RegionCode Parse(string text, string field) =>
        RegionCode.TryParse(text, out var region) && Gazetteer.Default.FindRegion(region) is not null
            ? region
            : throw new ExecutionError($"'{field}' is '{text}': expected a labour market region code such as AM21.") { Code = ErrorCodes.BadUserInput };
}
