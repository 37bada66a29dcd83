using CsCheck;
using Wsp.Sdk.Counting;

namespace Wsp.Sdk.Tests.Counting;

public sealed class EntryPersonsTests
{
    [Fact]
    public void H3_a_person_counts_once_in_each_entry_that_holds_one_of_its_jobs()
    {
        var persons = new EntryPersons();
        Assert.True(persons.Add(entry: 3, person: 0));
        Assert.False(persons.Add(entry: 3, person: 0));
        Assert.True(persons.Add(entry: 5, person: 0));
        Assert.False(persons.Add(entry: 5, person: 0));
        Assert.False(persons.Add(entry: 3, person: 0));
        Assert.True(persons.Add(entry: 3, person: 1));
    }

    [Fact]
    public void H3_entry_zero_and_a_person_numbered_after_a_gap_are_counted_like_any_other()
    {
        var persons = new EntryPersons();
        Assert.True(persons.Add(entry: 0, person: 9));
        Assert.False(persons.Add(entry: 0, person: 9));
        Assert.True(persons.Add(entry: 0, person: 4));
    }

    [Fact]
    public void It_answers_as_a_set_of_entry_and_person_pairs_does() =>
        Check.Sample(Gen.Select(Gen.Int[0, 6], Gen.Int[0, 40]).Array[0, 400], pairs =>
        {
            var persons = new EntryPersons();
            var expected = new HashSet<(int, int)>();
            foreach (var (entry, person) in pairs)
            {
                Assert.Equal(expected.Add((entry, person)), persons.Add(entry, person));
            }
        });
}
