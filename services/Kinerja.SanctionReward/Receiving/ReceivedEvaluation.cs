namespace Kinerja.SanctionReward.Receiving;

/// <summary>An evaluation of the receiver arrived from the Evaluations service (stream <c>receiver-{nip}</c>).</summary>
internal sealed record EvaluationReceived(
    string EvaluationId,
    string? Supersedes,
    string AgreementId,
    string Region,
    string? UnitId,
    string ReceiverName,
    string Echelon,
    string Period,
    string PeriodKind,
    decimal? Score,
    string? RatingLabel,
    string? ScaleId,
    int? ScaleVersion,
    IReadOnlyList<ScaleRating>? OtherRatings = null)
{
    /// <summary>The rating on <paramref name="scaleId"/> when the evaluation carries one, else its main rating.</summary>
    public ScaleRating? RatingOn(string? scaleId) =>
        OtherRatings?.FirstOrDefault(r => r.ScaleId == scaleId)
        ?? (RatingLabel is null || ScaleId is null ? null : new ScaleRating(RatingLabel, ScaleId, ScaleVersion ?? 1));
}

/// <summary>A label of a rating scale (scale id and version) that the evaluated score fell in.</summary>
internal sealed record ScaleRating(string Label, string ScaleId, int ScaleVersion);

/// <summary>The receiver's evaluations in force, one per period: what consecutive-period rules look back on.</summary>
internal sealed record ReceiverHistory(IReadOnlyDictionary<string, EvaluationReceived> InForce)
{
    public static readonly ReceiverHistory Empty = new(new Dictionary<string, EvaluationReceived>());

    public static string StreamId(string nip) => $"receiver-{nip}";

    public static ReceiverHistory Apply(ReceiverHistory history, object @event) => @event switch
    {
        EvaluationReceived e => new(new Dictionary<string, EvaluationReceived>(history.InForce) { [e.Period] = e }),
        _ => history,
    };

    public static readonly IReadOnlyList<(Type Type, string Name)> EventTypes = [(typeof(EvaluationReceived), "receiver.evaluation-received.v1")];
}
