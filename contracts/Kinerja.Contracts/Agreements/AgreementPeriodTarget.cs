namespace Kinerja.Contracts.Agreements;

/// <summary>The target of one period of the indicator's frequency.</summary>
/// <param name="Period">1-based: the month (1–12), quarter (1–4, TW I–IV), semester (1–2), or 1 for annual.</param>
/// <param name="Label">Human-readable: <c>M01</c>, <c>TW I</c>, <c>S1</c>, <c>Year</c>.</param>
/// <param name="Target">The target; null for a period before the agreement took effect (it belongs to a predecessor).</param>
public sealed record AgreementPeriodTarget(int Period, string Label, AgreementTarget? Target);
