using GraphQL;
using NodaTime;
using Wsp.Sdk.Counting;
using Wsp.Sdk.Geography;

namespace Wsp.Gateway.Schema;

/// <summary>
/// The arguments the figure fields share, read one way: <c>region</c> (optional), <c>by</c> (a list of dimensions) and the
/// period <c>from</c>–<c>to</c> (ISO dates, <c>to</c> not before <c>from</c>); a bad value is BAD_USER_INPUT naming the argument.
/// </summary>
internal static class FigureArguments
{
    public static RegionCode? Region(IResolveFieldContext context) => InputValues.OptionalRegion(context.GetArgument<string?>("region"), "region");

    public static PlacementDimensions By(IResolveFieldContext context) =>
        (context.GetArgument<List<PlacementDimensions>?>("by") ?? []).Aggregate(PlacementDimensions.None, (all, d) => all | d);

    public static DateInterval Period(IResolveFieldContext context)
    {
        var from = Iso.ParseDate(context.GetArgument<string>("from"), "from");
        var to = Iso.ParseDate(context.GetArgument<string>("to"), "to");
        return to < from ? throw InputValues.Bad("to", "is before 'from'") : new DateInterval(from, to);
    }
}
