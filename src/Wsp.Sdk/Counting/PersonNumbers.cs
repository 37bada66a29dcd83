using Wsp.Sdk.Partners;

namespace Wsp.Sdk.Counting;

/// <summary>
/// Numbers the working persons of a count (H3): a person is a candidate pseudonym of one booking partner, since each
/// partner pseudonymises its own caseload, so the same pseudonym of two partners is two persons.
/// </summary>
/// <remarks>
/// <para>
/// A national stock numbers millions of persons, nearly all of them seen once, so the look-up of a new person is the
/// cost of the count. This table keeps one 8-byte slot per person (the key's hash beside its number) in an array probed
/// linearly, and the keys themselves in order of their numbers: a new person costs one random memory access where a
/// <see cref="Dictionary{TKey, TValue}"/> costs two (its bucket, then its entry), and a person's pseudonym is compared
/// only when the full hashes agree (<c>CountingBenchmarks.JobAgreementJobs_Count</c>, docs/performance.md).
/// </para>
/// <para>Not thread-safe: one instance per count.</para>
/// </remarks>
internal sealed class PersonNumbers
{
    // Half full at most: a probe for a new person ends after about 1.5 slots.
    private ulong[] _slots = new ulong[1 << 10];
    private BookingPartner[] _partners = new BookingPartner[1 << 9];
    private string[] _candidates = new string[1 << 9];

    /// <summary>Gets the number of persons numbered so far.</summary>
    public int Count { get; private set; }

    /// <summary>
    /// Returns the person's number: the same for every placement of the same partner's candidate. Numbers are dense: a
    /// person not seen before gets the number of persons seen so far.
    /// </summary>
    public int Of(BookingPartner partner, string candidate)
    {
        var hash = (uint)HashCode.Combine(partner, candidate);
        var mask = _slots.Length - 1;
        for (var i = (int)(hash & mask); ; i = (i + 1) & mask)
        {
            var slot = _slots[i];
            if (slot == 0)
            {
                return Add(i, hash, partner, candidate);
            }

            // A slot is the hash in its high half and the number + 1 in its low half (0 is an empty slot).
            if ((uint)(slot >> 32) == hash)
            {
                var number = (int)(uint)slot - 1;
                if (_partners[number] == partner && string.Equals(_candidates[number], candidate, StringComparison.Ordinal))
                {
                    return number;
                }
            }
        }
    }

    private int Add(int slot, uint hash, BookingPartner partner, string candidate)
    {
        var number = Count++;
        if (number == _candidates.Length)
        {
            Array.Resize(ref _partners, number * 2);
            Array.Resize(ref _candidates, number * 2);
        }

        (_partners[number], _candidates[number]) = (partner, candidate);
        _slots[slot] = ((ulong)hash << 32) | (uint)(number + 1);
        if (Count * 2 > _slots.Length)
        {
            Grow();
        }

        return number;
    }

    private void Grow()
    {
        var old = _slots;
        _slots = new ulong[old.Length * 2];
        var mask = _slots.Length - 1;
        foreach (var slot in old)
        {
            if (slot != 0)
            {
                var i = (int)((uint)(slot >> 32) & mask);
                while (_slots[i] != 0)
                {
                    i = (i + 1) & mask;
                }

                _slots[i] = slot;
            }
        }
    }
}
