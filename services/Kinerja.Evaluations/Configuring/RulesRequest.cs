namespace Kinerja.Evaluations.Configuring;

/// <summary>A new version of the calculation rules. The version number is assigned by the service.</summary>
/// <param name="EffectiveFrom">The first day they apply.</param>
/// <param name="NegativeFormula"><c>TwiceTargetMinusRealisation</c> (national default) or <c>TargetOverRealisation</c>.</param>
/// <param name="ZeroTarget">What a zero target scores when met and when not.</param>
/// <param name="Cap">The cap on the score used for ratings; null for none.</param>
/// <param name="Weighted">Whether roll-ups use the agreement's weights.</param>
internal sealed record RulesRequest(DateOnly? EffectiveFrom, NegativeFormula? NegativeFormula, ZeroTargetRule? ZeroTarget, ScoreCap? Cap, bool Weighted);
