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

    /// <summary>
    /// The whole stream in memory, failing as soon as the limit is passed. A memory stream that exposes exactly one
    /// array (as the registry hands readers) is returned as it is, and a file is read into an array of its size,
    /// so a file is not copied again and again on its way to a reader.
    /// </summary>
    public static byte[] ReadAll(Stream stream, long limit, Func<DocumentReadException> onExceeded)
    {
        if (stream is MemoryStream memory && memory.Position == 0 && memory.TryGetBuffer(out var whole)
            && whole.Offset == 0 && whole.Array is { } array && whole.Count == array.Length)
            return array.Length > limit ? throw onExceeded() : array;
        var expected = stream.CanSeek ? stream.Length - stream.Position : 0;
        if (expected > limit) throw onExceeded();
        using var bounded = new BoundedReadStream(stream, limit, onExceeded);
        using var buffer = new MemoryStream((int)expected);
        bounded.CopyTo(buffer);
        return buffer.Length == buffer.Capacity ? buffer.GetBuffer() : buffer.ToArray();
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
