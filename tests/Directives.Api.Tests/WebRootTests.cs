using Directives.Api.Services;

namespace Directives.Api.Tests;

/// <summary>The web UI is served when the API runs from its build output, started from any folder (it was 404 at /).</summary>
public sealed class WebRootTests
{
    [Fact]
    public void The_web_ui_is_copied_beside_the_binaries_and_found_from_another_folder()
    {
        Assert.True(File.Exists(Path.Combine(AppContext.BaseDirectory, "wwwroot", "index.html")));
        Assert.True(File.Exists(Path.Combine(AppContext.BaseDirectory, "wwwroot", "js", "diagram.js")));
        var root = WebRoot.Find(Path.GetTempPath());
        Assert.NotNull(root);
        Assert.True(File.Exists(Path.Combine(root, "index.html")));
    }
}
