using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Directives.SampleCorpus;

/// <summary>Rewrites a PDF with the standard security handler (V1, R2, 40-bit RC4) and a user password,
/// so readers without the password must refuse it. Works on the simple files PdfDocumentBuilder writes
/// (classic xref table, direct stream lengths).</summary>
public static class PdfEncryptor
{
    static readonly byte[] Pad =
    {
        0x28, 0xBF, 0x4E, 0x5E, 0x4E, 0x75, 0x8A, 0x41, 0x64, 0x00, 0x4E, 0x56, 0xFF, 0xFA, 0x01, 0x08,
        0x2E, 0x2E, 0x00, 0xB6, 0xD0, 0x68, 0x3E, 0x80, 0x2F, 0x0C, 0xA9, 0xFE, 0x64, 0x53, 0x69, 0x7A,
    };

    const int Permissions = -3904;

    public static byte[] Encrypt(byte[] pdf, string userPassword, string ownerPassword)
    {
        var latin1 = Encoding.Latin1;
        string s = latin1.GetString(pdf);
        int sx = s.LastIndexOf("startxref", StringComparison.Ordinal);
        int xref = int.Parse(Regex.Match(s[(sx + 9)..], @"\d+").Value, CultureInfo.InvariantCulture);
        var m = Regex.Match(s[xref..], @"^xref\s+(\d+)\s+(\d+)\s+");
        if (!m.Success) throw new InvalidOperationException("expected a classic xref table");
        int first = int.Parse(m.Groups[1].Value), count = int.Parse(m.Groups[2].Value);
        int p = xref + m.Length;
        var offsets = new SortedDictionary<int, int>();
        for (int i = 0; i < count; i++)
        {
            var entry = Regex.Match(s[p..], @"^(\d{10}) (\d{5}) ([nf])\s*");
            if (entry.Groups[3].Value == "n") offsets[first + i] = int.Parse(entry.Groups[1].Value);
            p += entry.Length;
        }
        string trailer = s[s.IndexOf("trailer", xref, StringComparison.Ordinal)..sx];
        string root = Regex.Match(trailer, @"/Root\s+(\d+\s+\d+\s+R)").Groups[1].Value;
        var infoM = Regex.Match(trailer, @"/Info\s+(\d+\s+\d+\s+R)");

        byte[] id = MD5.HashData(pdf);
        byte[] o = OwnerValue(userPassword, ownerPassword);
        byte[] key = MD5.HashData(Concat(PadPw(userPassword), o, BitConverter.GetBytes(Permissions), id))[..5];
        byte[] u = Rc4(key, Pad);

        var outMs = new MemoryStream();
        void W(string t) => outMs.Write(latin1.GetBytes(t));
        W("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n");
        var newOffsets = new SortedDictionary<int, long>();
        foreach (var (num, off) in offsets)
        {
            newOffsets[num] = outMs.Position;
            int objStart = s.IndexOf("obj", off, StringComparison.Ordinal) + 3;
            byte[] objKey = MD5.HashData(Concat(key, new[] { (byte)num, (byte)(num >> 8), (byte)(num >> 16), (byte)0, (byte)0 }))[..10];
            int streamKw = s.IndexOf("stream", objStart, StringComparison.Ordinal);
            int endObj = s.IndexOf("endobj", objStart, StringComparison.Ordinal);
            W($"{num} 0 obj\n");
            if (streamKw >= 0 && streamKw < endObj)
            {
                string dict = s[objStart..streamKw];
                int len = int.Parse(Regex.Match(dict, @"/Length\s+(\d+)(?!\s+\d+\s+R)").Groups[1].Value, CultureInfo.InvariantCulture);
                int dataStart = streamKw + 6;
                if (s[dataStart] == '\r') dataStart++;
                if (s[dataStart] == '\n') dataStart++;
                byte[] data = pdf[dataStart..(dataStart + len)];
                W(EncryptStrings(dict.Trim(), objKey));
                W("\nstream\n");
                outMs.Write(Rc4(objKey, data));
                W("\nendstream\nendobj\n");
            }
            else
            {
                W(EncryptStrings(s[objStart..endObj].Trim(), objKey));
                W("\nendobj\n");
            }
        }
        int encNum = offsets.Keys.Max() + 1;
        newOffsets[encNum] = outMs.Position;
        W($"{encNum} 0 obj\n<< /Filter /Standard /V 1 /R 2 /Length 40 /O <{Convert.ToHexString(o)}> /U <{Convert.ToHexString(u)}> /P {Permissions} >>\nendobj\n");
        long xrefPos = outMs.Position;
        W($"xref\n0 {encNum + 1}\n0000000000 65535 f\r\n");
        for (int i = 1; i <= encNum; i++)
            W(newOffsets.TryGetValue(i, out var off) ? $"{off:D10} 00000 n\r\n" : "0000000000 65535 f\r\n");
        string hexId = Convert.ToHexString(id);
        W($"trailer\n<< /Size {encNum + 1} /Root {root}{(infoM.Success ? " /Info " + infoM.Groups[1].Value : "")} /Encrypt {encNum} 0 R /ID [<{hexId}> <{hexId}>] >>\nstartxref\n{xrefPos}\n%%EOF\n");
        return outMs.ToArray();
    }

    static byte[] OwnerValue(string user, string owner)
    {
        byte[] k = MD5.HashData(PadPw(owner))[..5];
        return Rc4(k, PadPw(user));
    }

    static byte[] PadPw(string pw)
    {
        var b = Encoding.Latin1.GetBytes(pw);
        var r = new byte[32];
        int n = Math.Min(32, b.Length);
        Array.Copy(b, r, n);
        Array.Copy(Pad, 0, r, n, 32 - n);
        return r;
    }

    static byte[] Concat(params byte[][] parts) => parts.SelectMany(x => x).ToArray();

    static byte[] Rc4(byte[] key, byte[] data)
    {
        var S = new byte[256];
        for (int i = 0; i < 256; i++) S[i] = (byte)i;
        for (int i = 0, j = 0; i < 256; i++)
        {
            j = (j + S[i] + key[i % key.Length]) & 0xFF;
            (S[i], S[j]) = (S[j], S[i]);
        }
        var r = new byte[data.Length];
        for (int n = 0, i = 0, j = 0; n < data.Length; n++)
        {
            i = (i + 1) & 0xFF;
            j = (j + S[i]) & 0xFF;
            (S[i], S[j]) = (S[j], S[i]);
            r[n] = (byte)(data[n] ^ S[(S[i] + S[j]) & 0xFF]);
        }
        return r;
    }

    /// <summary>Replaces every literal or hex string in an object body by the hex form of its encrypted bytes.</summary>
    static string EncryptStrings(string body, byte[] objKey)
    {
        var sb = new StringBuilder();
        int i = 0;
        while (i < body.Length)
        {
            char c = body[i];
            if (c == '(')
            {
                var bytes = new List<byte>();
                int depth = 1;
                i++;
                while (i < body.Length && depth > 0)
                {
                    char ch = body[i++];
                    if (ch == '\\' && i < body.Length)
                    {
                        char e = body[i++];
                        switch (e)
                        {
                            case 'n': bytes.Add((byte)'\n'); break;
                            case 'r': bytes.Add((byte)'\r'); break;
                            case 't': bytes.Add((byte)'\t'); break;
                            case 'b': bytes.Add((byte)'\b'); break;
                            case 'f': bytes.Add((byte)'\f'); break;
                            case '\r': if (i < body.Length && body[i] == '\n') i++; break;
                            case '\n': break;
                            default:
                                if (e >= '0' && e <= '7')
                                {
                                    int v = e - '0', k = 1;
                                    while (k < 3 && i < body.Length && body[i] >= '0' && body[i] <= '7') { v = v * 8 + (body[i++] - '0'); k++; }
                                    bytes.Add((byte)v);
                                }
                                else bytes.Add((byte)e);
                                break;
                        }
                        continue;
                    }
                    if (ch == '(') depth++;
                    else if (ch == ')' && --depth == 0) break;
                    bytes.Add((byte)ch);
                }
                sb.Append('<').Append(Convert.ToHexString(Rc4(objKey, bytes.ToArray()))).Append('>');
            }
            else if (c == '<' && i + 1 < body.Length && body[i + 1] != '<')
            {
                int end = body.IndexOf('>', i);
                string hex = new string(body[(i + 1)..end].Where(Uri.IsHexDigit).ToArray());
                if (hex.Length % 2 == 1) hex += "0";
                sb.Append('<').Append(Convert.ToHexString(Rc4(objKey, Convert.FromHexString(hex)))).Append('>');
                i = end + 1;
            }
            else if (c == '<' || c == '>') { sb.Append(body, i, 2); i += 2; }
            else { sb.Append(c); i++; }
        }
        return sb.ToString();
    }
}
