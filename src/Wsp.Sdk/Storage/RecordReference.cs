namespace Wsp.Sdk.Storage;

/// <summary>
/// Names one record (een verwijzing naar een gegeven) by its kind and id: what a partner reads to learn whether a write
/// whose outcome is unknown took effect (<see cref="WriteOutcomeUnknownException"/>).
/// </summary>
/// <param name="Kind">The kind of record.</param>
/// <param name="Id">Its id; a regional project is <c>region/id</c>, sector employer totals <c>region/date</c>.</param>
/// <exception cref="ArgumentException">The id is null or blank.</exception>
public sealed record RecordReference(RecordKind Kind, string Id)
{
    /// <summary>Gets its id.</summary>
    public string Id { get; init; } = Preconditions.CheckNotNullOrWhiteSpace(Id);

    /// <inheritdoc />
    public override string ToString() => $"{Kind} {Id}";
}
