using NodaTime;
using Wsp.Sdk.Ambitions;
using Wsp.Sdk.Counting;
using Wsp.Sdk.JobAgreements;
using Wsp.Sdk.Storage;

namespace Wsp.Sdk.Sqlite;

/// <summary>
/// The figure inputs (ambition tables, regional targets, the baseline) in the SQLite file: a row per import, its version
/// the next of its kind, found and written by one statement (SQLite runs one writer at a time, so two imports never get
/// the same version; the primary key would refuse it if they did).
/// </summary>
internal sealed class SqliteFigureInputStore(SqliteWspStore store) : IFigureInputStore
{
    public Task<FigureInputImport> ImportAmbitionsAsync(IReadOnlyList<PlacementAmbitionTable> tables, string source, Instant importedAt, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckArgument(Preconditions.CheckNotNull(tables).Count > 0, nameof(tables), "An import holds at least one table.");
        return InsertAsync(FigureInputKind.Ambitions, FigureInputDocuments.ToJson(tables), source, importedAt, cancellationToken);
    }

    public Task<FigureInputImport> ImportTargetsAsync(IReadOnlyList<JobAgreementTarget> targets, string source, Instant importedAt, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckArgument(Preconditions.CheckNotNull(targets).Count > 0, nameof(targets), "An import holds at least one target.");
        Preconditions.CheckArgument(targets.All(t => t?.Region is not null), nameof(targets), "Every imported target is a region's.");
        return InsertAsync(FigureInputKind.Targets, FigureInputDocuments.ToJson(targets), source, importedAt, cancellationToken);
    }

    public Task<FigureInputImport> ImportBaselineAsync(JobAgreementBaselineTable baseline, Instant importedAt, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(baseline);
        return InsertAsync(FigureInputKind.Baseline, FigureInputDocuments.ToJson(baseline), baseline.Source, importedAt, cancellationToken);
    }

    public Task<IReadOnlyList<Imported<IReadOnlyList<PlacementAmbitionTable>>>> ListAmbitionImportsAsync(CancellationToken cancellationToken = default) =>
        ListAsync(FigureInputKind.Ambitions, FigureInputDocuments.AmbitionsFromJson, cancellationToken);

    public Task<IReadOnlyList<Imported<IReadOnlyList<JobAgreementTarget>>>> ListTargetImportsAsync(CancellationToken cancellationToken = default) =>
        ListAsync(FigureInputKind.Targets, FigureInputDocuments.TargetsFromJson, cancellationToken);

    public Task<IReadOnlyList<Imported<JobAgreementBaselineTable>>> ListBaselineImportsAsync(CancellationToken cancellationToken = default) =>
        ListAsync(FigureInputKind.Baseline, FigureInputDocuments.BaselineFromJson, cancellationToken);

    private async Task<FigureInputImport> InsertAsync(FigureInputKind kind, string document, string source, Instant importedAt, CancellationToken cancellationToken)
    {
        Preconditions.CheckNotNullOrWhiteSpace(source);
        await using var connection = await store.OpenAsync(cancellationToken).ConfigureAwait(false);
        var version = SqliteWspStore.Run(
            () =>
            {
                using var command = connection.CreateCommand();
                command.CommandText = """
                    INSERT INTO figure_inputs (kind, version, imported_at, source, document)
                    SELECT $kind, COALESCE(MAX(version), 0) + 1, $at, $source, $document FROM figure_inputs WHERE kind = $kind
                    RETURNING version;
                    """;
                command.Parameters.AddWithValue("$kind", FigureInputImport.CodeOf(kind));
                command.Parameters.AddWithValue("$at", importedAt.ToUnixTimeTicks());
                command.Parameters.AddWithValue("$source", source);
                command.Parameters.AddWithValue("$document", document);
                return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
            },
            $"import {FigureInputImport.CodeOf(kind)}");
        return new FigureInputImport(kind, version, importedAt, source);
    }

    private async Task<IReadOnlyList<Imported<T>>> ListAsync<T>(FigureInputKind kind, Func<string, T> read, CancellationToken cancellationToken)
        where T : class
    {
        await using var connection = await store.OpenAsync(cancellationToken).ConfigureAwait(false);
        return SqliteWspStore.Run(
            () =>
            {
                using var command = connection.CreateCommand();
                command.CommandText = "SELECT version, imported_at, source, document FROM figure_inputs WHERE kind = $kind ORDER BY version;";
                command.Parameters.AddWithValue("$kind", FigureInputImport.CodeOf(kind));
                using var reader = command.ExecuteReader();
                var imports = new List<Imported<T>>();
                while (reader.Read())
                {
                    var import = new FigureInputImport(kind, reader.GetInt32(0), Instant.FromUnixTimeTicks(reader.GetInt64(1)), reader.GetString(2));
                    imports.Add(new Imported<T>(read(reader.GetString(3)), import));
                }

                return (IReadOnlyList<Imported<T>>)imports;
            },
            $"list the {FigureInputImport.CodeOf(kind)} imports");
    }
}
