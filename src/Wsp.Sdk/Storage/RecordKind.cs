namespace Wsp.Sdk.Storage;

/// <summary>The kinds of record (soorten gegevens) a write creates or changes, as a partner asks for them again.</summary>
public enum RecordKind
{
    /// <summary>An employer account (werkgeversaccount).</summary>
    EmployerAccount = 0,

    /// <summary>A vacancy (vacature).</summary>
    Vacancy = 1,

    /// <summary>A placement (plaatsing) booked on a vacancy.</summary>
    Placement = 2,

    /// <summary>A company visit (bedrijfsbezoek).</summary>
    Visit = 3,

    /// <summary>A national arrangement (landelijke afspraak).</summary>
    Arrangement = 4,

    /// <summary>The national desk's organisation (the one document of rule L4).</summary>
    NationalDesk = 5,

    /// <summary>A regional project (rule H6).</summary>
    RegionalProject = 6,

    /// <summary>A region's employers per sector at a date (rule H5).</summary>
    SectorEmployerTotals = 7,
}
