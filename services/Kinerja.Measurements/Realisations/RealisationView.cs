namespace Kinerja.Measurements.Realisations;

/// <summary>Evidence as the API shows it: a link, or an uploaded file (download it from <c>/api/measurements/evidence/{sha256}</c>).</summary>
internal sealed record EvidenceView(string Kind, string? Url, string? Sha256, string? FileName, string? ContentType, long? SizeBytes)
{
    public static EvidenceView? Of(Evidence? evidence) => evidence switch
    {
        Evidence.Link link => new EvidenceView("link", link.Url.AbsoluteUri, null, null, null, null),
        Evidence.File file => new EvidenceView("file", null, file.Sha256, file.FileName, file.ContentType, file.SizeBytes),
        _ => null,
    };
}

/// <summary>One value as entered: the first recording or a correction (with its reason). Older entries stay.</summary>
internal sealed record EntryView(int Number, decimal Value, EvidenceView? Evidence, string? Notes, string? GapExplanation, string? FollowUpAction,
    string? Target, int? TargetVersion, int AgreementVersion, string EnteredBy, DateTimeOffset EnteredAt, string? CorrectionReason);

/// <summary>Who verified, returned or reviewed, when, and what they said.</summary>
internal sealed record ApprovalView(string By, DateTimeOffset At, string? Comment, decimal? CorrectedValue);

/// <summary>A realisation with its whole history; <c>version</c> is also its ETag.</summary>
internal sealed record RealisationView(
    string AgreementId,
    string? AgreementKey,
    string IndicatorId,
    string IndicatorCode,
    string Period,
    string PeriodLabel,
    string Status,
    decimal? CountedValue,
    long Version,
    IReadOnlyList<EntryView> Entries,
    ApprovalView? Verification,
    ApprovalView? LastReturn,
    ApprovalView? Review)
{
    public static RealisationView Of(Realisation state, long version, MeasurementPlan plan) => new(
        state.Key.AgreementId.ToString(),
        plan.SourceId,
        state.Key.IndicatorId.ToString(),
        plan.Indicator(state.Key.IndicatorId)?.Code ?? "",
        state.Key.Period.ToString(),
        state.Key.Period.Label,
        state.Status.ToString(),
        state.CountedValue,
        version,
        state.Entries.Select(e => new EntryView(e.Number, e.Submission.Value, EvidenceView.Of(e.Submission.Evidence), e.Submission.Notes,
            e.Submission.GapExplanation, e.Submission.FollowUpAction, e.Target?.Target.ToString(), e.Target?.Version, e.AgreementVersion,
            e.By.Name, e.At, e.CorrectionReason)).ToArray(),
        state.Verification is { } v ? new ApprovalView(v.VerifiedBy.Name, v.VerifiedAt, null, null) : null,
        state.LastReturn is { } r ? new ApprovalView(r.ReturnedBy.Name, r.ReturnedAt, r.Comment, null) : null,
        state.Review is { } w ? new ApprovalView(w.ReviewedBy.Name, w.ReviewedAt, w.Note, w.CorrectedValue) : null);
}
