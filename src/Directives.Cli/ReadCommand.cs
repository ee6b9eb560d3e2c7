using Directives.Ingestion.Readers;

namespace Directives.Cli;

/// <summary>`read FILE`: the text a reader gets out of a file, as ingestion sees it, with its warnings.</summary>
static class ReadCommand
{
    public static int Run(string file)
    {
        Console.OutputEncoding = System.Text.Encoding.UTF8;
        try
        {
            var text = DocumentReaderRegistry.Default.Read(file);
            foreach (var warning in text.Warnings) Console.Error.WriteLine("warning: " + warning);
            foreach (var line in text.HeaderBlock) Console.Error.WriteLine("header: " + line);
            Console.WriteLine(text.Text);
            return 0;
        }
        catch (DocumentReadException e)
        {
            Console.Error.WriteLine($"error ({e.Code}): {e.Message}");
            return 1;
        }
    }
}
