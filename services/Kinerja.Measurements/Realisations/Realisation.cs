using Kinerja.Measurements.Correcting;
using Kinerja.Measurements.Recording;
using Kinerja.Measurements.Returning;
using Kinerja.Measurements.Reviewing;
using Kinerja.Measurements.Verifying;

namespace Kinerja.Measurements.Realisations;

/// <summary>Where a realisation stands. Nothing reported is <see cref="NotReported"/>, never a zero value.</summary>
internal enum RealisationStatus
{
    NotReported,
    AwaitingVerification,
    Returned,
    Verified,
    Reviewed,
}

/// <summary>One value as it was entered: the first recording or a correction, with the target it was measured against.</summary>
internal sealed record RealisationEntry(
    int Number,
    Submission Submission,
    PlannedTarget? Target,
    int AgreementVersion,
    Actor By,
    DateTimeOffset At,
    string? CorrectionReason);

/// <summary>
/// A realisation of one indicator in one period: the fold of its events. Every value ever entered stays in
/// <see cref="Entries"/>; the last one is current.
/// </summary>
internal sealed record Realisation(
    RealisationKey Key,
    RegionCode? Region,
    string? UnitId,
    RealisationStatus Status,
    ImmutableList<RealisationEntry> Entries,
    RealisationVerified? Verification,
    RealisationReturned? LastReturn,
    RealisationReviewed? Review)
{
    public static Realisation NotReported(RealisationKey key) => new(key, null, null, RealisationStatus.NotReported, [], null, null, null);

    public static Realisation Fold(RealisationKey key, IEnumerable<IRealisationEvent> events) =>
        events.Aggregate(NotReported(key), (state, e) => state.Evolve(e));

    public RealisationEntry? Current => Entries.IsEmpty ? null : Entries[^1];

    /// <summary>Only verified or reviewed realisations count for evaluation.</summary>
    public bool Counts => Status is RealisationStatus.Verified or RealisationStatus.Reviewed;

    /// <summary>The value evaluation uses: the reviewer's corrected value when the Inspektorat annotated one; null while it does not count.</summary>
    public decimal? CountedValue => Counts ? Review?.CorrectedValue ?? Current?.Submission.Value : null;

    public Realisation Evolve(IRealisationEvent e) => e switch
    {
        RealisationRecorded recorded => this with
        {
            Region = recorded.Region,
            UnitId = recorded.UnitId,
            Status = RealisationStatus.AwaitingVerification,
            Entries = Entries.Add(new RealisationEntry(recorded.EntryNumber, recorded.Submission, recorded.Target,
                recorded.AgreementVersion, recorded.RecordedBy, recorded.RecordedAt, null)),
            Verification = null,
            Review = null,
        },
        RealisationCorrected corrected => this with
        {
            Status = RealisationStatus.AwaitingVerification,
            Entries = Entries.Add(new RealisationEntry(corrected.EntryNumber, corrected.Submission, corrected.Target,
                corrected.AgreementVersion, corrected.CorrectedBy, corrected.CorrectedAt, corrected.Reason)),
            Verification = null,
            Review = null,
        },
        RealisationVerified verified => this with { Status = RealisationStatus.Verified, Verification = verified },
        RealisationReturned returned => this with { Status = RealisationStatus.Returned, LastReturn = returned },
        RealisationReviewed reviewed => this with { Status = RealisationStatus.Reviewed, Review = reviewed },
        _ => this,
    };
}
