using System.Globalization;
using Kinerja.Agreements.Persistence;
using Kinerja.Contracts.Measurements;
using Kinerja.EventStore;
using MassTransit;

namespace Kinerja.Agreements.NotingRealisationVerification;

/// <summary>
/// Learns from the Measurements service which realisations were verified, so a revision can no longer change
/// those periods' targets. The inbox mark and the noted event commit together: a redelivered message finds
/// its mark and changes nothing.
/// </summary>
internal sealed class RealisationVerifiedConsumer(AgreementStreams streams, ILogger<RealisationVerifiedConsumer> logger) : IConsumer<RealisationVerified>
{
    public const string ConsumerName = "agreements.realisation-verified";

    private static readonly Actor Measurements = new("measurements", "Kinerja Measurements");

    public async Task Consume(ConsumeContext<RealisationVerified> context)
    {
        var message = context.Message;
        var messageId = context.MessageId ?? throw new InvalidOperationException("RealisationVerified arrived without a message id.");
        // Measurements carries this service's own ids (AgreementKey, IndicatorCode) beside GUIDs derived from them.
        var id = AgreementId.From(VerificationPartitions.AgreementOf(message));
        var (state, version) = await streams.LoadAgreementAsync(id, cancellationToken: context.CancellationToken);
        var region = state?.Region ?? (RegionCode.TryParse(message.RegionCode, out var code, out _) ? code : default);
        var indicator = state?.Content.Indicators.FirstOrDefault(i =>
            message.IndicatorCode is { } code ? i.Id.Value == code : Guid.TryParse(i.Id.Value, out var g) && g == message.IndicatorId);
        IReadOnlyList<IAgreementEvent> events = [];
        if (state is null || indicator is null || !TryParsePeriod(message.Period, out var year, out var period) || year != state.Year.Value)
        {
            // Nothing to freeze here; still marked, so the message is not retried forever.
            logger.LogWarning("RealisationVerified {MessageId} names agreement {Agreement}, indicator {Indicator}, period {Period}, which this service does not know; noted as consumed.",
                messageId, message.AgreementId, message.IndicatorId, message.Period);
        }
        else
        {
            var decision = NoteRealisationVerification.Decide(state, new NoteRealisationVerification(state.Id, indicator.Id, period, message.VerifiedAt), streams.Clock, Measurements);
            events = decision.IsAccepted ? decision.Events : [];
        }
        await using var session = streams.Store.OpenSession(new EventMetadata(region.Value ?? message.RegionCode, Measurements.Id, "realisation verified"));
        session.MarkConsumed(messageId, ConsumerName);
        if (events.Count > 0)
        {
            session.Append(AgreementStreams.AgreementStream(id), version, [.. events]);
        }
        // Messages about one agreement come one at a time (VerificationPartitions); a conflict with another writer
        // (a revision, a second instance) is retried by MassTransit's retry policy, with the agreement read again.
        await session.SaveChangesAsync(context.CancellationToken);
    }

    /// <summary>Measurements writes periods as <c>2025-M03</c>, <c>2025-Q2</c>, <c>2025-S1</c> or <c>2025</c>.</summary>
    internal static bool TryParsePeriod(string text, out int year, out Period period)
    {
        period = default;
        year = 0;
        var parts = (text ?? "").Split('-', 2);
        if (!int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out year))
        {
            return false;
        }
        if (parts.Length == 1)
        {
            period = Period.Year;
            return true;
        }
        var kind = parts[1].Length > 1 ? parts[1][0] : ' ';
        if (!int.TryParse(parts[1].AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return false;
        }
        period = kind switch
        {
            'M' => Period.Month(number),
            'Q' => Period.Quarter(number),
            'S' => Period.Semester(number),
            _ => default,
        };
        return kind is 'M' or 'Q' or 'S';
    }
}
