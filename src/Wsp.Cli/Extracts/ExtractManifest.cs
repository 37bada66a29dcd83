using System.Text.Json;
using System.Text.Json.Serialization;
using Wsp.Sdk.Disclosure;

namespace Wsp.Cli.Extracts;

/// <summary>
/// The JSON manifest beside an extract's CSV (<c>manifest.json</c>): which counting definition produced it (id and
/// version), for a management figure also the figure (id, version and what it is computed from), over which period or
/// at which date, with which parameters and inputs, when, for whom and how disclosed (method and parameters), how many rows and the SHA-256 of the
/// CSV, and the SDK version, so a figure can be traced and the file checked (<c>wsp verify</c>).
/// </summary>
internal sealed record ExtractManifest
{
    public const string FileName = "manifest.json";

    public const string CurrentFormat = "wsp-extract-manifest/1";

    private static readonly JsonSerializerOptions s_json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public string Format { get; init; } = CurrentFormat;

    public required ManifestDefinition Definition { get; init; }

    /// <summary>Gets the management figure (managementinformatie) the extract holds, when it holds one; absent for the counting definitions' own extracts.</summary>
    public ManifestDefinition? Figure { get; init; }

    public required ManifestPeriod Period { get; init; }

    /// <summary>Gets the arguments and inputs that shaped the figure (region, grouping, the SHA-256 of an input file, the stored totals' source), when any.</summary>
    public IReadOnlyDictionary<string, string>? Parameters { get; init; }

    public required string GeneratedAt { get; init; }

    public required string Audience { get; init; }

    /// <summary>Gets how the counts were disclosed: the method and its parameters (every manifest states it).</summary>
    public required ManifestDisclosure Disclosure { get; init; }

    public required string File { get; init; }

    public required long RowCount { get; init; }

    public required string Sha256 { get; init; }

    public required string SdkVersion { get; init; }

    public string ToJson() => JsonSerializer.Serialize(this, s_json);

    public static ExtractManifest? FromJson(string json) => JsonSerializer.Deserialize<ExtractManifest>(json, s_json);
}

/// <summary>The counting definition an extract applies, or the management figure it holds (then with what it is computed from).</summary>
internal sealed record ManifestDefinition(string Id, int Version, string Title, string? ComputedFrom = null);

/// <summary>The period (<c>from</c>–<c>to</c>, both included) or measuring date (<c>at</c>) of an extract.</summary>
internal sealed record ManifestPeriod(string? From = null, string? To = null, string? At = null);

/// <summary>
/// How the extract's counts were disclosed (openbaarmaking, DESIGN.md, Disclosure to the ministry): the method's id and
/// its parameters, as the SDK's <see cref="FigureDisclosure"/> names them and GraphQL's <c>disclosure</c> states them —
/// <c>exact</c> without parameters for partners, <c>cell-key/1</c> with the threshold, the perturbation table and the
/// query space for the ministry. Written in every manifest.
/// </summary>
internal sealed record ManifestDisclosure(string Method, IReadOnlyDictionary<string, string> Parameters)
{
    /// <summary>Describes the disclosure the client applied to the extract's figure: the one place the manifest's account of the method is written.</summary>
    public static ManifestDisclosure Of(FigureDisclosure disclosure) =>
        new(disclosure.Method, disclosure.Parameters.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal));
}
