namespace Directives.Core.Obligations;

/// <summary>
/// A stretch of text that sets goals: from the trigger ("phấn đấu", "mục tiêu", "chỉ tiêu", "hằng năm")
/// to the end of its sentence, or through the list that follows a colon.
/// </summary>
internal sealed record GoalScope(int SentenceStart, int TriggerStart, int TriggerEnd, int End, bool Yearly)
{
    public bool Covers(int position) => position >= TriggerStart && position < End;
}
