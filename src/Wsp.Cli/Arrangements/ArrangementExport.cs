using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;
using Wsp.Sdk.Arrangements;

namespace Wsp.Cli.Arrangements;

/// <summary>
/// <c>wsp arrangements export</c>'s file (format <c>wsp-arrangements/1</c>, docs/arrangements-export.md): the store's
/// record of every national arrangement (arrangement) as kept — every version of its terms, the regions' input, every
/// decision (so what each region signed stays known), the linked regional agreements (L3) and the UWV references (L6).
/// Derived things (a region's participation now, the realisation) are not in it: they follow from the record.
/// </summary>
internal sealed record ArrangementExport(string Format, string ExportedAt, string SdkVersion, IReadOnlyList<ArrangementRecord> Arrangements)
{
    public const string CurrentFormat = "wsp-arrangements/1";

    private static readonly JsonSerializerOptions s_json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static ArrangementExport Of(IEnumerable<Arrangement> arrangements, Instant exportedAt, string sdkVersion) =>
        new(CurrentFormat, Instant(exportedAt), sdkVersion, [.. arrangements.OrderBy(a => a.Id, StringComparer.Ordinal).Select(ArrangementRecord.Of)]);

    public string ToJson() => JsonSerializer.Serialize(this, s_json);

    public static ArrangementExport? FromJson(string json) => JsonSerializer.Deserialize<ArrangementExport>(json, s_json);

    public static string Instant(Instant instant) => InstantPattern.ExtendedIso.Format(instant);

    /// <summary>An enum value as the export writes it: upper case with underscores (<c>JOINT_WITH_UWV</c>).</summary>
    public static string Name<T>(T value)
        where T : struct, Enum =>
        string.Concat(value.ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + c : c.ToString())).ToUpperInvariant();
}

/// <summary>One arrangement as the store keeps it.</summary>
internal sealed record ArrangementRecord(
    string Id,
    string AccountId,
    string EmployerName,
    string? EmployerKvk,
    string Kind,
    string AdvisorId,
    string Status,
    IReadOnlyList<VersionRecord> Versions,
    IReadOnlyList<InputRecord> Inputs,
    IReadOnlyList<DecisionRecord> Decisions,
    IReadOnlyList<AgreementRecord> RegionalAgreements,
    IReadOnlyList<string> UwvReferences)
{
    public static ArrangementRecord Of(Arrangement a) => new(
        a.Id,
        a.AccountId,
        a.EmployerName,
        a.Employer?.ToString(),
        ArrangementExport.Name(a.Kind),
        a.AdvisorId,
        ArrangementExport.Name(a.Status),
        [.. a.Versions.Select(v => new VersionRecord(v.Number, v.Terms, v.JobOpportunities, ArrangementExport.Instant(v.At)))],
        [.. a.Inputs.Select(i => new InputRecord(i.Region.ToString(), i.OnVersion, i.Input, ArrangementExport.Instant(i.At)))],
        [.. a.Decisions.Select(d => new DecisionRecord(d.Region.ToString(), d.Joined ? "JOINED" : "DECLINED", d.Version, d.DecidedBy, ArrangementExport.Instant(d.At)))],
        [.. a.RegionalAgreements.Select(r => new AgreementRecord(r.Region.ToString(), r.Reference))],
        a.UwvReferences);
}

/// <summary>A version of the terms: number (1, 2, …), terms, job opportunities (baankansen), when it was written.</summary>
internal sealed record VersionRecord(int Number, string Terms, int JobOpportunities, string At);

/// <summary>A region's input on a concept version.</summary>
internal sealed record InputRecord(string Region, int OnVersion, string Input, string At);

/// <summary>A region's decision (intekenen): JOINED or DECLINED, on which version, by which contact person, when; in order.</summary>
internal sealed record DecisionRecord(string Region, string Decision, int Version, string DecidedBy, string At);

/// <summary>A regional agreement kept and taken into the arrangement (L3).</summary>
internal sealed record AgreementRecord(string Region, string Reference);
