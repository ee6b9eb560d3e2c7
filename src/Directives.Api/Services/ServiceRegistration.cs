using System.Text.Json;
using System.Text.Json.Serialization;
using Directives.Ingestion.Pipeline;
using Directives.Ingestion.Readers;
using Directives.Search.Graph;
using Directives.Search.Index;
using Directives.Search.Suggest;
using Directives.Search.Obligations;
using Microsoft.Extensions.Options;

namespace Directives.Api.Services;

public static class ServiceRegistration
{
    public static IServiceCollection AddDirectives(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<DirectivesOptions>(configuration.GetSection(DirectivesOptions.Section));
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<DirectivesOptions>>().Value;
            var path = WorkspacePaths.Resolve(options.Index);
            if (!options.SeparateIngest) return new DocumentIndex(path);
            // The ingest worker holds the write lock; the server reads what it commits.
            DocumentIndex.EnsureExists(path);
            return new DocumentIndex(path, readOnly: true);
        });
        services.AddSingleton(sp => new CitationGraph(sp.GetRequiredService<DocumentIndex>()));
        services.AddSingleton(sp => new CitationSuggester(sp.GetRequiredService<CitationGraph>()));
        services.AddSingleton(sp => new ObligationRegister(sp.GetRequiredService<DocumentIndex>(), sp.GetRequiredService<CitationGraph>()));
        // Scanned pages' OCR results are kept beside the index, so a re-ingest never reads a scan twice.
        services.AddSingleton(sp => DocumentReaderRegistry.WithOcrCache(sp.GetRequiredService<DocumentIndex>().OcrCachePath,
            sp.GetRequiredService<IOptions<DirectivesOptions>>().Value.Limits));
        services.AddSingleton<IngestStatus>();
        services.AddSingleton<IngestionWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<IngestionWorker>());
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
            o.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
        });
        return services;
    }
}
