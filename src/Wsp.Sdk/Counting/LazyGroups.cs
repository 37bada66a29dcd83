namespace Wsp.Sdk.Counting;

/// <summary>
/// A result's groups, each made when it is first read and kept from then on. A figure grouped by employer over the
/// whole country has a million groups and is read a page at a time (the gateway answers 10,000 at most), so making
/// every group's record up front cost more than many a count.
/// </summary>
/// <typeparam name="T">The group's record.</typeparam>
/// <remarks>
/// Thread-safe: threads reading the same group at once may each make it, and all of them get the one kept first, so a
/// group read twice is the same object.
/// </remarks>
internal sealed class LazyGroups<T> : IReadOnlyList<T>
    where T : class
{
    private readonly T?[] _made;
    private readonly Func<int, T> _make;

    /// <summary>Initializes the groups.</summary>
    /// <param name="count">The number of groups.</param>
    /// <param name="make">Makes the group at an index; called at most once per index unless threads race.</param>
    public LazyGroups(int count, Func<int, T> make)
    {
        _made = new T?[count];
        _make = make;
    }

    /// <inheritdoc/>
    public int Count => _made.Length;

    /// <inheritdoc/>
    public T this[int index]
    {
        get
        {
            var made = _made[index];
            if (made is null)
            {
                var fresh = _make(index);
                made = Interlocked.CompareExchange(ref _made[index], fresh, null) ?? fresh;
            }

            return made;
        }
    }

    /// <inheritdoc/>
    public IEnumerator<T> GetEnumerator()
    {
        for (var i = 0; i < _made.Length; i++)
        {
            yield return this[i];
        }
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
