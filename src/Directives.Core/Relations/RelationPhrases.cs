using Directives.Core.Extraction;

namespace Directives.Core.Relations;

/// <summary>The relation words of domain.md §5 as folded word sequences, matched over a sentence's items.</summary>
internal static class RelationPhrases
{
    // Longest first: at one position the first phrase that matches wins.
    static readonly (string[] Words, string Type)[] Table =
    [
        (W("tiep tuc trien khai thuc hien"), RelationTypes.Continues),
        (W("tiep tuc thuc hien"), RelationTypes.Continues),
        (W("tiep tuc trien khai"), RelationTypes.Continues),
        (W("huong dan thi hanh"), RelationTypes.Guides),
        (W("huong dan thuc hien"), RelationTypes.Guides),
        (W("danh gia ket qua trien khai thuc hien"), RelationTypes.Reviews),
        (W("danh gia ket qua thuc hien"), RelationTypes.Reviews),
        (W("so ket"), RelationTypes.Reviews),
        (W("tong ket"), RelationTypes.Reviews),
        (W("sua doi bo sung"), RelationTypes.Amends),
        (W("sua doi"), RelationTypes.Amends),
        (W("thay the"), RelationTypes.Replaces),
        (W("bai bo"), RelationTypes.Repeals),
        (W("can cu"), RelationTypes.BasedOn),
        (W("tren co so"), RelationTypes.BasedOn),
        (W("cu the hoa"), RelationTypes.Implements),
        (W("quan triet trien khai thuc hien"), RelationTypes.Implements),
        (W("quan triet trien khai"), RelationTypes.Implements),
        (W("quan triet thuc hien"), RelationTypes.Implements),
        (W("nham trien khai thuc hien"), RelationTypes.Implements),
        (W("nham thuc hien"), RelationTypes.Implements),
        (W("nham trien khai"), RelationTypes.Implements),
        (W("de trien khai thuc hien"), RelationTypes.Implements),
        (W("de trien khai"), RelationTypes.Implements),
        (W("de thuc hien"), RelationTypes.Implements),
        (W("trien khai thuc hien"), RelationTypes.Implements),
        (W("trien khai"), RelationTypes.Implements),
        (W("thuc hien"), RelationTypes.Implements),
    ];

    static readonly HashSet<string> NumberWords = ["mot", "hai", "ba", "bon", "tu", "nam", "sau", "bay", "tam", "chin", "muoi", "may", "nhieu", "nua"];

    // "sau gần 3 năm", "qua hơn nửa năm": a hedge between the review head and the count.
    static readonly HashSet<string> Hedges = ["gan", "hon", "tron"];

    static string[] W(string words) => words.Split(' ');

    // Table entries by first word, in table order: only these can match at a word, so the others need not be tried.
    static readonly Dictionary<string, (string[] Words, string Type)[]> ByFirstWord = Table
        .GroupBy(e => e.Words[0], StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);

    /// <summary>Every relation phrase in the sentence, left to right, none overlapping.</summary>
    internal static List<RelationVerb> Find(List<Item> items)
    {
        var found = new List<RelationVerb>();
        for (var k = 0; k < items.Count; k++)
        {
            if (items[k].Kind != ItemKind.Word || !ByFirstWord.TryGetValue(items[k].Folded, out var candidates)) continue;
            foreach (var (words, type) in candidates)
            {
                var last = Match(items, k, words);
                if (last < 0) continue;
                var verb = type == RelationTypes.Reviews ? ExtendReview(items, k, last) : Classify(items, k, last, type);
                found.Add(verb);
                k = verb.Last;
                break;
            }
        }
        return found;
    }

    /// <summary>Index of the phrase's last item when it starts at k; a comma or hyphen may sit between words.</summary>
    internal static int Match(List<Item> items, int k, string[] words)
    {
        var i = k;
        for (var w = 0; w < words.Length; w++)
        {
            if (w > 0 && i < items.Count && items[i].Kind == ItemKind.Punctuation && items[i].Folded is "," or "-") i++;
            if (i >= items.Count || !items[i].IsWord(words[w])) return -1;
            i++;
        }
        return i - 1;
    }

    /// <summary>"sơ kết 03 năm lãnh đạo thực hiện": the review head absorbs "N năm", a few words and the verb after it.</summary>
    static RelationVerb ExtendReview(List<Item> items, int first, int last)
    {
        var framed = IsClauseInitial(items, first) || PrecededBy(items, first, "qua") || PrecededBy(items, first, "sau");
        var i = last + 1;
        if (i + 1 < items.Count && IsCount(items[i]) && items[i + 1].IsWord("nam")) i += 2;
        for (var skipped = 0; skipped <= 3 && i < items.Count && items[i].Kind is ItemKind.Word or ItemKind.Punctuation; skipped++, i++)
        {
            var verbLast = VerbAt(items, i);
            if (verbLast >= 0) return new RelationVerb(RelationTypes.Reviews, first, verbLast, framed, IsClauseInitial(items, first));
        }
        return new RelationVerb(RelationTypes.Reviews, first, last, framed, IsClauseInitial(items, first));
    }

    static int VerbAt(List<Item> items, int i)
    {
        if (i >= items.Count || items[i].Kind != ItemKind.Word || !ByFirstWord.TryGetValue(items[i].Folded, out var candidates)) return -1;
        foreach (var (words, type) in candidates)
        {
            if (type != RelationTypes.Implements) continue;
            var last = Match(items, i, words);
            if (last >= 0) return last;
        }
        return -1;
    }

    /// <summary>An implementing verb after "sau/qua/kết quả N năm" or right after "kết quả" is a review.</summary>
    static RelationVerb Classify(List<Item> items, int first, int last, string type)
    {
        var clauseInitial = IsClauseInitial(items, first);
        if (type != RelationTypes.Implements) return new RelationVerb(type, first, last, false, clauseInitial);
        for (var m = first - 1; m >= Math.Max(1, first - 8); m--)
        {
            if (items[m].Kind == ItemKind.Reference) break;
            if (!items[m].IsWord("nam") || !IsCount(items[m - 1])) continue;
            var head = m - 2;
            var hedged = head >= 0 && items[head].Kind == ItemKind.Word && Hedges.Contains(items[head].Folded);
            if (hedged) head--;
            if (head >= 0 && items[head].IsWord("qua") && head >= 1 && items[head - 1].IsWord("qua")) head--; // "kết quả qua 3 năm"
            // "Hơn một năm thực hiện …" opening its clause; "nhìn lại 2 năm thực hiện …"
            if (hedged && IsClauseInitial(items, head + 1))
                return new RelationVerb(RelationTypes.Reviews, head + 1, last, true, true);
            if (head >= 1 && items[head].IsWord("lai") && items[head - 1].IsWord("nhin"))
                return new RelationVerb(RelationTypes.Reviews, head - 1, last, true, IsClauseInitial(items, head - 1));
            if (head < 0) break;
            if (items[head].IsWord("sau") || items[head].IsWord("qua") && !PrecededBy(items, head, "ket"))
                return new RelationVerb(RelationTypes.Reviews, head, last, true, IsClauseInitial(items, head));
            if (items[head].IsWord("qua") && PrecededBy(items, head, "ket"))
                return new RelationVerb(RelationTypes.Reviews, head - 1, last, true, IsClauseInitial(items, head - 1));
            break;
        }
        if (first >= 2 && items[first - 1].IsWord("qua") && items[first - 2].IsWord("ket"))
            return new RelationVerb(RelationTypes.Reviews, first - 2, last, IsClauseInitial(items, first - 2), IsClauseInitial(items, first - 2));
        return new RelationVerb(type, first, last, false, clauseInitial);
    }

    static bool IsCount(Item item) => item.Kind == ItemKind.Number || item.Kind == ItemKind.Word && NumberWords.Contains(item.Folded);

    static bool PrecededBy(List<Item> items, int i, string word) => i > 0 && items[i - 1].IsWord(word);

    /// <summary>First word of the sentence, or right after a comma, colon, bracket or quote (bullets and numbering ignored).</summary>
    internal static bool IsClauseInitial(List<Item> items, int i)
    {
        for (var j = i - 1; j >= 0; j--)
        {
            var item = items[j];
            if (item.Kind == ItemKind.Punctuation) return item.Folded is "," or ":" or "(" or "“" or "\"" or "-" or "+" or "*" or "•" or ")";
            if (item.Kind == ItemKind.Number) continue; // "1." numbering
            if (item.IsWord("de") || item.IsWord("nham")) continue; // "Để tiếp tục thực hiện …"
            return false;
        }
        return true;
    }
}
