namespace Kinerja.Measurements.Periods;

/// <summary>How often an indicator is measured; also the length of a <see cref="Period"/>.</summary>
internal enum Frequency
{
    Monthly,
    Quarterly,
    Semester,
    Annual,
}
