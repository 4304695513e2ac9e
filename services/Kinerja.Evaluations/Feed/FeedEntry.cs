namespace Kinerja.Evaluations.Feed;

/// <summary>One evaluation event in the catch-up feed.</summary>
/// <param name="Position">This entry's position: pass it as <c>after</c> to continue right behind it.</param>
/// <param name="MessageType">The message URN, as on the bus: <c>urn:message:kinerja:evaluations:agreement-evaluated:v1</c> or <c>…:evaluation-superseded:v1</c>.</param>
/// <param name="RecordedAt">When the event was stored (UTC).</param>
/// <param name="Message">The message exactly as published on the bus (an <c>AgreementEvaluated</c> or <c>EvaluationSuperseded</c>).</param>
internal sealed record FeedEntry(string Position, string MessageType, DateTimeOffset RecordedAt, object Message);
