using System.Security.Cryptography;
using System.Text;
using Kinerja.Evaluations.Learning;

namespace Kinerja.Evaluations.Evaluating;

/// <summary>Turns the learned terms and verified realisations into the engine's input.</summary>
internal static class EngineInput
{
    public static AgreementInput From(AgreementFile file)
    {
        var terms = file.Terms!;
        var agreementId = IdOf(terms.AgreementId, "");
        var source = new TargetSource(agreementId, terms.Version);
        return new()
        {
            AgreementId = agreementId,
            Version = terms.Version,
            RegionCode = terms.RegionCode,
            Year = terms.FiscalYear,
            Objectives = terms.Objectives.Select(objective => new ObjectiveInput
            {
                Id = new ObjectiveId(IdOf(objective.Id, terms.AgreementId)),
                Name = objective.Statement,
                // An objective weighs what its indicators weigh together.
                Weight = objective.Indicators.Sum(i => i.Weight ?? 0) is var weight and > 0 ? weight : 1,
                Indicators = objective.Indicators.Select(i => Indicator(terms, i, source, file.Realisations)).ToList(),
            }).ToList(),
        };
    }

    /// <summary>
    /// Upstream ids are GUIDs (Measurements refers to indicators by GUID); an id that is not one (e.g. <c>IK-3</c>)
    /// gets a stable GUID derived from the agreement and the id, so realisations still find it.
    /// </summary>
    public static Guid IdOf(string id, string scope) =>
        Guid.TryParse(id, out var guid) ? guid : new Guid(SHA256.HashData(Encoding.UTF8.GetBytes($"{scope}/{id}")).AsSpan(0, 16));

    private static IndicatorInput Indicator(AgreementTermsLearned terms, AgreementIndicator indicator, TargetSource source, IEnumerable<RealisationLearned> realisations)
    {
        var id = IdOf(indicator.Id, terms.AgreementId);
        var frequency = Enum.Parse<Frequency>(indicator.Frequency, ignoreCase: true);
        return new()
        {
            Id = new IndicatorId(id),
            Name = indicator.Name,
            UnitOfMeasure = indicator.UnitOfMeasure,
            Year = terms.FiscalYear,
            // A range target is rated by where R falls in it, whatever the direction: the engine reads it off the target.
            Polarity = string.Equals(indicator.Polarity, "Negative", StringComparison.OrdinalIgnoreCase) ? Polarity.Negative : Polarity.Positive,
            Consolidation = Enum.Parse<Consolidation>(indicator.Consolidation, ignoreCase: true),
            Accumulation = Enum.Parse<TargetAccumulation>(indicator.Accumulation, ignoreCase: true),
            Frequency = frequency,
            TargetIsMaximum = indicator.AnnualTarget.IsMaximum,
            Weight = indicator.Weight ?? 1,
            AnnualTarget = new PeriodTarget(ReportingPeriod.WholeYear(terms.FiscalYear), Value(indicator.AnnualTarget), source),
            PeriodTargets = indicator.PeriodTargets
                .Where(p => p.Target is not null && p.Period >= 1 && p.Period <= frequency.PeriodsPerYear())
                .Select(p => new PeriodTarget(new ReportingPeriod(terms.FiscalYear, frequency, p.Period), Value(p.Target!), source))
                .ToList(),
            Realisations = realisations
                .Where(r => r.IndicatorId == id)
                .Select(r => (Realisation: r, Parsed: EvaluationPeriods.TryParse(r.Period, out var period), Period: period))
                .Where(r => r.Parsed && r.Period.Frequency == frequency && r.Period.Year == terms.FiscalYear)
                .Select(r => new VerifiedRealisation(
                    new RealisationId(IdOf($"{r.Realisation.IndicatorId}/{EvaluationPeriods.Format(r.Period)}", terms.AgreementId)),
                    r.Realisation.EntryNumber, r.Period, r.Realisation.Value))
                .OrderBy(r => r.Period.Number)
                .ToList(),
        };
    }

    public static TargetValue Value(AgreementTarget target) => target.Value is { } value
        ? TargetValue.Of(value)
        : TargetValue.Between(target.Lower ?? 0, target.Upper ?? target.Lower ?? 0);
}
