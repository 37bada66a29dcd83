using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using GraphQL.Execution;
using GraphQL.SystemTextJson;
using GraphQL.Transport;

namespace Wsp.Gateway.Http.Execution;

/// <summary>
/// GraphQL.NET's System.Text.Json serializer, plus synchronous reads and writes over spans and buffer writers (the
/// request body as read, the response's pipe): no intermediate stream, buffer copies or async state machine per token.
/// </summary>
internal sealed class ResponseSerializer(IErrorInfoProvider errors) : GraphQLSerializer(Configure, errors)
{
    public void Write<T>(IBufferWriter<byte> output, T value)
    {
        using var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Encoder = SerializerOptions.Encoder, SkipValidation = true });
        JsonSerializer.Serialize(writer, value, SerializerOptions);
    }

    public byte[] ToBytes<T>(T value)
    {
        var buffer = new ArrayBufferWriter<byte>();
        Write(buffer, value);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Reads a GraphQL request from a JSON body.</summary>
    /// <exception cref="JsonException">The body is not a JSON object of a GraphQL request.</exception>
    public GraphQLRequest? ReadRequest(ReadOnlySpan<byte> body) => JsonSerializer.Deserialize<GraphQLRequest>(body, SerializerOptions);

    // Responses are JSON, never HTML, and sent with nosniff: names such as 's-Gravenhage need no \u escapes.
    private static void Configure(JsonSerializerOptions options) => options.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
}
