using GraphQL.Builders;
using GraphQL.Types;
using Wsp.Sdk.Partners;

namespace Wsp.Gateway.Schema;

/// <summary>Who may select a field (toegang), kept as field metadata and checked by <see cref="FieldAccessValidationRule"/>.</summary>
internal enum Access
{
    /// <summary>Reference data: anyone, without a token.</summary>
    Public = 0,

    /// <summary>Aggregates (counts, jobs): any partner with a token, the ministry included.</summary>
    Aggregates = 1,

    /// <summary>Single records (employers, vacancies, placements, candidate references): municipalities, UWV and the national desk; never the ministry.</summary>
    Records = 2,

    /// <summary>Changes to records: municipalities and UWV (the region is checked when the record is known).</summary>
    Write = 3,
}

/// <summary>Field metadata for <see cref="Access"/> and the partner checks behind it.</summary>
internal static class AccessMetadata
{
    public const string Key = "wsp:access";

    public static FieldBuilder<TSource, TReturn> Requires<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, Access access) =>
        field.Configure(f => f.Metadata[Key] = access);

    public static Access AccessOf(FieldType field) => field.GetMetadata(Key, Access.Public);

    public static bool Allows(this PartnerIdentity partner, Access access) => access switch
    {
        Access.Public or Access.Aggregates => true,
        Access.Records => partner.ReadsRecords,
        _ => partner.WritesRecords,
    };
}
