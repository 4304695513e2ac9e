using Kinerja.Evaluations.Configuring;
using Kinerja.Evaluations.Learning;

namespace Kinerja.Evaluations.Evaluating;

/// <summary>Stored names of this service's events: explicit and versioned, never derived from CLR names.</summary>
internal static class EvaluationEventTypes
{
    public const string Made = "evaluation.made.v1";
    public const string Replaced = "evaluation.replaced.v1";
    public const string TermsLearned = "evaluation.agreement-terms-learned.v1";

    public static readonly IReadOnlyList<string> Feed = [Made, Replaced];

    public static void Register(EventStoreOptions store)
    {
        store.Events
            .Register<AgreementTermsLearned>(TermsLearned)
            .Register<AgreementEnded>("evaluation.agreement-ended.v1")
            .Register<ReceiverChanged>("evaluation.receiver-changed.v1")
            .Register<RealisationLearned>("evaluation.realisation-learned.v1")
            .Register<RealisationWithdrawn>("evaluation.realisation-withdrawn.v1")
            .Register<PeriodStatusLearned>("evaluation.period-status-learned.v1")
            .Register<RatingScaleDefined>("evaluation.rating-scale-defined.v1")
            .Register<CalculationRulesDefined>("evaluation.calculation-rules-defined.v1")
            .Register<EvaluationMade>(Made)
            .Register<EvaluationReplaced>(Replaced);
        store.Messages.Register<AgreementEvaluated>();
        store.Messages.Register<EvaluationSuperseded>();
    }
}
