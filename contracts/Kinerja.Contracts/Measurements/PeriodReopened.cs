using MassTransit;

namespace Kinerja.Contracts.Measurements;

/// <summary>A closed period was reopened for late entries; its realisations may change again until it is closed anew.</summary>
[MessageUrn("kinerja:measurements:period-reopened:v1")]
[EntityName("kinerja.measurements.period-reopened.v1")]
public sealed record PeriodReopened
{
    /// <summary>Kemendagri code of the region (tenant), e.g. <c>64.02</c>.</summary>
    public required string RegionCode { get; init; }

    /// <summary>The reopened period: <c>2025-M03</c>, <c>2025-Q2</c>, <c>2025-S1</c> or <c>2025</c>.</summary>
    public required string Period { get; init; }

    /// <summary>Why it was reopened.</summary>
    public required string Reason { get; init; }

    /// <summary>Name of the operator who reopened it.</summary>
    public required string ReopenedBy { get; init; }

    /// <summary>When it was reopened (UTC).</summary>
    public required DateTimeOffset ReopenedAt { get; init; }
}
