using Directives.Core.Citations;
using Directives.Core.Extraction;

namespace Directives.Core.Relations;

/// <summary>
/// Finds the edges a text states between documents (domain.md §5), sentence by sentence: "X … VERB Y" says X
/// relates to Y; a phrase with no document before it is the text's own relation only where the text speaks of
/// itself (its title and opening, "Quy định này …", or a news report's "sau 3 năm triển khai thực hiện …").
/// </summary>
public static class RelationRecognizer
{
    const int OpeningChars = 500;
    const int NewsTitleSentences = 2;
    const int LeadWords = 8;

    public static IReadOnlyList<Relation> Find(string text, IReadOnlyList<Reference> references, RelationContext context)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(references);
        ArgumentNullException.ThrowIfNull(context);

        var mentions = Mentions(references, text.Length);
        var sink = new RelationSink(text);
        var footnotes = new Footnotes(text);
        var selfGuides = HasCode(context.SelfCitation, "HD");
        // A report reviews wherever it says "sau 3 năm thực hiện …"; a plan saying so is looking back before it starts.
        var reviewsAnywhere = context.IsNews || context.SelfCitation is null || HasCode(context.SelfCitation, "BC");
        var nextReference = 0;
        (string Type, string From)? openList = null; // "Căn cứ A; B; C, …": the open list's relation and who it speaks for
        var sentences = SentenceSplitter.Split(text, mentions);
        var newsOpening = context.IsNews ? NewsOpeningEnd(text, sentences) : 0;
        var probe = 0;
        foreach (var sentence in sentences)
        {
            // A relation's ends are references (a footnote marker points at one): a sentence past the opening with
            // neither adds nothing and only closes an open "Căn cứ …;" list, so it is not tokenised. Most are like this.
            if (sentence.Ordinal >= 8 && !HasMention(mentions, sentence, ref probe)
                && text.AsSpan(sentence.Start, sentence.End - sentence.Start).IndexOfAny('(', '[') < 0)
            {
                if (!EndsWithSemicolon(text, sentence)) openList = null;
                continue;
            }
            var items = SentenceTokenizer.Tokenize(text, sentence, mentions, ref nextReference);
            if (sentence.Ordinal < 8 && items.Count == 2 && items[0].IsWord("huong") && items[1].IsWord("dan")) selfGuides = true;
            var scope = new SentenceScope(text, sentence, items, mentions, context, sink, selfGuides, reviewsAnywhere, newsOpening);
            if (openList is { } list) scope.AddListed(list.Type, list.From);
            var main = scope.Run();
            LinkFootnotes(scope, footnotes, main);
            openList = EndsWithSemicolon(text, sentence) ? scope.OpenList ?? openList : null;
        }
        return sink.Relations;
    }

    /// <summary>
    /// The last sentence of a news page's opening: its lead, the first sentence of prose (a full stop after eight
    /// words or more), however many lines of chrome, stamp and title stand above it; at least the title lines.
    /// </summary>
    static int NewsOpeningEnd(string text, List<Sentence> sentences)
    {
        foreach (var s in sentences)
        {
            if (s.End >= text.Length || text[s.End] != '.') continue;
            if (text.AsSpan(s.Start, s.End - s.Start).Count(' ') + 1 >= LeadWords) return Math.Max(NewsTitleSentences, s.Ordinal);
        }
        return NewsTitleSentences;
    }

    /// <summary>References with an endpoint, in text order, overlapping ones dropped.</summary>
    static List<Reference> Mentions(IReadOnlyList<Reference> references, int length)
    {
        var sorted = references
            .Where(r => Endpoint(r) is not null && r.Start >= 0 && r.End > r.Start && r.End <= length)
            .OrderBy(r => r.Start)
            .ToList();
        var kept = new List<Reference>(sorted.Count);
        foreach (var r in sorted)
            if (kept.Count == 0 || r.Start >= kept[^1].End) kept.Add(r);
        return kept;
    }

    /// <summary>Whether a mention overlaps the sentence; <paramref name="probe"/> walks the sorted mentions once over all sentences.</summary>
    static bool HasMention(List<Reference> mentions, Sentence sentence, ref int probe)
    {
        while (probe < mentions.Count && mentions[probe].End <= sentence.Start) probe++;
        return probe < mentions.Count && mentions[probe].Start < sentence.End;
    }

    internal static string? Endpoint(Reference r) => r.Citation ?? r.Resolved ?? r.Name;

    static bool EndsWithSemicolon(string text, Sentence sentence)
    {
        var i = sentence.End;
        while (i < text.Length && text[i] is ' ' or '\t') i++;
        return i < text.Length && text[i] == ';';
    }

    static bool HasCode(string? citation, string code) =>
        PartyNumber.TryParse(citation, out var n) && n.Code.StartsWith(code, StringComparison.Ordinal);

    /// <summary>A marker glued to a type word: its footnote's document relates to what the sentence is about.</summary>
    static void LinkFootnotes(SentenceScope scope, Footnotes footnotes, string? main)
    {
        for (var m = 0; m < scope.Items.Count; m++)
        {
            if (scope.Items[m].Kind != ItemKind.Marker) continue;
            if (footnotes.Resolve(scope.Items, m, scope.References) is not { } hit) continue;
            var from = scope.Name(hit.Reference);
            var to = main ?? scope.FirstDocumentOtherThan(from);
            if (to is not null) scope.Sink.Add(hit.Type, from, to, scope.Sentence);
        }
    }

    /// <summary>One sentence's items and what is needed to turn its phrases into relations.</summary>
    sealed class SentenceScope(string text, Sentence sentence, List<Item> items, List<Reference> references,
        RelationContext context, RelationSink sink, bool selfGuides, bool reviewsAnywhere, int newsOpening)
    {
        public Sentence Sentence => sentence;
        public List<Item> Items => items;
        public List<Reference> References => references;
        public RelationSink Sink => sink;

        bool InOpening => context.BodyStart is { } body
            ? sentence.Start < body + OpeningChars
            : context.IsNews ? sentence.Ordinal <= newsOpening : sentence.Ordinal < 10;

        /// <summary>Adds the sentence's relations; returns the document the sentence is about (first target), if any.</summary>
        public string? Run()
        {
            string? main = null;
            var objectsTaken = new HashSet<int>();
            var listedByOpening = new HashSet<int>();
            var basedOnObject = -1; // "trên cơ sở kết quả thực hiện Nghị quyết …": a phrase inside the basis is part of it
            foreach (var verb in RelationPhrases.Find(items))
            {
                if (verb.Type == RelationTypes.BasedOn && !verb.ClauseInitial) continue;
                if (verb.First < basedOnObject) continue;
                var objects = verb.ClauseInitial ? ClauseShapes.OpeningObjects(items, verb.Last) : ClauseShapes.Objects(items, verb.Last);
                // "Thực hiện A … thực hiện B và C, …": C is listed by the opening, not by A's description.
                if (verb.ClauseInitial) listedByOpening.UnionWith(objects.Skip(1));
                else objects.RemoveAll(listedByOpening.Contains);
                if (objects.Count == 0) continue;
                if (verb.Type == RelationTypes.BasedOn) basedOnObject = objects[0];
                var subject = ClauseShapes.Subject(items, verb.First);
                if (subject < 0) subject = ClauseShapes.PurposeSubject(items, verb.First, objectsTaken);
                // "thực hiện Chỉ thị 28, triển khai …": 28 is an object; "thực hiện Kế hoạch 121, ngày … của Ban Thường vụ thực hiện Chỉ thị 28": 121 is described
                if (subject >= 0 && objectsTaken.Contains(subject) && !ClauseShapes.Describes(items, subject, verb.First)) subject = -1;
                objectsTaken.UnionWith(objects);
                var added = subject >= 0
                    ? AddAll(verb, Name(items[subject].Value), KindOf(subject), objects, ClauseShapes.IsPassive(items, verb.First, verb.Last))
                    : AddIssuedAfter(verb, objects) || AddSelf(verb, objects);
                if (added) main ??= Name(items[objects[0]].Value);
            }
            AddRepealedHere();
            return main;
        }

        bool AddIssuedAfter(RelationVerb verb, List<int> objects)
        {
            if (!verb.ClauseInitial) return false;
            var issued = ClauseShapes.IssuedAfter(items, objects[^1] + 1);
            return issued >= 0 && AddAll(verb, Name(items[issued].Value), KindOf(issued), objects, passive: false);
        }

        bool AddSelf(RelationVerb verb, List<int> objects)
        {
            if (verb.Type != RelationTypes.Reviews && ClauseShapes.NotOwnAct(items, verb.First)) return false;
            // A report opening "Thực hiện Kế hoạch số 121-KH/TU, Ban Thường vụ báo cáo …" reports on the plan; it does not implement it.
            if (verb.Type == RelationTypes.Implements && HasCode(context.SelfCitation, "BC")) return false;
            var speaksOfItself = verb.Type == RelationTypes.Reviews
                ? verb.Framed && reviewsAnywhere || InOpening
                : !context.IsNews && (InOpening || ClauseShapes.NamesItself(items, verb.First));
            if (!speaksOfItself) return false;
            var type = verb.Type == RelationTypes.Implements && selfGuides ? RelationTypes.Guides : verb.Type;
            return AddAll(verb with { Type = type }, RelationTypes.Self, null, objects, passive: false);
        }

        /// <summary>The relation an opening phrase of this sentence stated ("Căn cứ", "Thực hiện") and who it spoke for, if one did.</summary>
        public (string Type, string From)? OpenList { get; private set; }

        /// <summary>A sentence after "Căn cứ A;" that opens with a document continues the list: "B; C, Ban Thường vụ …".</summary>
        public void AddListed(string type, string from)
        {
            var first = 0;
            while (first < items.Count && items[first].Kind is ItemKind.Punctuation or ItemKind.Number) first++;
            if (first >= items.Count || items[first].Kind != ItemKind.Reference) return;
            var objects = ClauseShapes.Objects(items, first - 1);
            foreach (var o in objects)
                if (Name(items[o].Value) is var to && to != RelationTypes.Self) sink.Add(type, from, to, sentence);
            OpenList = (type, from);
        }

        bool AddAll(RelationVerb verb, string from, string? fromKind, List<int> objects, bool passive)
        {
            var type = verb.Type == RelationTypes.Implements && fromKind is "Hướng dẫn" or "Hướng dẫn liên tịch"
                ? RelationTypes.Guides
                : verb.Type;
            var any = false;
            foreach (var o in objects)
            {
                var to = Name(items[o].Value);
                if (to == RelationTypes.Self) continue;
                any |= passive ? sink.Add(type, to, from, sentence) : sink.Add(type, from, to, sentence);
            }
            if (any && verb.ClauseInitial && !passive) OpenList = (type, from);
            return any;
        }

        static readonly string[] NoLongerInForce = ["het", "hieu", "luc"];

        /// <summary>"Quy định số 07-QĐi/TU … hết hiệu lực": in a party document, the text repeals it.</summary>
        void AddRepealedHere()
        {
            if (context.IsNews) return;
            for (var k = 0; k < items.Count; k++)
            {
                if (items[k].Kind != ItemKind.Word || items[k].Folded != "het") continue;
                var last = RelationPhrases.Match(items, k, NoLongerInForce);
                if (last < 0) continue;
                var repealed = ClauseShapes.Subject(items, k);
                if (repealed >= 0 && Name(items[repealed].Value) is var to && to != RelationTypes.Self)
                    sink.Add(RelationTypes.Repeals, RelationTypes.Self, to, sentence);
            }
        }

        public string Name(int reference)
        {
            var name = Endpoint(references[reference])!;
            return context.SelfCitation is { } self && name == self ? RelationTypes.Self : name;
        }

        string? KindOf(int item) => references[items[item].Value].Kind;

        /// <summary>The first document the sentence names other than <paramref name="name"/> (looks at two at most).</summary>
        public string? FirstDocumentOtherThan(string name)
        {
            firstTwo ??= items.Where(i => i.Kind == ItemKind.Reference).Select(i => Name(i.Value))
                .Where(n => n != RelationTypes.Self).Distinct().Take(2).ToList();
            return firstTwo.FirstOrDefault(n => n != name);
        }

        List<string>? firstTwo;

        public override string ToString() => text[sentence.Start..sentence.End];
    }
}
