using Kinerja.Measurements.Http;
using Kinerja.Measurements.Storage;

namespace Kinerja.Measurements.Realisations;

/// <summary>
/// A value as the API receives it. Evidence is either <c>evidenceUrl</c> (a link) or <c>evidenceSha256</c> of a file
/// uploaded first to <c>POST /api/measurements/evidence</c>. <c>reason</c> is only read by a correction.
/// </summary>
internal sealed record RealisationInput(
    decimal? Value,
    string? EvidenceUrl,
    string? EvidenceSha256,
    string? Notes,
    string? GapExplanation,
    string? FollowUpAction,
    string? Reason)
{
    /// <summary>The submission, or the 400 naming the field that cannot become one.</summary>
    public async Task<(Submission? Submission, IResult? Problem)> ToSubmissionAsync(EvidenceFiles files, CancellationToken cancellationToken)
    {
        if (Value is not { } value)
        {
            return (null, Refusals.Invalid("value", "The value is required (a number in the indicator's unit)."));
        }
        if (EvidenceUrl is not null && EvidenceSha256 is not null)
        {
            return (null, Refusals.Invalid("evidenceUrl", "Give either evidenceUrl or evidenceSha256, not both."));
        }
        Evidence? evidence = null;
        if (EvidenceUrl is not null)
        {
            if (!Uri.TryCreate(EvidenceUrl, UriKind.Absolute, out var url))
            {
                return (null, Refusals.Invalid("evidenceUrl", "The evidence link must be an absolute http or https address."));
            }
            evidence = new Evidence.Link(url);
        }
        else if (EvidenceSha256 is not null)
        {
            evidence = await files.FindAsync(EvidenceSha256.Trim().ToLowerInvariant(), cancellationToken);
            if (evidence is null)
            {
                return (null, Refusals.Invalid("evidenceSha256", "No evidence file with this SHA-256 was uploaded."));
            }
        }
        return (new Submission(value, evidence, Blank(Notes), Blank(GapExplanation), Blank(FollowUpAction)), null);
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
