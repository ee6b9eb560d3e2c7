using System.Text;
using Directives.Benchmarks.Corpus;
using Directives.Core.Text;
using Microsoft.Data.Sqlite;

namespace Directives.Benchmarks.Scale;

/// <summary>
/// The baseline: SQLite FTS5 with the <c>unicode61 remove_diacritics 2</c> tokenizer, loaded with the same texts.
/// It is given the generator's metadata (kind, organisation, date) as columns for free, since it has no extractor.
/// </summary>
public sealed class Fts5Index : IDisposable
{
    readonly string path;
    readonly SqliteConnection connection;

    public Fts5Index(string path, bool create)
    {
        this.path = path;
        if (create) foreach (var f in new[] { path, path + "-wal", path + "-shm" }) File.Delete(f);
        connection = Open();
        if (create)
            Execute("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;" +
                    "CREATE VIRTUAL TABLE docs USING fts5(id UNINDEXED, title, body, kind UNINDEXED, org UNINDEXED, date UNINDEXED, " +
                    "tokenize = 'unicode61 remove_diacritics 2');");
    }

    SqliteConnection Open()
    {
        var c = new SqliteConnection($"Data Source={path}");
        c.Open();
        return c;
    }

    void Execute(string sql)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    /// <summary>Reads each text file and inserts it; commits every <paramref name="batch"/> documents, as our ingest does.</summary>
    public void Load(IEnumerable<(GroundTruth Truth, string File)> documents, int batch = 500, Func<string, string>? text = null)
    {
        var tx = connection.BeginTransaction();
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "INSERT INTO docs(id, title, body, kind, org, date) VALUES ($id, $title, $body, $kind, $org, $date)";
        var ps = new[] { "$id", "$title", "$body", "$kind", "$org", "$date" }.Select(n => cmd.Parameters.Add(n, SqliteType.Text)).ToArray();
        var n = 0;
        foreach (var (t, file) in documents)
        {
            cmd.Transaction = tx;
            ps[0].Value = t.Id;
            ps[1].Value = t.Title;
            ps[2].Value = text is null ? File.ReadAllText(file, Encoding.UTF8) : text(File.ReadAllText(file, Encoding.UTF8));
            ps[3].Value = t.Kind;
            ps[4].Value = t.Organization;
            ps[5].Value = t.Date;
            cmd.ExecuteNonQuery();
            if (++n % batch == 0)
            {
                tx.Commit();
                tx = connection.BeginTransaction();
            }
        }
        tx.Commit();
        tx.Dispose();
    }

    public long Bytes => new[] { path, path + "-wal" }.Where(File.Exists).Sum(f => new FileInfo(f).Length);

    /// <summary>A connection for one searching thread (SQLite connections are not shared between threads).</summary>
    public Searcher NewSearcher() => new(Open());

    /// <summary>The query as a user of FTS5 would write it: each word quoted (all must match), phrases kept.</summary>
    public static string Match(string query)
    {
        var q = VietnameseText.Normalize(query);
        var parts = new List<string>();
        var inPhrase = false;
        foreach (var piece in q.Split('"'))
        {
            if (inPhrase && piece.Trim().Length > 0) parts.Add("\"" + piece.Trim() + "\"");
            else if (!inPhrase) parts.AddRange(piece.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => "\"" + w + "\""));
            inPhrase = !inPhrase;
        }
        return string.Join(' ', parts);
    }

    public void Dispose() => connection.Dispose();

    public sealed class Searcher(SqliteConnection connection) : IDisposable
    {
        /// <summary>Top 20 ids with a snippet, ranked by bm25 or by date, filters applied.</summary>
        public List<string> Search(BenchQuery q, int limit = 20)
        {
            using var cmd = Command(q, "id, snippet(docs, 2, '', '', '…', 12)", q.SortByDate ? "date DESC" : "rank", limit);
            var ids = new List<string>();
            using var r = cmd.ExecuteReader();
            while (r.Read()) ids.Add(r.GetString(0));
            return ids;
        }

        /// <summary>Every matching id (for the answer-set checks).</summary>
        public HashSet<string> All(BenchQuery q)
        {
            using var cmd = Command(q, "id", "rank", -1);
            var ids = new HashSet<string>(StringComparer.Ordinal);
            using var r = cmd.ExecuteReader();
            while (r.Read()) ids.Add(r.GetString(0));
            return ids;
        }

        public List<string> Ranked(BenchQuery q, int limit) => Search(q, limit);

        SqliteCommand Command(BenchQuery q, string columns, string order, int limit)
        {
            var cmd = connection.CreateCommand();
            var sql = new StringBuilder($"SELECT {columns} FROM docs WHERE docs MATCH $q");
            cmd.Parameters.AddWithValue("$q", Match(q.Text));
            if (q.Kind is not null) { sql.Append(" AND kind = $kind"); cmd.Parameters.AddWithValue("$kind", q.Kind); }
            if (q.Organization is not null) { sql.Append(" AND org = $org"); cmd.Parameters.AddWithValue("$org", q.Organization); }
            if (q.From is not null) { sql.Append(" AND date >= $from"); cmd.Parameters.AddWithValue("$from", q.From); }
            if (q.To is not null) { sql.Append(" AND date <= $to"); cmd.Parameters.AddWithValue("$to", q.To); }
            sql.Append(" ORDER BY ").Append(order).Append(" LIMIT ").Append(limit);
            cmd.CommandText = sql.ToString();
            return cmd;
        }

        public void Dispose() => connection.Dispose();
    }
}
