using CsCheck;
using Wsp.Sdk.Counting;
using Wsp.Sdk.Partners;

namespace Wsp.Sdk.Tests.Counting;

public sealed class PersonNumbersTests
{
    private static readonly BookingPartner s_uwv = BookingPartner.Parse("UWV");
    private static readonly BookingPartner s_delft = BookingPartner.Parse("GM0503");

    [Fact]
    public void H3_a_person_is_numbered_once_and_densely_in_the_order_first_seen()
    {
        var persons = new PersonNumbers();
        Assert.Equal(0, persons.Of(s_uwv, "c-1"));
        Assert.Equal(1, persons.Of(s_uwv, "c-2"));
        Assert.Equal(0, persons.Of(s_uwv, "c-1"));
        Assert.Equal(2, persons.Count);
    }

    [Fact]
    public void H3_the_same_pseudonym_of_two_booking_partners_is_two_persons()
    {
        var persons = new PersonNumbers();
        Assert.NotEqual(persons.Of(s_uwv, "c-1"), persons.Of(s_delft, "c-1"));
        Assert.Equal(2, persons.Count);
    }

    [Fact]
    public void H3_a_pseudonym_is_compared_by_its_characters_not_its_instance()
    {
        var persons = new PersonNumbers();
        var first = persons.Of(s_uwv, new string(['c', '-', '7']));
        Assert.Equal(first, persons.Of(s_uwv, new string(['c', '-', '7'])));
    }

    [Fact]
    public void Numbers_equal_a_dictionary_numbering_through_every_growth_of_the_table() =>
        Check.Sample(Gen.Select(Gen.Int[0, 1], Gen.Int[0, 5_000]).Array[0, 20_000], pairs =>
        {
            // Up to 10,000 distinct persons: the table grows from 1,024 slots many times over.
            var persons = new PersonNumbers();
            var expected = new Dictionary<(BookingPartner, string), int>();
            foreach (var (partner, candidate) in pairs)
            {
                var key = (partner == 0 ? s_uwv : s_delft, $"c-{candidate}");
                if (!expected.TryGetValue(key, out var number))
                {
                    number = expected.Count;
                    expected.Add(key, number);
                }

                Assert.Equal(number, persons.Of(key.Item1, key.Item2));
            }

            Assert.Equal(expected.Count, persons.Count);
        }, iter: 20);
}
