using System.Text.Json;
using Wsp.Sdk.Interchange;

namespace Wsp.Cli.Import;

/// <summary>
/// The machine-readable report of an import (<c>--report FILE</c>), JSON: the file, the import id, the outcome
/// (<c>imported</c>, <c>already-imported</c> or <c>refused</c>), the rows read and every error with its line, column,
/// value, reason and rule id.
/// </summary>
internal static class ImportReport
{
    public const string Format = "wsp-import-report/1";

    public static async Task WriteAsync(string path, string file, PlacementImportOutcome outcome, CancellationToken cancellationToken)
    {
        var temporary = path + ".tmp-" + Guid.NewGuid().ToString("N");
        await using (var stream = File.Create(temporary))
        {
            await using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
            json.WriteStartObject();
            json.WriteString("format", Format);
            json.WriteString("file", file);
            json.WriteString("importId", outcome.ImportId);
            json.WriteString("outcome", outcome.Status switch
            {
                PlacementImportStatus.Refused => "refused",
                PlacementImportStatus.AlreadyImported => "already-imported",
                _ => "imported",
            });
            json.WriteNumber("rows", outcome.Rows);
            json.WriteNumber("placementsWritten", outcome.PlacementsWritten);
            json.WriteNumber("badRows", outcome.BadRows);
            json.WriteStartArray("errors");
            foreach (var error in outcome.Errors)
            {
                json.WriteStartObject();
                json.WriteNumber("line", error.Line);
                json.WriteString("column", error.Column);
                if (error.Value is null)
                {
                    json.WriteNull("value");
                }
                else
                {
                    json.WriteString("value", error.Value);
                }

                json.WriteString("reason", error.Reason);
                if (error.Rule is { } rule)
                {
                    json.WriteString("rule", rule.ToString());
                }
                else
                {
                    json.WriteNull("rule");
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            await json.FlushAsync(cancellationToken).ConfigureAwait(false);
        }

        File.Move(temporary, path, overwrite: true);
    }
}
