namespace Directives.Core.Relations;

/// <summary>
/// Bounded searches around a relation phrase: the document it is said of (subject, before it) and the
/// documents it points to (objects, after it). Every search looks at a fixed number of items.
/// </summary>
internal static class ClauseShapes
{
    const int SubjectReach = 30;
    const int SubjectChars = 300;
    const int ObjectWords = 4;
    const int ListReach = 25;
    const int SelfReach = 15;

    // Last word of a document type name: "Quy định này", "Kế hoạch này", "Nghị quyết này", "Văn bản này".
    static readonly HashSet<string> KindHeads = ["dinh", "hoach", "quyet", "thi", "dan", "luan", "trinh", "an", "che", "tri", "ban", "cao"];

    // What may stand between a document and its verb: dates, issuers, "của", "về", "được ban hành".
    static readonly HashSet<string> SubjectFiller =
    [
        "ngay", "thang", "nam", "cua", "ve", "viec", "so", "da", "duoc", "bi", "do", "ban", "hanh", "khoa", "lan", "thu",
        "tinh", "uy", "huyen", "thanh", "thi", "dang", "bo", "thuong", "vu", "trung", "uong", "chinh", "tri", "chap",
        "to", "chuc", "kiem", "tra", "tuyen", "giao", "dan", "van", "phong", "quan", "xa", "phuong", "khoi", "nay", "kem", "theo",
    ];

    // What may stand between two documents of one list: "Chỉ thị số 28-CT/TW của Ban Bí thư, Hướng dẫn số 02…".
    static readonly HashSet<string> ListFiller = ["va", "ngay", "thang", "nam", "cua", "so", "khoa", "cung", "cac", "lan", "thu"];

    static readonly HashSet<string> Passive = ["duoc", "bi"];
    static readonly HashSet<string> Agent = ["boi", "bang"];

    /// <summary>The nearest reference before the phrase when only filler stands between; -1 when none.</summary>
    internal static int Subject(List<Item> items, int verbFirst)
    {
        for (var i = verbFirst - 1; i >= 0 && verbFirst - i <= SubjectReach; i--)
        {
            var item = items[i];
            if (items[verbFirst].Start - item.End > SubjectChars) return -1;
            switch (item.Kind)
            {
                case ItemKind.Reference: return i;
                case ItemKind.Punctuation or ItemKind.Number or ItemKind.Marker: continue;
                case ItemKind.Word when item.Capitalized || SubjectFiller.Contains(item.Folded): continue;
                default: return -1;
            }
        }
        return -1;
    }

    const int PurposeReach = 45;

    /// <summary>
    /// "… ban hành Quy định số 09-QĐi/TU … về kiểm tra, giám sát … nhằm cụ thể hóa Quy định số 30-QĐ/TW", "Công văn nêu rõ,
    /// để thực hiện Chỉ thị …": a purpose ("để", "nhằm") is the aim of the nearest document before it in the sentence,
    /// whatever describes that document in between — unless a phrase already took that document as its object.
    /// </summary>
    internal static int PurposeSubject(List<Item> items, int verbFirst, HashSet<int> taken)
    {
        if (verbFirst < 1 || !(items[verbFirst - 1].IsWord("de") || items[verbFirst - 1].IsWord("nham"))) return -1;
        for (var i = verbFirst - 2; i >= 0 && verbFirst - i <= PurposeReach; i--)
        {
            if (items[i].Kind == ItemKind.Punctuation && items[i].Folded == ";") return -1;
            if (items[i].Kind == ItemKind.Reference) return taken.Contains(i) ? -1 : i;
        }
        return -1;
    }

    /// <summary>
    /// "Kế hoạch số 121-KH/TU, ngày 08/4/2019 của Ban Thường vụ Tỉnh ủy thực hiện Chỉ thị …": the phrase describes the
    /// document before it (only its date and issuer stand between) rather than opening a new clause after a comma.
    /// </summary>
    internal static bool Describes(List<Item> items, int subject, int verbFirst)
    {
        if (items[verbFirst - 1].Kind == ItemKind.Punctuation) return false;
        for (var i = subject + 1; i < verbFirst; i++)
        {
            if (items[i].Kind != ItemKind.Punctuation || items[i].Folded is "/" or "." or "-") continue;
            if (items[i].Folded != "," || i + 1 >= verbFirst || !items[i + 1].IsWord("ngay")) return false;
        }
        return true;
    }

    // "gắn với thực hiện …", "gắn chặt với …", "kết hợp với …", "đồng bộ với …": the action accompanies another one.
    static readonly HashSet<string> AlongsideHeads = ["gan", "chat", "hop", "bo"];

    // An unnumbered document named right before the phrase: "ban hành Kế hoạch thực hiện Nghị quyết …".
    static readonly (string, string)[] UnnumberedKinds = [("ke", "hoach"), ("chuong", "trinh"), ("hanh", "dong"), ("huong", "dan"), ("de", "an")];

    /// <summary>
    /// The phrase is not the text's own act: it rides along another ("gắn với thực hiện Nghị quyết …") or belongs
    /// to an unnumbered document named just before it ("ban hành Kế hoạch thực hiện Nghị quyết …").
    /// </summary>
    internal static bool NotOwnAct(List<Item> items, int verbFirst)
    {
        if (verbFirst >= 1 && items[verbFirst - 1].IsWord("gan")) return true;
        if (verbFirst < 2 || items[verbFirst - 1].Kind != ItemKind.Word || items[verbFirst - 2].Kind != ItemKind.Word) return false;
        var (before, last) = (items[verbFirst - 2].Folded, items[verbFirst - 1].Folded);
        if (last == "voi" && AlongsideHeads.Contains(before)) return true;
        return UnnumberedKinds.Contains((before, last));
    }

    /// <summary>"X được thay thế bởi Y": the passive turns the edge round.</summary>
    internal static bool IsPassive(List<Item> items, int verbFirst, int verbLast) =>
        verbFirst > 0 && items[verbFirst - 1].Kind == ItemKind.Word && Passive.Contains(items[verbFirst - 1].Folded)
        && verbLast + 1 < items.Count && items[verbLast + 1].Kind == ItemKind.Word && Agent.Contains(items[verbLast + 1].Folded);

    /// <summary>
    /// "Quy định này thay thế …", "Quy định này có hiệu lực kể từ ngày ký, thay thế …": the text names itself
    /// as the subject, a few words before the phrase with no document in between.
    /// </summary>
    internal static bool NamesItself(List<Item> items, int verbFirst)
    {
        for (var i = verbFirst - 1; i >= 1 && verbFirst - i <= SelfReach; i--)
        {
            if (items[i].Kind == ItemKind.Reference) return false;
            if (items[i].IsWord("nay") && items[i - 1].Kind == ItemKind.Word && KindHeads.Contains(items[i - 1].Folded)) return true;
        }
        return false;
    }

    /// <summary>
    /// References the phrase points to: the first within a few words after it, then any listed right after that one.
    /// Returns item indices; empty when none.
    /// </summary>
    internal static List<int> Objects(List<Item> items, int verbLast)
    {
        var found = new List<int>();
        var words = 0;
        var i = verbLast + 1;
        for (; i < items.Count; i++)
        {
            var item = items[i];
            if (item.Kind == ItemKind.Reference) break;
            if (item.Kind == ItemKind.Punctuation)
            {
                if (item.Folded is ":" or "“" or "\"" or "(" or "‘") continue;
                return found;
            }
            if (++words > ObjectWords) return found;
            if (Agent.Contains(item.Folded)) continue; // passive "bởi"
        }
        if (i >= items.Count) return found;
        found.Add(i);
        var gap = 0;
        for (var j = i + 1; j < items.Count && gap <= ListReach; j++)
        {
            var item = items[j];
            if (item.Kind == ItemKind.Reference)
            {
                found.Add(j);
                gap = 0;
                continue;
            }
            gap++;
            var allowed = item.Kind is ItemKind.Number or ItemKind.Marker
                || item.Kind == ItemKind.Punctuation && item.Folded is "," or "(" or ")" or "“" or "”" or "\"" or "-" or "/"
                || item.Kind == ItemKind.Word && (item.Capitalized || ListFiller.Contains(item.Folded));
            if (!allowed) break;
        }
        return found;
    }

    const int OpeningReach = 160;

    // The main clause after an opening's list begins: "…, Ban Thường vụ Tỉnh ủy xây dựng / ban hành / hướng dẫn …".
    static readonly (string, string)[] MainClauseVerbs =
        [("xay", "dung"), ("ban", "hanh"), ("huong", "dan"), ("quyet", "dinh"), ("chi", "dao"), ("de", "ra"), ("yeu", "cau"), ("ket", "luan")];

    /// <summary>
    /// Objects of an opening phrase ("Thực hiện A về …; B, ngày … của …, và C, Ban Thường vụ …"): the documents
    /// joined to the first by "và", ";" or "," even across the descriptions between them, up to the main clause.
    /// A document that a description names ("… về thực hiện Kết luận 01") is not joined: only a listed one is.
    /// </summary>
    internal static List<int> OpeningObjects(List<Item> items, int verbLast)
    {
        var found = Objects(items, verbLast);
        if (found.Count == 0) return found;
        for (var j = found[^1] + 1; j < items.Count && j - verbLast <= OpeningReach; j++)
        {
            var item = items[j];
            if (item.Kind == ItemKind.Word && j + 1 < items.Count && items[j + 1].Kind == ItemKind.Word
                && MainClauseVerbs.Contains((item.Folded, items[j + 1].Folded))) break;
            if (item.Kind != ItemKind.Reference || found.Contains(j)) continue;
            var before = items[j - 1];
            if (before.IsWord("va") || before.Kind == ItemKind.Punctuation && before.Folded is ";" or "," or "-") found.Add(j);
        }
        return found;
    }

    /// <summary>
    /// "Thực hiện Chỉ thị 28…, Ban Thường vụ Tỉnh ủy đã ban hành Kế hoạch số 121…": the document issued after
    /// a clause-opening phrase. Item index or -1.
    /// </summary>
    internal static int IssuedAfter(List<Item> items, int from)
    {
        for (var i = from; i + 1 < items.Count && i - from <= 60; i++)
        {
            // References before the verb belong to the opening phrase: "Thực hiện Kết luận 01 về tiếp tục thực hiện Chỉ thị 05, … ban hành …".
            if (!items[i].IsWord("ban") || !items[i + 1].IsWord("hanh")) continue;
            for (var j = i + 2; j < items.Count && j - i <= 5; j++)
            {
                if (items[j].Kind == ItemKind.Reference) return j;
                if (items[j].Kind == ItemKind.Punctuation && items[j].Folded is "," or ";") return -1;
            }
            return -1;
        }
        return -1;
    }
}
