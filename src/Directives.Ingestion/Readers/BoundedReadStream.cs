namespace Directives.Ingestion.Readers;

/// <summary>A read-only view of a stream that fails once more than a limit has come through it: the bytes are counted as they are produced (inflated), not taken from a header that can lie.</summary>
internal sealed class BoundedReadStream(Stream inner, long limit, Func<DocumentReadException> onExceeded) : Stream
{
    public long BytesRead { get; private set; }

    public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

    public override int Read(Span<byte> buffer) => Count(inner.Read(buffer));

    int Count(int read)
    {
        BytesRead += read;
        if (BytesRead > limit) throw onExceeded();
        return read;
    }

    /// <summary>Copies the whole stream into memory, failing as soon as the limit is passed.</summary>
    public static byte[] ReadAll(Stream stream, long limit, Func<DocumentReadException> onExceeded)
    {
        using var bounded = new BoundedReadStream(stream, limit, onExceeded);
        using var buffer = new MemoryStream();
        bounded.CopyTo(buffer);
        return buffer.ToArray();
    }

    /// <summary>Reads to the end without keeping anything; returns how many bytes there were.</summary>
    public long Drain()
    {
        var scratch = new byte[81920];
        while (Read(scratch, 0, scratch.Length) > 0) { }
        return BytesRead;
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => BytesRead; set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        base.Dispose(disposing);
    }
}
