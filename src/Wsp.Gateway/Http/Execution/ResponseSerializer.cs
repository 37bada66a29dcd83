using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using GraphQL.Execution;
using GraphQL.SystemTextJson;

namespace Wsp.Gateway.Http.Execution;

/// <summary>
/// GraphQL.NET's System.Text.Json serializer, plus a synchronous write of a result straight into a buffer writer (the
/// response's pipe): no intermediate stream, buffer copies or async state machine per token.
/// </summary>
internal sealed class ResponseSerializer(IErrorInfoProvider errors) : GraphQLSerializer(Configure, errors)
{
    public void Write<T>(IBufferWriter<byte> output, T value)
    {
        using var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Encoder = SerializerOptions.Encoder, SkipValidation = true });
        JsonSerializer.Serialize(writer, value, SerializerOptions);
    }

    // Responses are JSON, never HTML, and sent with nosniff: names such as 's-Gravenhage need no \u escapes.
    private static void Configure(JsonSerializerOptions options) => options.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
}
