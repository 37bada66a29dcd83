using Microsoft.Data.Sqlite;

namespace Wsp.Sdk.Sqlite.Tests;

/// <summary>
/// SQL on a store's file from outside the store, as the migration and file tests need it (to take a file back to what
/// an older version wrote, <see cref="Downgrades"/>, or to look at what was written): each call on its own unpooled
/// connection, after the pooled ones are closed, so no connection of the store holds the file while the SQL runs.
/// </summary>
internal static class SqliteFile
{
    public static void Execute(string path, string sql)
    {
        using var connection = Connect(path);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public static object? Scalar(string path, string sql)
    {
        using var connection = Connect(path);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    public static List<string> Strings(string path, string sql)
    {
        using var connection = Connect(path);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var result = new List<string>();
        while (reader.Read())
        {
            result.Add(reader.GetString(0));
        }

        return result;
    }

    private static SqliteConnection Connect(string path)
    {
        SqliteConnection.ClearAllPools();
        var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        return connection;
    }
}
