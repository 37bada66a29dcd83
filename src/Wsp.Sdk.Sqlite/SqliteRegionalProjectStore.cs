using Microsoft.Data.Sqlite;
using Wsp.Sdk.Geography;
using Wsp.Sdk.RegionalProjects;
using Wsp.Sdk.Storage;

namespace Wsp.Sdk.Sqlite;

/// <summary>
/// The regional projects (rule H6) in the SQLite file: a row per project with its JSON document and version, keyed by
/// region and project id together (a project id is unique within its region), listed per region.
/// </summary>
internal sealed class SqliteRegionalProjectStore : IRegionalProjectStore
{
    private const string What = "regional project";
    private readonly SqliteWspStore _store;

    public SqliteRegionalProjectStore(SqliteWspStore store) => _store = store;

    public Task<Versioned<RegionalProject>> InsertAsync(RegionalProject project, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(project);
        var document = DeskDocuments.ToJson(project);
        return _store.InsertDocumentAsync(
            project,
            KeyOf(project.Region, project.Id),
            What,
            $"Region {project.Region} has a regional project with id '{project.Id}' already.",
            "INSERT INTO regional_projects (id, version, document, region_code, project_id) VALUES ($id, 1, $document, $region, $project);",
            command => Bind(command, project, document),
            static (_, _) => { },
            cancellationToken);
    }

    public Task<Versioned<RegionalProject>?> FindAsync(RegionCode region, string id, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckArgument(region != default, nameof(region), "The region is not initialized.");
        return _store.FindDocumentAsync("regional_projects", KeyOf(region, Preconditions.CheckNotNullOrWhiteSpace(id)), DeskDocuments.ProjectFromJson, What, cancellationToken);
    }

    public Task<Versioned<RegionalProject>> ReplaceAsync(RegionalProject project, string etag, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(project);
        Preconditions.CheckNotNullOrWhiteSpace(etag);
        var document = DeskDocuments.ToJson(project);
        return _store.ReplaceDocumentAsync(
            project,
            KeyOf(project.Region, project.Id),
            etag,
            "regional_projects",
            What,
            "UPDATE regional_projects SET version = version + 1, document = $document WHERE id = $id AND version = $version;",
            command => Bind(command, project, document),
            static (_, _) => { },
            cancellationToken);
    }

    public async Task<IReadOnlyList<Versioned<RegionalProject>>> ListAsync(RegionCode region, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckArgument(region != default, nameof(region), "The region is not initialized.");
        await using var connection = await _store.OpenAsync(cancellationToken).ConfigureAwait(false);
        return SqliteWspStore.Run(
            () =>
            {
                using var command = connection.CreateCommand();
                command.CommandText = "SELECT document, version FROM regional_projects WHERE region_code = $region ORDER BY project_id;";
                command.Parameters.AddWithValue("$region", region.ToString());
                using var reader = command.ExecuteReader();
                var projects = new List<Versioned<RegionalProject>>();
                while (reader.Read())
                {
                    projects.Add(new Versioned<RegionalProject>(DeskDocuments.ProjectFromJson(reader.GetString(0)), SqliteWspStore.ETagOf(reader.GetInt64(1))));
                }

                return (IReadOnlyList<Versioned<RegionalProject>>)projects;
            },
            $"list the regional projects of {region}");
    }

    private static string KeyOf(RegionCode region, string id) => region + "/" + id;

    private static void Bind(SqliteCommand command, RegionalProject project, string document)
    {
        command.Parameters.AddWithValue("$id", KeyOf(project.Region, project.Id));
        command.Parameters.AddWithValue("$document", document);
        command.Parameters.AddWithValue("$region", project.Region.ToString());
        command.Parameters.AddWithValue("$project", project.Id);
    }
}
