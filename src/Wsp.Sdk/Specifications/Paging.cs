namespace Wsp.Sdk.Specifications;

/// <summary>The checks of the paging arguments every named specification takes.</summary>
internal static class Paging
{
    public static int Skip(int skip) => Preconditions.CheckArgumentRange(skip, 0, int.MaxValue, nameof(skip));

    public static int? Take(int? take) => take is { } t ? Preconditions.CheckArgumentRange(t, 1, int.MaxValue, nameof(take)) : null;
}
