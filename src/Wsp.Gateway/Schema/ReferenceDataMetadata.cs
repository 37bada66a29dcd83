using GraphQL.Builders;
using GraphQL.Types;

namespace Wsp.Gateway.Schema;

/// <summary>
/// Reference data (referentiegegevens) as field metadata: a field so marked answers from the reference data compiled
/// into the SDK and its own arguments alone — never from the store, the clock or the caller — so its answer is the
/// same for everyone while the data version is. The result cache and HTTP caching keep an answer only when every field
/// it resolved is so marked (<see cref="Http.Execution.ReferenceAnswers"/>): a new field is not cached until its
/// author marks it, which is what makes the cache correct by construction.
/// </summary>
internal static class ReferenceDataMetadata
{
    public const string Key = "wsp:reference-data";

    /// <summary>Marks a field as answered from compiled reference data alone.</summary>
    public static FieldBuilder<TSource, TReturn> ReferenceData<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field) =>
        field.Configure(f => f.Metadata[Key] = true);

    /// <summary>Whether a field is marked as answered from compiled reference data alone.</summary>
    public static bool IsReferenceData(FieldType field) => field.GetMetadata(Key, false);
}
