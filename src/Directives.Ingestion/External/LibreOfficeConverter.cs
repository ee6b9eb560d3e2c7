using Directives.Ingestion.Readers;

namespace Directives.Ingestion.External;

/// <summary>
/// Converts Word 97–2003, RTF and OpenDocument text files to DOCX with LibreOffice headless. Every conversion gets its
/// own temporary folder and user profile, so conversions can run side by side and a crashed one leaves no lock behind.
/// </summary>
public static class LibreOfficeConverter
{
    public const string Package = "libreoffice-writer-nogui";

    public static TimeSpan Timeout { get; } = TimeSpan.FromMinutes(3);

    /// <summary>The DOCX bytes of <paramref name="bytes"/>, a file named <paramref name="fileName"/>.</summary>
    public static byte[] ToDocx(byte[] bytes, string fileName, CancellationToken cancellationToken, string? toolSearchPath = null) =>
        Convert(bytes, fileName, "docx:MS Word 2007 XML", cancellationToken, toolSearchPath);

    /// <summary>The file saved in another format: "docx:MS Word 2007 XML", "doc", "rtf", "odt" (LibreOffice's --convert-to).</summary>
    /// <summary>The converter is not installed: a failure the next ingest retries, never one remembered against the file.</summary>
    public const string ToolMissingCode = "converter_missing";

    public static byte[] Convert(byte[] bytes, string fileName, string format, CancellationToken cancellationToken, string? toolSearchPath = null)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        // Looked up for every file, so installing the package takes effect at the next ingest without a restart.
        var soffice = ExternalProcess.Find("soffice", toolSearchPath) ?? ExternalProcess.Find("libreoffice", toolSearchPath)
            ?? throw new DocumentReadException(ToolMissingCode,
                $"Không đọc được tệp {extension} ({fileName}): cần LibreOffice để chuyển sang DOCX, hãy cài gói {Package} (sudo apt-get install {Package}) rồi nạp lại.");
        var work = Directory.CreateTempSubdirectory("directives-convert-");
        try
        {
            var input = Path.Combine(work.FullName, "input" + extension);
            File.WriteAllBytes(input, bytes);
            var profile = new Uri(Path.Combine(work.FullName, "profile")).AbsoluteUri;
            var output = Path.Combine(work.FullName, "out");
            ProcessOutput result;
            try
            {
                result = ExternalProcess.Run(soffice,
                    [$"-env:UserInstallation={profile}", "--headless", "--norestore", "--nologo", "--nolockcheck",
                     "--convert-to", format, "--outdir", output, input],
                    Timeout, cancellationToken, new Dictionary<string, string> { ["HOME"] = work.FullName });
            }
            catch (TimeoutException e)
            {
                throw new DocumentReadException("convert_timeout", $"Chuyển đổi tệp {extension} ({fileName}) bằng LibreOffice quá thời gian: {e.Message}", e);
            }
            var converted = Path.Combine(output, "input." + format.Split(':')[0]);
            if (result.ExitCode != 0 || !File.Exists(converted))
                throw new DocumentReadException("convert_failed",
                    $"LibreOffice không chuyển được tệp {extension} ({fileName}) sang {format.Split(':')[0].ToUpperInvariant()}; tệp có thể bị hỏng hoặc có mật khẩu. {result.Stderr.Trim()}".Trim());
            return File.ReadAllBytes(converted);
        }
        finally
        {
            try { work.Delete(recursive: true); } catch (IOException) { }
        }
    }
}
