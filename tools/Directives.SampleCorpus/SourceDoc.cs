using System.Text.RegularExpressions;

namespace Directives.SampleCorpus;

/// <summary>A party document written in the simple source convention (see README.md).</summary>
public sealed class SourceDoc
{
    public string Title = "";
    public List<string> Left = new();
    public List<string> Right = new();
    public string Type = "";
    public List<string> Subject = new();
    public List<Block> Body = new();
    public List<string> Sign = new();
    public List<string> Recv = new();
    public SortedDictionary<int, string> Notes = new();
    public List<string> Options = new();

    public abstract record Block;
    public sealed record Para(string Text) : Block;
    public sealed record Heading(string Text) : Block;
    public sealed record Table(List<List<string>> Rows) : Block;

    public static readonly Regex NoteRef = new(@"\[\^(\d+)\]", RegexOptions.Compiled);
    static readonly Regex NoteDef = new(@"^\[\^(\d+)\]:\s*(.*)$", RegexOptions.Compiled);

    public static SourceDoc Parse(string text, string name)
    {
        var d = new SourceDoc();
        var lines = text.Replace("\r\n", "\n").Split('\n');
        int section = 0; // 0 header, 1 body, 2 signature
        List<List<string>>? table = null;
        foreach (var raw in lines)
        {
            var line = raw.TrimEnd();
            if (line == "---") { Flush(); section++; continue; }
            if (section == 0 || section == 2)
            {
                if (line.Length == 0) continue;
                int c = line.IndexOf(':');
                if (c < 0) throw new FormatException($"{name}: expected 'key: value' in header/signature, got '{line}'");
                string key = line[..c].Trim();
                string val = line[(c + 1)..].Trim();
                switch (key)
                {
                    case "title": d.Title = val; break;
                    case "left": d.Left.Add(val); break;
                    case "right": d.Right.Add(val); break;
                    case "type": d.Type = val; break;
                    case "subject": d.Subject.Add(val); break;
                    case "option": d.Options.Add(val); break;
                    case "sign": d.Sign.Add(val); break;
                    case "recv": d.Recv.Add(val); break;
                    default: throw new FormatException($"{name}: unknown key '{key}'");
                }
                continue;
            }
            // body
            if (line.StartsWith('|'))
            {
                table ??= new();
                table.Add(line.Trim('|').Split('|').Select(s => s.Trim()).ToList());
                continue;
            }
            Flush();
            if (line.Length == 0) continue;
            var m = NoteDef.Match(line);
            if (m.Success) { d.Notes[int.Parse(m.Groups[1].Value)] = m.Groups[2].Value; continue; }
            if (line.StartsWith("## ", StringComparison.Ordinal)) d.Body.Add(new Heading(line[3..].Trim()));
            else d.Body.Add(new Para(line.Trim()));
        }
        Flush();
        if (d.Title.Length == 0) d.Title = (d.Type + " " + string.Join(" ", d.Subject)).Trim();
        return d;

        void Flush()
        {
            if (table != null) { d.Body.Add(new Table(table)); table = null; }
        }
    }
}
