using Wsp.Sdk.Geography;
using Wsp.Sdk.Partners;

namespace Wsp.Sdk.Tests.Partners;

/// <summary>The security model (DESIGN.md): who reads and writes which region's records, and who sees aggregates only.</summary>
public sealed class PartnerIdentityTests
{
    private static readonly RegionCode s_haaglanden = Gazetteer.Default.FindMunicipality("GM0518")!.Region!.Code;
    private static readonly RegionCode s_amsterdam = Gazetteer.Default.FindMunicipality("GM0363")!.Region!.Code;

    [Fact]
    public void Security_a_municipality_reads_and_writes_its_own_region_only()
    {
        var denHaag = PartnerIdentity.ForMunicipality(Gazetteer.Default.FindMunicipality("GM0518")!);

        Assert.Equal([s_haaglanden], denHaag.Regions);
        Assert.True(denHaag.CanReadRecords(s_haaglanden));
        Assert.True(denHaag.CanWriteRecords(s_haaglanden));
        Assert.True(denHaag.CanReadAggregates(s_haaglanden));
        Assert.False(denHaag.CanReadRecords(s_amsterdam));
        Assert.False(denHaag.CanWriteRecords(s_amsterdam));
        Assert.False(denHaag.CanReadAggregates(s_amsterdam));
        Assert.False(denHaag.CanReadNationalAggregates);
        Assert.Equal(BookingPartner.Parse("GM0518"), denHaag.BookingPartner);
    }

    [Fact]
    public void Security_uwv_reads_and_books_across_regions()
    {
        Assert.True(PartnerIdentity.Uwv.CanReadRecords(s_amsterdam));
        Assert.True(PartnerIdentity.Uwv.CanWriteRecords(s_haaglanden));
        Assert.True(PartnerIdentity.Uwv.CanReadCandidates);
        Assert.Equal(BookingPartner.Uwv, PartnerIdentity.Uwv.BookingPartner);
    }

    [Fact]
    public void Security_the_national_desk_reads_across_regions_and_manages_arrangements_but_books_nothing()
    {
        var desk = PartnerIdentity.NationalDesk;

        Assert.True(desk.CanReadRecords(s_amsterdam));
        Assert.False(desk.CanWriteRecords(s_amsterdam));
        Assert.True(desk.CanManageArrangements);
        Assert.Null(desk.BookingPartner);
    }

    [Fact]
    public void Security_the_ministry_reads_aggregates_only_never_a_candidate_or_a_single_record()
    {
        var ministry = PartnerIdentity.Ministry;

        Assert.False(ministry.CanReadRecords(s_amsterdam));
        Assert.False(ministry.CanWriteRecords(s_amsterdam));
        Assert.False(ministry.CanReadCandidates);
        Assert.True(ministry.CanReadAggregates(s_amsterdam));
        Assert.True(ministry.CanReadNationalAggregates);
        Assert.Equal("MINISTRY", ministry.ToString());
    }

    [Fact]
    public void Security_only_the_ministry_reads_figures_with_small_counts_withheld()
    {
        Assert.True(PartnerIdentity.Ministry.ReadsSuppressedFigures);
        Assert.False(PartnerIdentity.Uwv.ReadsSuppressedFigures);
        Assert.False(PartnerIdentity.NationalDesk.ReadsSuppressedFigures);
    }

    [Fact]
    public void A_municipality_needs_a_region()
    {
        Assert.Throws<ArgumentException>(() => PartnerIdentity.ForMunicipality(MunicipalityCode.Parse("GM0518"), []));
    }
}
