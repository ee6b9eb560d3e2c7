using Directives.Ingestion.Readers;
using Directives.Testing.Hostile;

namespace Directives.Ingestion.Tests;

/// <summary>Every file of the hostile catalogue is refused by the readers with its own code and a message without paths.</summary>
public sealed class HostileFileTests
{
    static readonly DocumentReaderRegistry Readers = DocumentReaderRegistry.WithLimits(HostileCatalogue.Limits);

    [Theory]
    [MemberData(nameof(HostileCatalogue.Names), MemberType = typeof(HostileCatalogue))]
    public void Is_refused_with_its_code(string name)
    {
        var file = HostileCatalogue.Get(name);
        using var dir = new TempDirectory();
        var path = dir.Write(file.Name, file.Bytes);

        var ex = Assert.Throws<DocumentReadException>(() => Readers.Read(path));

        Assert.Equal(file.Code, ex.Code);
        Assert.False(string.IsNullOrWhiteSpace(ex.Message));
        Assert.DoesNotContain(dir.Path, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Good_files_are_read()
    {
        foreach (var file in HostileCatalogue.Good)
        {
            var text = Readers.Read(new MemoryStream(file.Bytes), file.Name);
            Assert.Contains(file.Expected, text.Text, StringComparison.Ordinal);
        }
    }
}
