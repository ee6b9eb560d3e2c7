using System.Text;
using System.Xml;

namespace Directives.Search.Graph;

/// <summary>Writes a snapshot as GraphML (http://graphml.graphdrawing.org), readable by yEd, Gephi and networkx.</summary>
public static class GraphMl
{
    static readonly (string Id, string For, Func<GraphNode, string?> Value)[] NodeKeys =
    [
        ("type", "node", n => n.Type), ("citation", "node", n => n.Citation), ("kind", "node", n => n.Kind),
        ("organization", "node", n => n.Organization), ("province", "node", n => n.Province), ("level", "node", n => n.Level),
        ("date", "node", n => n.Date), ("title", "node", n => n.Title), ("name", "node", n => n.Name),
    ];

    public static string Write(GraphSnapshot g)
    {
        // Through a UTF-8 stream, so the XML declaration says the encoding the response is sent in.
        using var bytes = new MemoryStream();
        using (var w = XmlWriter.Create(bytes, new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false) }))
        {
            const string ns = "http://graphml.graphdrawing.org/xmlns";
            w.WriteStartElement("graphml", ns);
            foreach (var (id, kind, _) in NodeKeys) Key(w, id, kind);
            Key(w, "relation", "edge");
            Key(w, "asserted_by", "edge");
            Key(w, "evidence", "edge");
            w.WriteStartElement("graph", ns);
            w.WriteAttributeString("id", "citations");
            w.WriteAttributeString("edgedefault", "directed");
            foreach (var n in g.Nodes.OrderBy(n => n.Id, StringComparer.Ordinal))
            {
                w.WriteStartElement("node", ns);
                w.WriteAttributeString("id", n.Id);
                foreach (var (id, _, value) in NodeKeys)
                    if (value(n) is { } v) Data(w, id, v);
                w.WriteEndElement();
            }
            var i = 0;
            foreach (var e in g.Edges)
            {
                w.WriteStartElement("edge", ns);
                w.WriteAttributeString("id", "e" + i++);
                w.WriteAttributeString("source", e.From);
                w.WriteAttributeString("target", e.To);
                Data(w, "relation", e.Type);
                Data(w, "asserted_by", string.Join(" ", e.Assertions.Select(a => a.Document).Distinct()));
                Data(w, "evidence", e.Assertions[0].Evidence);
                w.WriteEndElement();
            }
            w.WriteEndElement();
            w.WriteEndElement();
        }
        return Encoding.UTF8.GetString(bytes.ToArray());
    }

    static void Key(XmlWriter w, string id, string kind)
    {
        w.WriteStartElement("key", "http://graphml.graphdrawing.org/xmlns");
        w.WriteAttributeString("id", id);
        w.WriteAttributeString("for", kind);
        w.WriteAttributeString("attr.name", id);
        w.WriteAttributeString("attr.type", "string");
        w.WriteEndElement();
    }

    static void Data(XmlWriter w, string key, string value)
    {
        w.WriteStartElement("data", "http://graphml.graphdrawing.org/xmlns");
        w.WriteAttributeString("key", key);
        // XML 1.0 forbids most control characters; evidence comes from arbitrary files.
        w.WriteString(new string(value.Where(XmlConvert.IsXmlChar).ToArray()));
        w.WriteEndElement();
    }
}
