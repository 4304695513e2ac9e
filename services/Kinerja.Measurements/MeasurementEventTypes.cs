using Kinerja.Measurements.ClosingPeriod;
using Kinerja.Measurements.Correcting;
using Kinerja.Measurements.Recording;
using Kinerja.Measurements.ReopeningPeriod;
using Kinerja.Measurements.Returning;
using Kinerja.Measurements.Reviewing;
using Kinerja.Measurements.Verifying;

namespace Kinerja.Measurements;

/// <summary>
/// The stored type name of every domain event. Names are written here by hand, never derived from CLR names, so
/// renaming a class can never orphan stored history. A new shape of an event gets a new name (<c>.v2</c>) and an upcaster.
/// </summary>
internal static class MeasurementEventTypes
{
    public static readonly IReadOnlyList<(Type Type, string Name)> All =
    [
        (typeof(RealisationRecorded), "measurement.realisation-recorded.v1"),
        (typeof(RealisationCorrected), "measurement.realisation-corrected.v1"),
        (typeof(RealisationVerified), "measurement.realisation-verified.v1"),
        (typeof(RealisationReturned), "measurement.realisation-returned.v1"),
        (typeof(RealisationReviewed), "measurement.realisation-reviewed.v1"),
        (typeof(PeriodClosed), "measurement.period-closed.v1"),
        (typeof(PeriodReopened), "measurement.period-reopened.v1"),
        (typeof(AgreementSignedFact), "measurement.agreement-signed-learned.v1"),
        (typeof(RevisionApprovedFact), "measurement.revision-approved-learned.v1"),
        (typeof(AgreementClosedFact), "measurement.agreement-closed-learned.v1"),
        (typeof(OfficialChangedFact), "measurement.official-changed-learned.v1"),
    ];

    private static readonly Dictionary<Type, string> NamesByType = All.ToDictionary(e => e.Type, e => e.Name);
    private static readonly Dictionary<string, Type> TypesByName = All.ToDictionary(e => e.Name, e => e.Type, StringComparer.Ordinal);

    public static string NameOf(Type type) =>
        NamesByType.TryGetValue(type, out var name) ? name : throw new InvalidOperationException($"{type.Name} has no stored event type name.");

    public static string NameOf(IMeasurementEvent e) => NameOf(e.GetType());

    public static Type TypeOf(string name) =>
        TypesByName.TryGetValue(name, out var type) ? type : throw new InvalidOperationException($"Unknown event type '{name}'.");
}
