namespace Wsp.Sdk.Text;

/// <summary>
/// Splits one line of the reference data the SDK ships (RFC 4180: comma-separated, double-quoted fields with
/// <c>""</c> for a quote). The SDK depends on NodaTime only, and its own files need nothing more.
/// </summary>
internal static class CsvLine
{
    internal static List<string> Split(string line)
    {
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c != '"')
                {
                    field.Append(c);
                }
                else if (i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else
                {
                    quoted = false;
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        if (quoted)
        {
            throw new FormatException($"Unterminated quoted field in line: {line}");
        }

        fields.Add(field.ToString());
        return fields;
    }
}
