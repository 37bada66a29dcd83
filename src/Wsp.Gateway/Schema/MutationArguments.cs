using System.Globalization;
using GraphQL;
using Wsp.Sdk.Employers;
using Wsp.Sdk.Geography;
using Wsp.Sdk.Partners;
using Wsp.Sdk.Placements;
using Wsp.Sdk.TargetGroups;

namespace Wsp.Gateway.Schema;

/// <summary>Reads a mutation's input object; a malformed value is a <c>BAD_USER_INPUT</c> error naming the field.</summary>
internal sealed class MutationArguments(IReadOnlyDictionary<string, object?> input)
{
    public static MutationArguments Of(IResolveFieldContext context) =>
        new(context.GetArgument<Dictionary<string, object?>>("input") ?? throw Bad("input", "is required"));

    public string Text(string field) => Optional(field) ?? throw Bad(field, "is required");

    public string? Optional(string field) => input.TryGetValue(field, out var value) && value is not null ? Convert.ToString(value, CultureInfo.InvariantCulture) : null;

    public string Id(string field, string prefix) => Optional(field) ?? $"{prefix}-{Guid.NewGuid():N}";

    public bool Flag(string field, bool fallback) => input.TryGetValue(field, out var value) && value is bool b ? b : fallback;

    public int Number(string field, int fallback) => input.TryGetValue(field, out var value) && value is not null ? InRange(field, () => Convert.ToInt32(value, CultureInfo.InvariantCulture)) : fallback;

    public decimal Decimal(string field) => input.TryGetValue(field, out var value) && value is not null ? InRange(field, () => Convert.ToDecimal(value, CultureInfo.InvariantCulture)) : throw Bad(field, "is required");

    public T Enum<T>(string field)
        where T : struct, System.Enum => input.TryGetValue(field, out var value) && value is T t ? t : throw Bad(field, "is required");

    public IReadOnlyList<string> Texts(string field) =>
        input.TryGetValue(field, out var value) && value is IEnumerable<object?> items ? [.. items.Select(i => Convert.ToString(i, CultureInfo.InvariantCulture)!)] : [];

    public TargetGroupSet TargetGroups(string field) => Texts(field).Aggregate(
        TargetGroupSet.Empty,
        (set, code) => TargetGroupCodes.TryParse(code, out var group) ? set.With(group) : throw Bad(field, $"holds '{code}', which is no target group code"));

    public KvkNumber? Kvk(string field) => Optional(field) is not { } text ? null
        : KvkNumber.TryParse(text, out var kvk) ? kvk : throw Bad(field, $"is '{text}', which is no KvK number (8 digits)");

    public RegionCode Region(string field) => Regions.Parse(Text(field), field);

    public Postcode Postcode(string field) => Sdk.Employers.Postcode.TryParse(Text(field), out var postcode) ? postcode : throw Bad(field, $"is '{Text(field)}', which is no Dutch postcode");

    public Municipality Municipality(string field, Gazetteer gazetteer) =>
        gazetteer.FindMunicipality(Text(field)) is { IsCurrent: true } municipality ? municipality : throw Bad(field, $"is '{Text(field)}', which is no current municipality code");

    public BookingPartner Partner(string field) => BookingPartner.TryParse(Text(field), out var partner) ? partner : throw Bad(field, $"is '{Text(field)}': expected UWV or a municipality code");

    public CandidateReference Candidate(string field) =>
        CandidateReference.TryCreate(Text(field), out var candidate, out var error) ? candidate : throw Bad(field, error);

    public static ExecutionError Bad(string field, string problem) => new($"'{field}' {problem}.") { Code = ErrorCodes.BadUserInput };

    /// <summary>A number too large for its type is the client's mistake (BAD_USER_INPUT), not a failure of the gateway.</summary>
    private static T InRange<T>(string field, Func<T> convert)
    {
        try
        {
            return convert();
        }
        catch (OverflowException)
        {
            throw Bad(field, "is out of range");
        }
    }
}
