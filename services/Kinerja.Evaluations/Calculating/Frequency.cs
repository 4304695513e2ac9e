using System.Text.Json.Serialization;

namespace Kinerja.Evaluations.Calculating;

/// <summary>How often an indicator is measured.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Frequency>))]
internal enum Frequency
{
    Monthly,
    Quarterly,
    Semester,
    Annual,
}

internal static class FrequencyCalendar
{
    public static int MonthsPerPeriod(this Frequency frequency) => frequency switch
    {
        Frequency.Monthly => 1,
        Frequency.Quarterly => 3,
        Frequency.Semester => 6,
        Frequency.Annual => 12,
        _ => throw new ArgumentOutOfRangeException(nameof(frequency), frequency, "Unknown frequency."),
    };

    public static int PeriodsPerYear(this Frequency frequency) => 12 / frequency.MonthsPerPeriod();
}
