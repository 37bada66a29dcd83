using CsvHelper;
using Wsp.Sdk.Interchange;

namespace Wsp.Cli.Import;

/// <summary>
/// Reads a CSV file one record at a time with CsvHelper (RFC 4180 quoting, quoted line breaks), never the whole file:
/// each record's fields with the line it starts on, and malformed quoting as a reason instead of an exception.
/// </summary>
internal sealed class CsvRows : IDisposable
{
    private readonly Stream _stream;
    private readonly CsvReader _reader;
    private string? _badData;

    public CsvRows(string path)
        : this(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan))
    {
    }

    /// <summary>Reads a CSV from a stream (for example bytes already read and hashed); disposing the rows disposes it.</summary>
    public CsvRows(Stream stream)
    {
        _stream = stream;
        var options = new CsvReaderOptions
        {
            Separator = ',',
            HasHeader = false,
            TrackLineNumbers = true,
            DetectSeparatorHint = false,
            SkipEmptyLines = true,
            // Most columns repeat few values (codes, dates, partners): shared strings spare the collector a million
            // short-lived ones per column; columns of unique values (ids) stop pooling by themselves.
            PoolStrings = true,
            OnMalformedRecord = record => _badData ??= $"malformed quoting ({record.Reason}): a quote opens a field and ends it, and a quote inside a field is written twice",
        };
        _reader = CsvReader.Create(_stream, options, leaveOpen: false);
    }

    /// <summary>Gets the bytes of the file read so far, for progress.</summary>
    public long BytesRead => _reader.ByteOffset;

    /// <summary>Reads the next record.</summary>
    /// <param name="record">The fields, the line the record starts on, and a reason when its quoting is malformed.</param>
    /// <returns>Whether there was a record.</returns>
    public bool Read(out (string[] Fields, long Line, string? BadData) record)
    {
        _badData = null;
        if (!_reader.Read())
        {
            record = default;
            return false;
        }

        record = (Fields(), _reader.LineNumber, _badData);
        return true;
    }

    /// <summary>Reads the next record.</summary>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>The record (its fields, the line it starts on, and a reason when its quoting is malformed), or null at the end.</returns>
    public async ValueTask<CsvRecord?> ReadAsync(CancellationToken cancellationToken)
    {
        _badData = null;
        if (!await _reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        return new CsvRecord(_reader.LineNumber, Fields(), _badData);
    }

    public void Dispose()
    {
        _reader.Dispose();
        _stream.Dispose();
    }

    private string[] Fields()
    {
        var fields = new string[_reader.FieldCount];
        for (var i = 0; i < fields.Length; i++)
        {
            fields[i] = _reader.GetString(i);
        }

        return fields;
    }
}
