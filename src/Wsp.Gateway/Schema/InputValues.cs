using GraphQL;
using Wsp.Gateway.Errors;
using Wsp.Sdk.Employers;
using Wsp.Sdk.Geography;
using Wsp.Sdk.Partners;
using Wsp.Sdk.Placements;
using Wsp.Sdk.TargetGroups;

namespace Wsp.Gateway.Schema;

/// <summary>
/// Turns the text of an input field into the SDK's value: a malformed value is <c>BAD_USER_INPUT</c> naming the field.
/// Parsing only: every rule about the value is the SDK's.
/// </summary>
internal static class InputValues
{
    public static ExecutionError Bad(string field, string problem) => new($"'{field}' {problem}.") { Code = ErrorCodes.BadUserInput };

    /// <summary>The id given, or a new one with the prefix when the caller leaves it to the gateway.</summary>
    public static string IdOr(string? id, string prefix) => id ?? $"{prefix}-{Guid.NewGuid():N}";

    public static Postcode Postcode(string text, string field) =>
        Sdk.Employers.Postcode.TryParse(text, out var postcode) ? postcode : throw Bad(field, $"is '{text}', which is no Dutch postcode");

    public static KvkNumber? Kvk(string? text, string field) => text is null ? null
        : KvkNumber.TryParse(text, out var kvk) ? kvk : throw Bad(field, $"is '{text}', which is no KvK number (8 digits)");

    public static IReadOnlyList<KvkNumber> Kvks(IEnumerable<string>? texts, string field) =>
        [.. (texts ?? []).Select(t => Kvk(t, field)!.Value)];

    public static Municipality CurrentMunicipality(string code, string field) =>
        Gazetteer.Default.FindMunicipality(code) is { IsCurrent: true } municipality ? municipality : throw Bad(field, $"is '{code}', which is no current municipality code");

    public static BookingPartner Partner(string text, string field) =>
        BookingPartner.TryParse(text, out var partner) ? partner : throw Bad(field, $"is '{text}': expected UWV or a municipality code");

    public static BookingPartner? OptionalPartner(string? text, string field) => text is null ? null : Partner(text, field);

    public static CandidateReference Candidate(string text, string field) =>
        CandidateReference.TryCreate(text, out var candidate, out var error) ? candidate : throw Bad(field, error);

    public static TargetGroupSet TargetGroups(IEnumerable<string>? codes, string field) => (codes ?? []).Aggregate(
        TargetGroupSet.Empty,
        (set, code) => TargetGroupCodes.TryParse(code, out var group) ? set.With(group) : throw Bad(field, $"holds '{code}', which is no target group code"));

    public static RegionCode Region(string text, string field) => Regions.Parse(text, field);

    public static RegionCode? OptionalRegion(string? text, string field) => text is null ? null : Regions.Parse(text, field);

    public static int NotNegative(int value, string field) => value >= 0 ? value : throw Bad(field, "is negative");
}
