namespace Wsp.Sdk.Storage;

/// <summary>
/// A store (opslag) of the Wsp domain: the embedded SQLite file or Cosmos DB. Every store implements the same
/// contracts and passes the same contract tests.
/// </summary>
public interface IWspStore
{
    /// <summary>Gets the employer accounts.</summary>
    IEmployerAccountStore Accounts { get; }

    /// <summary>Gets the vacancies with their referrals and placements.</summary>
    IVacancyStore Vacancies { get; }

    /// <summary>Gets the company visits.</summary>
    IVisitStore Visits { get; }

    /// <summary>Gets the placements, imported and booked.</summary>
    IPlacementStore Placements { get; }

    /// <summary>Gets the national arrangements (rules L1–L6).</summary>
    IArrangementStore Arrangements { get; }

    /// <summary>Gets the national desk's organisation (rule L4).</summary>
    INationalDeskStore Desk { get; }

    /// <summary>Gets the employers per sector, the input of the coverage ratio (rule H5).</summary>
    ISectorEmployerTotalsStore EmployerTotals { get; }

    /// <summary>Gets the regional projects (rule H6).</summary>
    IRegionalProjectStore Projects { get; }

    /// <summary>Gets the figure inputs records cannot give: ambition tables (H4), regional targets (H2) and the baseline (nulmeting), versioned by import.</summary>
    IFigureInputStore FigureInputs { get; }
    /// <summary>Gets the records of requests sent with an idempotency key, per partner, until they expire.</summary>
    IIdempotencyStore Idempotency { get; }

    /// <summary>Creates or migrates what the store needs (tables, containers); safe to call on every start.</summary>
    /// <param name="cancellationToken">Stops the work.</param>
    /// <returns>A task that completes when the store is ready.</returns>
    Task InitializeAsync(CancellationToken cancellationToken = default);
}
