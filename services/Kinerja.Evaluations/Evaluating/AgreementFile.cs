using Kinerja.Evaluations.Learning;

namespace Kinerja.Evaluations.Evaluating;

using EventStore = Kinerja.EventStore.EventStore;

/// <summary>
/// Everything this service knows about one agreement, folded from its stream <c>agreement-{id}</c>: the terms in
/// force, the verified realisations that count, and every evaluation made (standing or superseded). One stream per
/// agreement makes every writer (learning, periodic and on-demand evaluation) meet on its version, so an evaluation
/// is never computed from inputs that a concurrent writer has already changed.
/// </summary>
internal sealed class AgreementFile
{
    private readonly Dictionary<(Guid Indicator, string Period), RealisationLearned> _realisations = [];
    private readonly Dictionary<string, EvaluationMade> _standing = new(StringComparer.Ordinal);
    private readonly List<EvaluationMade> _history = [];
    private readonly HashSet<string> _superseded = new(StringComparer.Ordinal);

    public static string StreamId(string agreementId) => $"agreement-{agreementId}";

    public AgreementTermsLearned? Terms { get; private set; }

    public bool Withdrawn { get; private set; }

    public bool Evaluable => Terms is not null && !Withdrawn;

    public IEnumerable<RealisationLearned> Realisations => _realisations.Values;

    /// <summary>The evaluation that stands per period code (<c>2026-TW2</c>, <c>2026</c>).</summary>
    public IReadOnlyDictionary<string, EvaluationMade> Standing => _standing;

    public IReadOnlyList<EvaluationMade> History => _history;

    public bool IsSuperseded(string evaluationId) => _superseded.Contains(evaluationId);

    public static AgreementFile Apply(AgreementFile file, object @event)
    {
        switch (@event)
        {
            case AgreementTermsLearned terms when file.Terms is null || terms.Version >= file.Terms.Version:
                file.Terms = terms;
                break;
            case AgreementEnded { Withdrawn: true }:
                file.Withdrawn = true;
                break;
            case RealisationLearned realisation:
                var key = (realisation.IndicatorId, EvaluationPeriods.Normalise(realisation.Period));
                if (!file._realisations.TryGetValue(key, out var known) || known.EntryNumber <= realisation.EntryNumber)
                {
                    file._realisations[key] = realisation;
                }
                break;
            case RealisationWithdrawn withdrawn:
                var withdrawnKey = (withdrawn.IndicatorId, EvaluationPeriods.Normalise(withdrawn.Period));
                if (file._realisations.TryGetValue(withdrawnKey, out var current) && current.EntryNumber < withdrawn.EntryNumber)
                {
                    file._realisations.Remove(withdrawnKey);
                }
                break;
            case EvaluationMade made:
                file._history.Add(made);
                file._standing[made.Result.Period] = made;
                break;
            case EvaluationReplaced replaced:
                file._superseded.Add(replaced.Notice.EvaluationId);
                break;
        }
        return file;
    }

    public static async Task<(AgreementFile File, long Version)> LoadAsync(EventStore store, string agreementId, CancellationToken cancellationToken)
    {
        var folded = await store.AggregateStreamAsync(StreamId(agreementId), new AgreementFile(), Apply, cancellationToken: cancellationToken);
        return folded is null ? (new AgreementFile(), 0) : (folded.State, folded.Version);
    }
}
