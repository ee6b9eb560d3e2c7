namespace Directives.Core.Relations;

internal enum ItemKind { Word, Number, Punctuation, Reference, Marker }

/// <summary>
/// One token of a sentence: a folded word, a number, a punctuation mark, a whole reference (by index into the
/// recogniser's reference list) or a footnote marker "([4])" (Value = its number).
/// </summary>
internal readonly record struct Item(ItemKind Kind, int Start, int End, string Folded, bool Capitalized, int Value)
{
    public bool IsWord(string folded) => Kind == ItemKind.Word && Folded == folded;
}
