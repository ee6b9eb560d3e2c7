using System.Text;
using Directives.Ingestion.Pipeline;
using Directives.Ingestion.Readers;

namespace Directives.Fuzz;

/// <summary>
/// One thing to fuzz: a reader (by the extension it reads) or the extractor. A refusal with a code is the expected
/// answer to bad input; any other exception, a hang past the file timeout, or the process dying is a finding.
/// </summary>
public sealed record FuzzTarget(string Name, string Extension)
{
    public static IReadOnlyList<FuzzTarget> All { get; } =
    [
        new("txt", ".txt"), new("html", ".html"), new("docx", ".docx"), new("pdf", ".pdf"), new("extract", ".txt"),
    ];

    /// <summary>Small limits keep each run short; the bounds under test are the same code at any size.</summary>
    static readonly DocumentReaderRegistry Readers = DocumentReaderRegistry.WithLimits(ReadLimits.Default with
    {
        MaxFileBytes = 4 * 1024 * 1024, MaxPartBytes = 4 * 1024 * 1024, MaxPackageBytes = 8 * 1024 * 1024,
        MaxPdfStreamBytes = 4 * 1024 * 1024, MaxTextChars = 200_000, FileTimeout = TimeSpan.FromSeconds(10),
    });

    public void Run(ReadOnlySpan<byte> input)
    {
        if (Name == "extract")
        {
            FileExtraction.FromText(Encoding.UTF8.GetString(input), "fuzz.txt");
            return;
        }
        try
        {
            var text = Readers.Read(new MemoryStream(input.ToArray()), "fuzz" + Extension);
            FileExtraction.InputFor(text, "fuzz" + Extension);
        }
        catch (DocumentReadException)
        {
            // The expected way to refuse bad input.
        }
    }
}
