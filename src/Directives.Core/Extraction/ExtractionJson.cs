using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Directives.Core.Extraction;

/// <summary>The contract's JSON: snake_case names, nulls written out, Vietnamese left readable.</summary>
public static class ExtractionJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    /// <summary>One JSON Lines record.</summary>
    public static string Line(ExtractionResult result) => JsonSerializer.Serialize(result, Options);
}
