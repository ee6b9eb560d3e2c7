namespace Directives.Api.Services;

/// <summary>
/// Where the web UI's files are: wwwroot under the working folder when run from the project (dotnet run), else the
/// copy beside the binaries (a build or publish output started from anywhere), which would otherwise answer 404 at /.
/// </summary>
public static class WebRoot
{
    public static string? Find(string? workingDirectory = null)
    {
        if (Directory.Exists(Path.Combine(workingDirectory ?? Directory.GetCurrentDirectory(), "wwwroot"))) return null;
        var besideBinaries = Path.Combine(AppContext.BaseDirectory, "wwwroot");
        return Directory.Exists(besideBinaries) ? besideBinaries : null;
    }
}
