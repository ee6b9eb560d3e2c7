namespace Directives.Testing.Hostile;

/// <summary>A file built to break a reader: its name, the probe row it reproduces, and the code it must be refused with.</summary>
public sealed record HostileFile(string Name, string Row, string Code, byte[] Bytes);

/// <summary>A file that must be indexed beside the hostile ones; <see cref="Citation"/> finds it, <see cref="Expected"/> is in its text.</summary>
public sealed record GoodFile(string Name, byte[] Bytes, string Citation, string Expected);
