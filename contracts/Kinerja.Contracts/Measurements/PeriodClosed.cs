using MassTransit;

namespace Kinerja.Contracts.Measurements;

/// <summary>
/// A region closed (locked) a reporting period: no realisation of it, or of a shorter period inside it, changes until a
/// <see cref="PeriodReopened"/>. Evaluations may treat the period's verified realisations as final.
/// </summary>
[MessageUrn("kinerja:measurements:period-closed:v1")]
[EntityName("kinerja.measurements.period-closed.v1")]
public sealed record PeriodClosed
{
    /// <summary>Kemendagri code of the region (tenant), e.g. <c>64.02</c>.</summary>
    public required string RegionCode { get; init; }

    /// <summary>The closed period: <c>2025-M03</c>, <c>2025-Q2</c>, <c>2025-S1</c> or <c>2025</c>.</summary>
    public required string Period { get; init; }

    /// <summary>Name of the operator who closed it.</summary>
    public required string ClosedBy { get; init; }

    /// <summary>When it was closed (UTC).</summary>
    public required DateTimeOffset ClosedAt { get; init; }
}
