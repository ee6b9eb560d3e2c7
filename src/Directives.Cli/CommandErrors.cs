using Lucene.Net.Search;

namespace Directives.Cli;

/// <summary>
/// The last word of a failed command: one line on stderr saying what went wrong and an exit code, never a stack
/// trace (a missing index, a full disk, a query Lucene refuses are the user's to fix, not a crash to debug).
/// </summary>
static class CommandErrors
{
    public const int ExitCode = 1;

    public static int Report(Exception e)
    {
        Console.Error.WriteLine("error: " + Describe(e));
        return ExitCode;
    }

    static string Describe(Exception e) => Innermost(e) switch
    {
        BooleanQuery.TooManyClausesException => "the query is too complex (too many terms); use fewer words or fewer excluded words",
        IOException io when io.HResult == 28 || io.Message.Contains("No space left", StringComparison.OrdinalIgnoreCase)
            => "the disk is full; free some space and run the command again (earlier commits are intact)",
        UnauthorizedAccessException u => "permission denied: " + OneLine(u.Message),
        var inner => OneLine(inner.Message),
    };

    static Exception Innermost(Exception e)
    {
        while (e is AggregateException { InnerException: { } inner } || e is System.Reflection.TargetInvocationException { InnerException: { } _ })
            e = e.InnerException!;
        return e;
    }

    static string OneLine(string message) => string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries));
}
