using System.Globalization;
using Kinerja.Contracts.Evaluations;
using Kinerja.SanctionReward.Deciding;
using Kinerja.SanctionReward.Policies;

namespace Kinerja.SanctionReward.Receiving;

/// <summary>From the Evaluations service's message to what the policy engine reads.</summary>
internal static class EvaluationMapping
{
    public static EvaluationReceived ToReceived(AgreementEvaluated message) => new(
        message.EvaluationId, message.Supersedes, message.AgreementId, message.RegionCode, message.Receiver.UnitId, message.Receiver.Name,
        message.Receiver.Echelon, message.Period, message.PeriodKind, message.Score, message.Rating?.Label, message.Rating?.ScaleId,
        message.Rating?.ScaleVersion,
        message.OtherRatings?.Select(r => new ScaleRating(r.Label, r.ScaleId, r.ScaleVersion)).ToList());

    /// <summary>
    /// Null when the policy engine has nothing to say: nothing reported (no score), a head of region (not subject to
    /// allowance rules), or a monthly/semester evaluation (policies speak of quarters and the year).
    /// </summary>
    /// <param name="scaleId">The scale the policy in force names: the evaluation's rating on that scale is used when it carries one.</param>
    public static EvaluationResult? ToResult(EvaluationReceived received, string nip, string? scaleId)
    {
        if (received.Score is not { } score || received.RatingOn(scaleId) is not { } rating
            || Echelon(received.Echelon) is not { } echelon || Period(received.Period) is not { } period
            || !Guid.TryParse(received.EvaluationId, out var evaluationId))
        {
            return null;
        }
        return new EvaluationResult(new EvaluationId(evaluationId), Agreement(received.AgreementId), nip, echelon, received.Region, period,
            score, rating.Label, rating.ScaleId, rating.ScaleVersion);
    }

    /// <summary>
    /// The Agreements service names agreements with text ids (<c>6402-2026-dinkes</c>); the engine wants a GUID, so a
    /// text id gets a stable name-based one. Decisions keep the text id they were proposed for.
    /// </summary>
    public static AgreementId Agreement(string id) => new(Guid.TryParse(id, out var guid)
        ? guid
        : new Guid(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes($"agreement:{id}")).AsSpan(0, 16)));

    public static Echelon? Echelon(string echelon) => echelon switch
    {
        "II" => Policies.Echelon.II,
        "III" => Policies.Echelon.III,
        "IV" => Policies.Echelon.IV,
        "JF" or "Functional" => Policies.Echelon.JF,
        _ => null,
    };

    /// <summary><c>2026-TW2</c> → quarter 2 of 2026; <c>2026</c> → the year-end evaluation.</summary>
    public static EvaluationPeriod? Period(string period)
    {
        if (int.TryParse(period, NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            return EvaluationPeriod.Final(year);
        }
        var parts = period.Split("-TW");
        return parts.Length == 2 && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out year)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var quarter) && quarter is >= 1 and <= 4
            ? EvaluationPeriod.Quarterly(year, quarter)
            : null;
    }
}
