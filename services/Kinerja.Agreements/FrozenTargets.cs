namespace Kinerja.Agreements;

/// <summary>
/// A period whose realisation has been verified keeps its target (practice across regions): a revision
/// may not change that target, the indicator's frequency, or remove the indicator.
/// </summary>
internal static class FrozenTargets
{
    public static ValidationErrors Check(Agreement state, AgreementContent proposed)
    {
        var errors = new ValidationErrors();
        var located = proposed.Objectives
            .SelectMany((o, oi) => o.Indicators.Select((i, ii) => (Indicator: i, Path: $"objectives[{oi}].indicators[{ii}]")))
            .ToDictionary(x => x.Indicator.Id);
        foreach (var verified in state.VerifiedRealisations)
        {
            if (state.Content.FindIndicator(verified.Indicator) is not { } before)
            {
                continue;
            }
            if (!located.TryGetValue(verified.Indicator, out var after))
            {
                errors.Add("objectives", $"Indicator {verified.Indicator} ({before.Name}) has a verified realisation for {verified.Period}; it cannot be removed.");
            }
            else if (after.Indicator.Frequency != before.Frequency)
            {
                errors.Add($"{after.Path}.frequency", $"Indicator {before.Name} has a verified realisation for {verified.Period}; its frequency cannot change.");
            }
            else if (after.Indicator.TargetFor(verified.Period) != before.TargetFor(verified.Period))
            {
                errors.Add($"{after.Path}.periodTargets[{verified.Period.Number - 1}]",
                    $"The target for {verified.Period} has a verified realisation and cannot change; it stays {before.TargetFor(verified.Period)}.");
            }
        }
        return errors;
    }
}
